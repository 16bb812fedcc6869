"""Lines by the headline of forms a page prints around it (a reading time, a sponsored article's mark, a lead in
brackets of its own), a kicker glued before the headline whose bare copy stands only below the text, and a month and
day with no weekday under a breadcrumb or an archive's heading that writes the year."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.month_years import archive_year
from tests.core.test_cleaning_date_choice import HEADLINE, page
from tests.core.test_cleaning_yearless_header import spanned

DAY = "2024年12月4日 18:05"


@pytest.mark.parametrize("line", ["この記事は約3分で読めます", "読了時間：約4分", "（約2分で読めます）", "3 min read"])
def test_a_reading_time_between_the_headline_and_its_date_is_no_half_of_the_headline(line):
    article = clean_dump(page(HEADLINE, line, DAY))
    assert article.title == HEADLINE
    assert article.published.startswith("2024-12-04T18:05")


@pytest.mark.parametrize("header", [("PR", HEADLINE, DAY), ("【PR】", HEADLINE, DAY), ("PR企画", HEADLINE, DAY),
                                    (HEADLINE, "提供：みなと銀行", DAY), (HEADLINE, "Sponsored by Kaze Press", DAY)])
def test_a_sponsored_articles_mark_by_its_headline_leaves_the_headline(header):
    assert clean_dump(page(*header)).title == HEADLINE


def test_an_ad_slots_line_under_its_label_is_still_no_headline():
    # under the date line, the line under PR is the advertiser's, headline-shaped as it is
    article = clean_dump(page(HEADLINE, DAY, "", "PR", "たった3分でわかる資産運用の始め方とは"))
    assert article.title == HEADLINE


LEAD = "上川陽子外相は４日夜、中国の王毅外相と約４０分間電話で会談した"


@pytest.mark.parametrize("lead", [f"〈{LEAD}〉", f"《{LEAD}》", f"――{LEAD}", f"（{LEAD}）"])
def test_a_lead_in_brackets_of_its_own_is_neither_the_headline_nor_its_half(lead):
    assert clean_dump(page(HEADLINE, lead, DAY)).title == HEADLINE
    assert clean_dump(page(HEADLINE, DAY, lead)).title == HEADLINE


@pytest.mark.parametrize("below", [("あわせて読みたい", HEADLINE), ("この記事をシェアする", f"「{HEADLINE}」"),
                                   (f"{HEADLINE} | みなと新報",)])
def test_a_kicker_glued_before_the_headline_gives_way_to_its_bare_copy_below_the_text(below):
    article = clean_dump(page("【詳報】" + HEADLINE, DAY, foot=("", *below, "")))
    assert article.title == HEADLINE


def test_a_kicker_glued_with_no_bare_copy_or_another_line_below_stays_the_headlines():
    assert clean_dump(page("【詳報】" + HEADLINE, DAY)).title == "【詳報】" + HEADLINE
    # a line below that only holds the words inside a sentence is no copy of the headline
    foot = ("", f"{HEADLINE}と伝えた続報はこちら", "")
    assert clean_dump(page("【詳報】" + HEADLINE, DAY, foot=foot)).title == "【詳報】" + HEADLINE


@pytest.mark.parametrize("over", ["ホーム > アーカイブ > 2023 > 国際", "2023年の国際ニュース", "ホーム ＞ ニュース一覧 ＞ 2023年",
                                  "TOP › 国際 › 2023", "アーカイブ 2023"])
@pytest.mark.parametrize("line, iso", [("12月4日 18:05", "2023-12-04T18:05"), ("12/04 18:05", "2023-12-04T18:05"),
                                       ("12月4日 18時05分", "2023-12-04T18:05"), ("12月4日", "2023-12-04")])
def test_a_month_and_day_with_no_weekday_takes_the_year_the_page_is_filed_under(over, line, iso):
    assert clean_dump(spanned(over, HEADLINE, line)).published.startswith(iso)


def test_the_filed_year_comes_before_the_texts_latest_full_date_and_within_the_copyright():
    # the text tells of an event in another year (2024年12月1日): the archive files the page in 2023
    dump = spanned("ホーム > アーカイブ > 2023 > 国際", HEADLINE, "12月4日 18:05")
    dump = dump.replace("今年３月以来", "2024年12月1日以来")
    assert clean_dump(dump).published.startswith("2023-12-04T18:05")
    # a year past the copyright's last (© 2024) is no page's own: the copyright's year stands
    assert clean_dump(page("ホーム > アーカイブ > 2028 > 国際", HEADLINE, "12月4日 18:05")).published.startswith("2024-12-04")


@pytest.mark.parametrize("header", [
    ("特集 2023", HEADLINE),  # a year with no archive's or breadcrumb's shape
    ("衆院選2023", HEADLINE),  # an event's name
    ("2013年の首脳会談を振り返る", HEADLINE),  # a heading of another year's event
    ("ホーム > アーカイブ > 2023 > 国際", "東京2020大会の会場決まる"),  # another year stands in the header
    ("ホーム > 2022 > 2023 > 国際", HEADLINE),  # two years filed: which is the page's cannot be told
])
def test_a_year_not_filed_alone_gives_a_day_with_no_weekday_no_year(header):
    assert clean_dump(spanned(*header, "12月4日 18:05")).published is None


def test_the_archive_year_reads_breadcrumbs_and_headings_only():
    assert archive_year(["ホーム > アーカイブ > 2010 > 国際"]) == 2010
    assert archive_year(["２０１０年の政治ニュース"]) == 2010
    assert archive_year(["バックナンバー：2010年"]) == 2010
    assert archive_year(["ホーム > 国際 > 2010年度予算案を閣議決定"]) is None
    assert archive_year(["2010年の首脳会談を振り返る"]) is None
    assert archive_year(["Copyright © 2010 Example"]) is None


@pytest.mark.parametrize("number", ["記事番号：2023120400123", "20231204-00000123-jij-000-view.jpg", "ID:N2023120401000123",
                                    "TKY202312040123"])
def test_an_articles_number_that_opens_with_its_day_gives_the_year(number):
    assert clean_dump(spanned(number, "", HEADLINE, "12月4日 18:05")).published.startswith("2023-12-04T18:05")
    assert clean_dump(spanned(HEADLINE, "12月4日 18:05", )).published is None
    # below the text too
    dump = page(HEADLINE, "12月4日 18:05", foot=("", number, "")).replace("Copyright © 2024", "Copyright © 2008-2025")
    assert clean_dump(dump).published.startswith("2023-12-04T18:05")


@pytest.mark.parametrize("number", ["記事番号：2023110500123", "2023120", "20231204", "2.0231204001", "価格 20231204円"])
def test_a_number_of_another_day_or_no_article_number_gives_no_year(number):
    assert clean_dump(spanned(number, "", HEADLINE, "12月4日 18:05")).published is None


def test_the_headlines_words_alone_in_the_text_going_on_below_are_no_bare_copy():
    # a giveaway's text names its prize in a subheading of the headline's words: the kicker (【終了しました】) stays
    foot = ("恋を呼びたい女子の味方、ローズクォーツ付きブレスレットを3名様にプレゼント", "【賞品・応募数】", "")
    dump = page("【終了しました】恋を呼びたい女子の味方、ローズクォーツ付きブレスレットを3名様にプレゼント", DAY, foot=foot)
    assert clean_dump(dump).title.startswith("【終了しました】")
