"""A long line stacked between the headline and the text, and a label glued to the headline's line, on outlets no list
knows (bench/perturb_frames_stacked.py measures each form): a deck under the date line with the page's tools between
the headline and the date, a deck closed by ！ or ？, a kicker in round brackets and a heading bar of four or five
words glued before a headline the page also writes bare."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, MUSEUM, _page, _story
from tests.shared_data import livedoor_parts

DAYS = {CHICAGO: "2005年9月18日 10:20", ISRAEL: "2005年9月12日 14:00"}
LIMOUSINE = "dokujo-tsushin/dokujo-tsushin-6067471.txt"  # 今年のクリスマス、リムジンのお出迎えでセレブな1日はいかが？
CLOSER = "dokujo-tsushin/dokujo-tsushin-6501400.txt"  # 【オトナ女子映画部】…に騙されるな！『クローサー』


def test_a_deck_under_the_date_is_no_headline_when_the_pages_tools_part_the_headline_from_the_date():
    title, body = _story(ISRAEL)
    deck = body[1].split("。")[0]  # NHKやCNNは、…が入っていると伝えている
    for tools in (["ツイート", "シェア", "ブックマーク"], ["シェア 0", "ツイート list", "ブックマーク 0"], ["Tweet", "Check"]):
        page = _page([title, "", *tools, "", DAYS[ISRAEL], "", deck], body)
        assert clean_dump(page).title == title, tools


def test_a_sentence_of_the_lead_closed_by_a_question_mark_under_a_headline_closed_so_too_is_its_deck():
    title, body = livedoor_parts(LIMOUSINE)
    deck = "なかには今や定番となった女子会で過ごそうという人も多いのでは？"  # the lead's second sentence
    assert deck in body[0] and title.endswith("？")
    assert clean_dump(_page([title, deck, "2011年12月2日 09:30"], body)).title == title


def test_a_sentence_the_text_writes_again_under_the_date_line_is_no_headline_over_the_body():
    title, body = livedoor_parts(CLOSER)
    deck = "一見私たち“30代独女”には朗報に見えて、“落とし穴”なこの映画！"  # the text's own sentence, further down
    assert any(deck in line for line in body)
    assert clean_dump(_page([title, "2012年4月25日 09:09", "", deck], body)).title == title


def test_a_kicker_in_round_brackets_gives_way_to_the_headline_the_page_writes_bare():
    for name, day in DAYS.items():
        title, body = _story(name)
        for kicker in ("（独自）", "（社説）", "（速報）"):
            assert clean_dump(_page([kicker + title, day, "", title], body)).title == title, kicker


def test_a_kicker_in_round_brackets_written_with_the_headline_only_stays_in_it():
    title, body = _story(CHICAGO)
    kicked = "（独自）" + title
    assert clean_dump(_page([kicked, DAYS[CHICAGO]], body)).title == kicked


def test_a_heading_bar_of_four_or_five_words_gives_way_to_the_headline_the_page_writes_bare():
    for name, day in DAYS.items():
        title, body = _story(name)
        for bar in ("NHK NEWS WEB 国際 ", "ニュース 政治 国際 外交 ", "トップ 国際 北米 ワシントン発 "):
            assert clean_dump(_page([bar + title, day, "", title], body)).title == title, bar


def test_a_sentence_of_the_text_under_the_lead_photos_place_under_the_date_is_the_deck():
    title, body = livedoor_parts(LIMOUSINE)
    deck = "街の景色も少しずつクリスマスカラーに彩られ始めていて、今年はどんな風に過ごそうか、と考えを巡らせる時期ですよね"
    assert deck in body[0]
    day = "2011年12月2日 09:30"
    for header in ([title, "", day, "", "写真", "", deck], [title, "", day, "", "拡大", "", deck],
                   [title, "", "ツイート", "シェア", day, "", "写真", "", deck]):
        assert clean_dump(_page(header, body)).title == title, header


def test_a_word_glued_with_no_space_gives_way_to_the_headline_the_page_writes_bare():
    for name, day in DAYS.items():
        title, body = _story(name)
        for word in ("速報", "独自", "LIVE", "会員限定"):
            assert clean_dump(_page([word + title, day, "", title], body)).title == title, word
            assert clean_dump(_page([title, "", "ツイート", "シェア", "", word + title, day], body)).title == title, word


def test_the_words_of_a_headline_after_its_first_word_are_no_bare_headline():
    # a cut inside a phrase: シカゴで列車脱線、… over で列車脱線、… (kana first)
    title, body = _story(CHICAGO)
    assert clean_dump(_page([title, DAYS[CHICAGO], "", title[3:]], body)).title == title
    # the headline broken over two lines under its whole: 九州国立 / 博物館、一般公開
    title, body = _story(MUSEUM)
    day = "2005年10月16日 14:00"
    assert clean_dump(_page([title, day, "", title[:4], title[4:]], body)).title == title


def test_a_long_deck_in_its_own_words_under_the_date_is_no_headline():
    # a standfirst summing the story up (here a sentence from far down the text, which the lead does not quote), with
    # clauses parted by 、, under the date line under a headline the lead tells
    title, body = livedoor_parts(LIMOUSINE)
    deck = "特別な聖夜を過ごしたあなたは、ますます“オトナ”にふさわしいレディーになること間違いなし"
    day = "2011年12月2日 09:30"
    for header in ([title, day, "", deck], [title, "", "ツイート", "シェア", "", day, "", deck]):
        assert clean_dump(_page(header, body)).title == title, header
