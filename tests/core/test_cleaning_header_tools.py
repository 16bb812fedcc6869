"""The lead photo's caption by the headline is no headline: under the headline's tools, over the date line or under
it (core/cleaning/headline_decks.py's under_the_tools), and closed by when and where the photo was taken in brackets
(core/cleaning/lines.py's is_caption). bench/perturb_frames.py's classes "caption over date, tools over", "caption
under tools, byline" and "caption of day and place" measure them."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, MUSEUM, _page, _story

_DAYS = {CHICAGO: "2005年9月18日 10:20", ISRAEL: "2005年9月12日 14:00"}


def test_a_caption_between_the_headlines_tools_and_the_date_line_is_no_headline():
    for name, day in _DAYS.items():
        title, body = _story(name)
        for tools in (["シェア", "ツイート"], ["ブックマーク", "メール", "印刷"], ["ツイート　シェア　はてブ　LINE　送る"]):
            for caption in ("記者会見する関係者（12日、都内）", "会見で質問に答える担当者ら",
                            "多くの人が集まった会場の様子と、その後方で取材を続ける大勢の報道陣"):
                page = _page([title, "", *tools, "", caption, day], body)
                assert clean_dump(page).title == title, (tools, caption)


def test_a_caption_under_the_tools_under_the_date_line_over_a_byline_is_no_headline():
    # the headline and its date, the tools, the photo's long caption, then who wrote the article
    for name, day in _DAYS.items():
        title, body = _story(name)
        caption = "多くの人が集まった会場の様子と、その後方で取材を続ける大勢の報道陣"
        for writer in ("山田太郎 記者", "文：佐藤健一"):
            page = _page([title, day, "", "シェア", "ツイート", "", caption, writer], body)
            assert clean_dump(page).title == title, writer


def test_a_headline_under_the_sites_name_and_its_tools_stays_the_headline():
    # the line over the tools is the site's name or a menu, not a headline: the line under them is the headline
    for name, day in _DAYS.items():
        title, body = _story(name)
        assert clean_dump(_page(["北斗タイムズ", "ログイン　会員登録", "", title, day], body)).title == title
        assert clean_dump(_page(["シェア", "ツイート", "", title, day], body)).title == title
        # a headline, its tools and then the date line: nothing under the tools to doubt
        assert clean_dump(_page([title, "", "シェア", "ツイート", "", day], body)).title == title


def test_a_caption_closed_by_when_and_where_the_photo_was_taken_is_a_caption():
    from core.cleaning.lines import is_caption

    for caption in ("記者会見する岸田首相（3日、首相官邸）", "記者団の取材に応じる官房長官（4日午前、首相官邸で）",
                    "日米首脳会談に臨む両首脳（2019年6月、大阪市）", "握手を交わす両国の代表（１２日、北京）"):
        assert is_caption(caption), caption
    # a headline with its day alone, a report's heading opening with a mark, a sentence: no caption
    for line in ("首相が訪米へ（3日）", "◆競泳　東京都選手権　第２日（２９日、東京辰巳国際水泳場）",
                 "首相は会見で続投を表明した（3日、首相官邸）。"):
        assert not is_caption(line), line


def test_a_caption_of_day_and_place_between_the_headline_and_its_date_is_no_headline():
    # a short headline over the photo's place (blank lines) and its caption, then the date line
    title, body = _story(MUSEUM)  # 九州国立博物館、一般公開
    for caption in ("記者会見する関係者（12日午後、都内で）", "テープカットに臨む関係者ら（2005年10月、太宰府市）"):
        assert clean_dump(_page([title, "", "", caption, "2005年10月16日 14:00"], body)).title == title, caption
        assert clean_dump(_page([title, "2005年10月16日 14:00", "", caption], body)).title == title, caption
