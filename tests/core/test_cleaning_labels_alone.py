"""A label glued before a headline the page writes nowhere bare, and a caption in its own words under the lead photo's
place, on outlets no list knows (bench/perturb_frames_alone.py measures both forms)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.headline_labels import unlabelled
from core.cleaning.headline_lead import Lead
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, _page, _story

DAYS = {CHICAGO: "2005年9月18日 10:20", ISRAEL: "2005年9月12日 14:00"}
LABELS = ("国際｜", "政治・外交 | ", "経済：", "ワールド / ", "しおかぜ日報 国際 ", "国際ニュース", "【国際】",
          "［政治］", "ホーム ニュース 国際 アジア・太平洋 ")


def test_a_pages_label_glued_before_a_headline_written_nowhere_bare_is_no_part_of_it():
    for name, day in DAYS.items():
        title, body = _story(name)
        for label in LABELS:
            assert clean_dump(_page([label + title, day], body)).title == title, label


def test_words_the_pages_menus_print_glued_before_the_headline_are_its_label():
    title, body = _story(ISRAEL)
    page = _page(["トップ　特報　論点", "", "特報 論点 " + title, DAYS[ISRAEL]], body)
    assert clean_dump(page).title == title
    page = _page(["特報　論点", "", "特報 論点 " + title, DAYS[ISRAEL]], body)  # (two words: no menu's)
    assert clean_dump(page).title == "特報 論点 " + title
    page = _page(["・Xperia SL - Sony Smartphones", "", "Sony " + title, DAYS[ISRAEL]], body)  # (a list's item)
    assert clean_dump(page).title == "Sony " + title
    page = _page(["ホーム > 特報 > 論点", "", "特報 論点 " + title, DAYS[ISRAEL]], body)
    assert clean_dump(page).title == title
    # (a breadcrumb ending with the headline cut short prints its first words, but with kana: no menu's words)
    page = _page(["ホーム > 特報 > 論点 ガザからの撤退…", "", "論点 ガザからの撤退 " + title, DAYS[ISRAEL]], body)
    assert clean_dump(page).title == "ガザからの撤退 " + title
    page = _page(["ホーム > 特報 > 論点", "", "特報 論点 " + title, DAYS[ISRAEL]], body)
    assert clean_dump(page).title == title


def test_a_topic_the_text_names_before_a_bar_stays_in_the_headline_though_a_tag_line_prints_it():
    title, body = _story(ISRAEL)
    assert "ガザ" in body[0]
    headline = "ガザ｜" + title
    assert clean_dump(_page(["ガザ　入植地", "", headline, DAYS[ISRAEL]], body)).title == headline


def test_a_kicker_of_the_headlines_own_or_a_series_name_stays_glued_or_on_the_line_over_it():
    title, body = _story(CHICAGO)
    for kicked in ("【独自】" + title, "【普天間移設推進派】" + title, "【特集】" + title, "短期連載 世界基準の仕事術 " + title,
                   "特集｜" + title):
        assert clean_dump(_page([kicked, DAYS[CHICAGO]], body)).title == kicked
    page = _page(["【普天間移設推進派】", title, DAYS[CHICAGO]], body)
    assert clean_dump(page).title == "【普天間移設推進派】" + title


def test_no_label_is_cut_inside_a_phrase_or_a_quoted_title():
    lead = Lead(["映画『タイタニック 3D』の試写会が開かれた。"])
    pages = lambda: ["しおかぜ日報", "ホーム　ニュース　国際"]  # noqa: E731
    assert unlabelled("『タイタニック 3D』超プレミア試写会、応募殺到", pages, lead) is None
    assert unlabelled("【国際】『タイタニック 3D』超プレミア試写会、応募殺到", pages, lead) == "『タイタニック 3D』超プレミア試写会、応募殺到"
    assert unlabelled("国際 、首脳会談の日程が固まる見通し", pages, lead) is None
    assert unlabelled("国際　短い", pages, lead) is None  # (no headline's length after it)
    # (the headline's own line is no witness of its words, though it names 著作権 as a copyright line does)
    own = "ソフトバンク、Android 4.0で使用したmicroSDカードの著作権保護機能付きコンテンツが消去"
    assert unlabelled(own, lambda: [own, "© 2012 しおかぜ日報"], lead) is None


def test_a_long_line_under_the_lead_photos_place_under_the_date_is_its_caption():
    title, body = _story(ISRAEL)
    caption = "ガザ地区の入植地を離れる住民らを乗せたバスが、検問所に向かって長い列を作っていた"
    for place in ("写真", "拡大", "写真・図版", "写真：ロイター", "Getty Images", "（写真：AP）"):
        page = _page([title, "", DAYS[ISRAEL], "", place, "", caption], body)
        assert clean_dump(page).title == title, place


def test_a_headline_under_the_date_and_a_photos_caption_stays_the_headline():
    title, body = _story(CHICAGO)
    for caption in ("（写真：記者会見の様子）", "写真", "撮影：編集部"):
        assert clean_dump(_page([DAYS[CHICAGO], "", caption, "", title], body)).title == title, caption
