"""A header line holding the headline with a label glued in front (a section's name, a flash mark, the day, a section
or series in brackets), on a page that prints the headline alone too: the bare line is the headline
(core/cleaning/headline_glued.py; bench/perturb_frames.py's classes "label glued over headline" and "label glued under
the date" measure it; "label of words glued" a label of several words, or a section's or the site's name glued with
no space). A kicker in brackets that is no section's or series' name stays the headline's."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.headline_glued import glued_label
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, MUSEUM, _page, _story


def test_a_line_with_a_label_glued_before_the_headline_gives_way_to_the_headline_alone():
    for name, day in ((CHICAGO, "2005年9月18日 10:20"), (ISRAEL, "2005年9月12日 14:00")):
        title, body = _story(name)
        for glued in (f"国際 {title}", f"速報｜{title}", f"政治・経済 | {title}", f"【国際】{title}",
                      f"［連載］{title}", f"{day[:4]}/{day[5:day.index('月')].zfill(2)}/15 {title}"):
            assert clean_dump(_page([glued, "", title, day], body)).title == title, glued
            assert clean_dump(_page([title, day, glued], body)).title == title, glued


def test_labels_are_told_from_a_headlines_own_words():
    assert glued_label("国際 ") and glued_label("速報｜") and glued_label("社会：") and glued_label("2019/06/24 ")
    assert glued_label("【国際】") and glued_label("［連載］")
    # a kicker of the headline, and the headline's own words before a comma, are no label
    assert not glued_label("【独自】") and not glued_label("【普天間移設推進派】")
    assert not glued_label("首相が会見、") and not glued_label("")
    assert not glued_label("2019/06/24 ", days=False)  # the day may be the article's only one


def test_a_kicker_glued_before_the_headline_stays_in_it():
    title, body = _story(CHICAGO)
    kicked = f"【独自】{title}"
    assert clean_dump(_page([kicked, "2005年9月18日 10:20"], body)).title == kicked


def test_a_title_line_of_headline_and_outlet_does_not_give_the_outlets_name():
    title, body = _story(ISRAEL)
    page = _page(["2005年9月12日 14:00"], body, outlet="東邦ウィークリー")
    article = clean_dump(f"{title}｜東邦ウィークリー\n\n{page}")
    assert article.title == title


def test_a_kicker_glued_before_the_headline_gives_way_when_the_header_writes_the_headline_bare():
    title, body = _story(CHICAGO)
    day = "2005年9月18日 10:20"
    for kicker in ("【詳報】", "〈解説〉", "【独自】"):
        kicked = kicker + title
        # the headline bare on a line of its own, at the breadcrumb's end, on the page's title line
        assert clean_dump(_page([kicked, "", title, day], body)).title == title, kicker
        assert clean_dump(_page([f"ホーム > 国際 > {title}", "", kicked, day], body)).title == title, kicker
        assert clean_dump(f"{title} | 東邦ウィークリー\n\n" + _page([kicked, day], body, outlet="東邦ウィークリー")).title == title


def test_a_kicker_over_the_bare_headline_line_keeps_the_kicked_headline():
    # the page prints the kicker on a line of its own over the bare headline: the kicker is the headline's own
    title, body = _story(ISRAEL)
    kicked = "【詳報】" + title
    article = clean_dump(_page(["【詳報】", title, "2005年9月12日 14:00"], body))
    assert article.title == kicked
    assert clean_dump(_page([kicked, "2005年9月12日 14:00"], body)).title == kicked


_DAYS = {CHICAGO: "2005年9月18日 10:20", ISRAEL: "2005年9月12日 14:00"}


def test_a_label_of_several_words_glued_before_the_headline_gives_way_to_the_bare_headline():
    for name, day in _DAYS.items():
        title, body = _story(name)
        for label in ("国際 アジア ", "しおかぜ日報 国際 ", "連載「日本外交の現場」 ", "特集・日本の外交 第3回 ",
                      "深読み 中国経済の行方 ", "国際ニュース", "しおかぜ日報"):
            glued = label + title
            assert clean_dump(_page([glued, day, "", title], body)).title == title, label
            assert clean_dump(_page([title, "", glued, day], body)).title == title, label


def test_labels_of_words_are_told_from_a_headlines_own_words():
    assert glued_label("国際 アジア ") and glued_label("連載「日本外交の現場」 ") and glued_label("国際ニュース")
    # a clause or a quote of the headline's own is no label, nor words with no space after them
    assert not glued_label("首相が会見、続投に意欲 ") and not glued_label("首相「辞めない」 ")
    assert not glued_label("首相が会見") and not glued_label("国際 アジア")


def test_a_headline_in_two_halves_with_its_whole_copy_keeps_the_whole_headline():
    # the first half written over the second is no label glued before it: the headline is both halves
    title, body = _story(CHICAGO)  # シカゴで列車脱線、2人死亡、80余人負傷
    upper, lower = "シカゴで列車脱線", "2人死亡、80余人負傷"
    article = clean_dump(_page([upper + lower, "", upper, lower, "2005年9月18日 10:20"], body))
    assert article.title.replace("\u3000", "") == upper + lower, article.title


def test_a_glued_copy_spacing_the_headlines_words_otherwise_gives_way_to_the_bare_headline():
    title, body = _story(CHICAGO)
    day = "2005年9月18日 10:20"
    words = "米シカゴで列車脱線　2人死亡、80余人負傷"  # a headline of two parts, a wide space between
    for label in ("国際 ", "速報｜", "しおかぜ日報 国際 ", "2005年9月18日 10時20分 ", "9/18(日) 10:20配信 "):
        glued = label + words.replace("\u3000", " ")
        assert clean_dump(_page([glued, day, "", words], body)).title == words, label


def test_a_day_in_any_writing_is_a_label_only_where_the_page_has_a_date_line():
    for day in ("2019年6月24日 15時30分 ", "6/24(月) 15:30配信 ", "2019年6月24日(月) 15:30 | "):
        assert glued_label(day) and not glued_label(day, days=False), day
    # words with a day in them are no label where the day may be the page's only one
    assert not glued_label("2019年6月24日 国際 ", days=False)


def test_a_short_headline_by_the_date_line_gives_way_to_it_from_a_longer_label():
    title, body = _story(MUSEUM)  # 九州国立博物館、一般公開 (12 characters)
    day = "2005年10月16日 14:00"
    for label in ("ワールドビジネスサテライト ", "しおかぜ日報 国際ニュース ", "連載「日本外交の現場」 第3回 "):
        assert clean_dump(_page([label + title, day, "", title], body)).title == title, label
    # the headline's words before a bar (a title line: 見出し｜site) are no label for the site's name after them
    assert not glued_label("九州国立博物館、一般公開｜")


def test_the_pages_own_section_words_glued_before_the_headline_give_way_to_it_however_many():
    # the breadcrumb atop prints each word of the label: the heading bar's copy of the page's sections, not the
    # headline's words (four words, more than a heading bar's label of two or three)
    title, body = _story(CHICAGO)
    crumb, glued = "ホーム > ニュース > 国際 > 北米", f"ホーム ニュース 国際 北米 {title}"
    assert clean_dump(_page([crumb, "", glued, "2005年9月18日 10:20", "", title], body)).title == title
    # words no other line prints: four or five of them are a heading bar's (more than a headline's phrases parted
    # by spaces), unless they are closed by a particle as a headline's phrases are
    bar = f"トップ 国際 北米 The World {title}"
    assert clean_dump(_page([crumb, "", bar, "2005年9月18日 10:20", "", title], body)).title == title
    phrases = f"米国で 通勤列車が 脱線 死傷者多数 {title}"
    assert clean_dump(_page([crumb, "", phrases, "2005年9月18日 10:20", "", title], body)).title == phrases


def test_words_the_line_over_the_bare_headline_prints_are_its_first_half_not_a_label():
    # a headline broken over two lines (上半分 / 下半分) under the whole: the upper half is no witness
    from core.cleaning.headline_glued import _label_recurs
    from core.cleaning.lines import classify

    lines = [classify(i + 1, text) for i, text in enumerate(
        ["シカゴで列車脱線 2人死亡、80余人負傷", "シカゴで列車脱線", "2人死亡、80余人負傷"])]
    assert not _label_recurs(lines, lines[0], 2, "シカゴで列車脱線 ")
    assert _label_recurs([classify(1, "ホーム ＞ 国際"), *lines], lines[0], 3, "国際 ")


def test_section_words_glued_with_no_space_are_read_as_the_words_the_page_prints():
    # しおかぜ日報ニュース国際アジア・太平洋: the site's name atop and the breadcrumb's entries, glued into one label longer
    # than a heading bar's; or words printed only in the site map under the text
    title, body = _story(ISRAEL)
    crumb, glued = "ホーム > ニュース > 国際 > アジア・太平洋", f"しおかぜ日報ニュース国際アジア・太平洋 {title}"
    assert clean_dump(_page([crumb, "", glued, "2005年9月12日 14:00", "", title], body)).title == title
    mapped = f"ワールドニュース 中東・アフリカ 欧州 ロシア {title}"
    page = _page(["", mapped, "2005年9月12日 14:00", "", title], body) + "\nサイトマップ\nワールドニュース　中東・アフリカ　欧州　ロシア"
    assert clean_dump(page).title == title


def test_a_breadcrumb_closed_by_a_section_word_and_the_headline_gives_way_to_the_headline_alone():
    # ニュース＞政治＞外交 日米… : the breadcrumb's last entry is the section's word glued on the headline the header
    # prints alone under the date line; it is no headline of its own
    title, body = _story(ISRAEL)
    crumb = f"ニュース＞政治＞外交 {title}"
    assert clean_dump(_page([crumb, "2005年9月12日 14:00", "", title], body)).title == title
