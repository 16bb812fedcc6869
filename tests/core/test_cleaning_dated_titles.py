"""Dates beside headlines that are not the header's own date line: the browser's title atop the page with the
article's day glued to the headline (「…（2024年12月4日）｜outlet」), and a column of other articles' headlines and
days under a list's label right under the article's date line."""

from __future__ import annotations

import pytest

from core.cleaning.date_labels import page_date
from core.cleaning.dump import clean_dump
from core.cleaning.glued_dates import without_glued_date
from core.cleaning.page_dates import header_day
from tests.core.test_cleaning_date_choice import BODY, FOOTER, HEADLINE, MENU, page

SPANNED = [*FOOTER[:-1], "Copyright © 2008-2025 Example Shimbun. All rights reserved."]


def titled(title: str, *header: str, body: list[str] = BODY) -> str:
    """A dump with the browser's title on its first line, then the menu, the header lines, the body and a
    copyright of a span of years (which bounds the year and does not tell it)."""
    lines = [title, "", *MENU, *header, ""]
    for paragraph in body:
        lines += [paragraph, ""]
    return "\n".join([*lines, *SPANNED])


@pytest.mark.parametrize("bar", ["｜みなと新報", " | みなと新報", " - みなと新報"])
def test_the_title_line_with_the_day_glued_on_gives_way_to_the_bare_headline_under_its_date(bar):
    article = clean_dump(titled(f"{HEADLINE}（2024年12月4日）{bar}", "12月4日 18:05", HEADLINE))
    assert article.title == HEADLINE
    assert article.published.startswith("2024-12-04T18:05")


def test_a_short_headline_over_its_date_is_not_taken_for_the_title_line_that_repeats_it_with_a_day():
    short = "見た目で損をしていませんか？"
    article = clean_dump(titled(f"{short}（2011年10月17日）｜あさぎりニュース", short, "10/17 14:00"))
    assert article.title == short
    assert article.published.startswith("2011-10-17T14:00")


def test_the_day_written_in_full_in_the_header_places_a_yearless_date_line_before_a_later_day_the_text_writes():
    body = [BODY[0], "　更新期間は2026年6月30日まで。" + BODY[1], BODY[2]]
    article = clean_dump(titled(f"{HEADLINE}（2024年12月4日）｜みなと新報", HEADLINE, "12月4日 18:05 更新", body=body))
    assert article.published.startswith("2024-12-04T18:05")
    # with no day in the header the text's latest full date places it (the title line without its day)
    article = clean_dump(titled(f"{HEADLINE}｜みなと新報", HEADLINE, "12月4日 18:05 更新", body=body))
    assert not (article.published or "").startswith("2024")


@pytest.mark.parametrize("header, year", [
    (["日中外相が電話会談（2024年12月4日）｜みなと新報", "ホーム"], "2024"),
    (["日中外相が電話会談（2024年12月4日）｜みなと新報", "2023年12月4日の会談を振り返る"], None),  # two years: none
    (["日中外相が電話会談（2024年12月5日）｜みなと新報"], None),  # another day: none
    (["Copyright © 2024年12月4日"], None),  # a copyright line is no header's day
])
def test_the_header_day_is_the_one_year_the_header_writes_the_same_day_in(header, year):
    found = header_day(page_date("12月4日 18:05"), header)
    assert (found.iso[:4] if found else None) == year


@pytest.mark.parametrize("text, bare", [
    ("日中外相が電話会談、首脳会談の調整で一致（2024年12月4日）", "日中外相が電話会談、首脳会談の調整で一致"),
    ("日中外相が電話会談、首脳会談の調整で一致 2024/12/04 18:05", "日中外相が電話会談、首脳会談の調整で一致"),
    ("日中外相が電話会談、首脳会談の調整で一致", "日中外相が電話会談、首脳会談の調整で一致"),
    ("2024年12月4日、首相は会見で…", "2024年12月4日、首相は会見で…"),  # a sentence opening with its day
])
def test_a_headline_without_the_day_glued_to_it(text, bare):
    assert without_glued_date(text) == bare


OTHERS = [("米中が閣僚級協議、関税の扱いで溝埋まらず", "2024年11月30日 09:00"),
          ("ＥＵ首脳会議、対ロ制裁の延長で合意へ", "2024年11月28日 22:10")]


@pytest.mark.parametrize("label", ["関連記事", "■注目記事", "あわせて読みたい"])
def test_a_column_under_a_list_label_under_the_date_line_is_other_articles(label):
    # (a headline the text's words do not tell: only the label tells the article's pair from the column's)
    headline = "外交の舞台裏、知られざる一日を追う"
    column = [line for pair in OTHERS for line in pair]
    article = clean_dump(page(headline, "2024年12月4日 18:05", label, *column))
    assert article.title == headline
    assert article.published.startswith("2024-12-04T18:05")


def test_a_list_under_its_label_under_the_headline_is_other_articles_with_a_headline_quoting_a_sentence():
    # the article's date under its text; over it a list whose headlines quote words closed by 。, line under line
    headline = "外交の舞台裏、知られざる一日を追う"
    column = ["外相「対話の扉は開いている。協議を続けたい」", "2024年11月30日 09:00", *OTHERS[1]]
    text = page(headline, "", "この記事を読んだ人はこんな記事も", *column, foot=("2024年12月4日 18:05 公開", ""))
    article = clean_dump(text)
    assert article.title == headline
    assert article.published.startswith("2024-12-04T18:05")


def test_a_share_button_under_the_headline_is_no_list_label_over_its_date():
    article = clean_dump(page(HEADLINE, "この記事をシェアする", "2024年12月4日 18:05"))
    assert article.published.startswith("2024-12-04T18:05")


@pytest.mark.parametrize("label", ["新着記事", "アクセスランキング"])
def test_headlines_under_a_list_heading_under_the_date_line_are_not_the_headline_whatever_their_days(label):
    # the list's days written as ages (12分前, 昨日 18:20): no date line marks its headlines as other articles'
    headline = "外交の舞台裏を知っていますか？"  # (short: shorter than the list's)
    column = ["米中が閣僚級協議、関税の扱いで溝埋まらず　次回の日程も決まらないまま閉幕した会合の舞台裏を読む", "12分前",
              "ＥＵ首脳会議、対ロ制裁の延長で合意へ　エネルギー価格の高騰を受けて加盟国の足並みに乱れも", "昨日 18:20"]
    article = clean_dump(page(headline, "2024年12月4日 18:05", "", label, *column))
    assert article.title == headline
    assert article.published.startswith("2024-12-04T18:05")
