"""A page with no running text (a mascot's notes in short lines, a list of links) still shows its header: the
headline right over its date line is read, the lines under the date are kept for the user, and the page is flagged."""

from __future__ import annotations

from core.cleaning.dump import clean_dump

MENU = ["みなと新報", "トップ | 速報 | 特集 | 連載 | 動画 | 写真", "メニュー　検索", ""]
HEADLINE = "ふぉっくす紺子だよ！暑中お見舞いカードもらってくれてありがとー"
NOTES = ["こんこん　ふぉっくす紺子だよ♪", "暑中お見舞いカードもらってくれてありがとー", "さてさて", "お待たせしましたっ！",
         "次の週末に販売スタートする予定です☆", "行ってみてね♪"]
FOOT = ["", "会社概要　プライバシーポリシー　お問い合わせ", "Copyright © 2008-2025 みなと新報 All rights reserved."]


def test_the_headline_over_the_date_line_is_read_on_a_page_without_running_text():
    article = clean_dump("\n".join([*MENU, HEADLINE, "2012.08.05", "", *NOTES, *FOOT]))
    assert article.title == HEADLINE
    assert article.published == "2012-08-05"
    assert article.paragraphs == NOTES
    assert "no_running_text" in article.cleaning_check


def test_without_a_date_line_under_a_headline_the_short_lines_after_the_first_are_kept():
    article = clean_dump("\n".join([*MENU, HEADLINE, "", *NOTES, *FOOT]))
    assert "no_running_text" in article.cleaning_check
    assert all(line in article.paragraphs for line in NOTES)
