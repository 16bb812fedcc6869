"""The article's day written short with dots or slashes: a month and day alone on the date line by the headline
(12/04, 12.4, [12/04]), placed in the year the page tells, and a day with its year in two digits first (24/12/04,
24.12.04 18:05, ’24.12.04) as blogs and CMSs print it; a pager, a topic or a score of a day's shape dates nothing."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from core.dates.lines import all_datetimes, bare_day, find_datetime
from tests.core.test_cleaning_date_choice import HEADLINE, page
from tests.core.test_cleaning_yearless_header import spanned


@pytest.mark.parametrize("line", ["12/04", "12.04", "12/4", "12.4", "[12/04]", "（12.04）", "１２／０４"])
def test_a_month_and_day_alone_on_a_line_is_read_as_a_bare_day(line):
    found = bare_day(line)
    assert found.yearless and found.iso == "2000-12-04"


@pytest.mark.parametrize("text", ["12/34", "13.04", "12.04 円", "第12/4", "12.04%", "v1.2", "1/2ページ", "12/04/2024"])
def test_a_figure_that_is_not_a_month_and_day_alone_is_no_bare_day(text):
    assert bare_day(text) is None


@pytest.mark.parametrize("line", ["12/04", "12.4", "[12/04]"])
def test_a_bare_day_under_or_over_the_headline_takes_the_year_the_page_tells(line):
    assert clean_dump(page(HEADLINE, line)).published == "2024-12-04"  # the copyright's single year
    article = clean_dump(page(line, HEADLINE))
    assert article.published == "2024-12-04" and article.title == HEADLINE
    # the copyright a span of years: the address's year beside the same month tells it, else nothing does
    top = ("https://www.example-shimbun.jp/news/2023/12/a7731.html", "")
    assert clean_dump(page(HEADLINE, line, top=top).replace("© 2024", "© 2008-2025")).published == "2023-12-04"
    assert clean_dump(spanned(HEADLINE, line)).published is None


@pytest.mark.parametrize("figure", ["1/2", "(1/3)", "3.11", "4.5", "2/2"])
def test_a_pager_a_topic_or_a_score_by_the_headline_gives_way_to_the_full_date_line(figure):
    for header in ((HEADLINE, "2024年11月28日 10:00", figure), (figure, HEADLINE, "2024年11月28日 10:00"),
                   (HEADLINE, figure, "2024年11月28日 10:00")):
        article = clean_dump(page(*header))
        assert article.published.startswith("2024-11-28T10:00") and article.title == HEADLINE


def test_a_bare_figure_far_from_any_headline_dates_nothing():
    # a topic link in the site's menu (3.11) over a header with no date line: no day is read from it
    article = clean_dump(page("特集", "3.11", "インタビュー", "", "", HEADLINE))
    assert article.published is None


@pytest.mark.parametrize("line, iso", [
    ("24/12/04", "2024-12-04"),
    ("24.12.04", "2024-12-04"),
    ("24/12/04 18:05", "2024-12-04T18:05"),
    ("24.12.04(水)", "2024-12-04"),
    ("[24/12/04]", "2024-12-04"),
    ("’24.12.04", "2024-12-04"),
    ("24/12/04(水) 18:05 配信", "2024-12-04T18:05"),
    ("98/12/04", "1998-12-04"),
])
def test_a_day_with_a_two_digit_year_first_is_read_on_a_date_line(line, iso):
    found = find_datetime(line, yearless=True)
    assert not found.yearless and found.iso.startswith(iso)
    assert classify(1, line).kind == "date"
    # the copyright's span bounds the year and does not tell it: the line does
    assert clean_dump(spanned(HEADLINE, line)).published.startswith(iso)


def test_a_two_digit_year_whose_weekday_does_not_fall_on_it_or_in_a_sentence_is_no_date_line():
    assert find_datetime("24/12/04(土)", yearless=True) is None  # 2024-12-04 was a Wednesday: not year first
    assert all_datetimes("24/12/04") == []  # a full date's reader (the text's latest date) leaves the form out
    assert classify(1, "ビルド番号が「01.10.20」のユーザーは、上記の事象以外により快適に使える。").kind != "date"
    assert all_datetimes("ver 1.2.3", yearless=True) == [] and all_datetimes("01.08.00", yearless=True) == []


def test_months_and_days_alone_under_several_headlines_date_a_list_not_the_article():
    listed = ("新着記事", "米大統領、アジア歴訪へ出発する", "12/01", "国連総会が閉幕、決議を採択", "12/02", "")
    assert clean_dump(page(*listed, HEADLINE)).published is None
    assert clean_dump(page(*listed, HEADLINE, "2024年12月4日 10:00")).published.startswith("2024-12-04T10:00")
