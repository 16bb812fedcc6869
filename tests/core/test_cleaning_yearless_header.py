"""A date line by the headline that writes the day without its year (12.03(火), 12/3 配信, 12月3日 18時05分): read,
and placed in the year the page's own text tells (the address line's year beside the same month, the copyright's)."""

from __future__ import annotations

import pytest

from core.cleaning.date_labels import page_date
from core.cleaning.dump import clean_dump
from core.dates.lines import all_datetimes
from tests.core.test_cleaning_date_choice import HEADLINE, page


@pytest.mark.parametrize("line, iso", [
    ("12.04(水)", "2000-12-04"),
    ("12.04(水) 18:05", "2000-12-04T18:05"),
    ("12/4 配信", "2000-12-04"),
    ("12/4 18:05 配信", "2000-12-04T18:05"),
    ("12/04 更新", "2000-12-04"),
])
def test_a_dotted_day_with_its_weekday_and_a_slashed_day_labelled_are_read_without_a_year(line, iso):
    found = page_date(line)
    assert found.yearless and found.iso.startswith(iso)


@pytest.mark.parametrize("text", ["12.04", "1.5倍", "v1.2(月)", "12/4", "第3/4四半期", "2/3の賛成"])
def test_a_decimal_a_fraction_or_a_version_is_no_day(text):
    assert all_datetimes(text, yearless=True) == []


@pytest.mark.parametrize("line, iso", [
    ("12.04(水)", "2024-12-04"),
    ("12/4 配信", "2024-12-04"),
    ("12月4日 18時05分", "2024-12-04T18:05"),
    ("12月4日(水) 18:05", "2024-12-04T18:05"),
    ("12/04 18:05", "2024-12-04T18:05"),
    ("更新：12月4日", "2024-12-04"),
    ("12月4日 18:05 更新", "2024-12-04T18:05"),
    ("国際　12月4日 18:05", "2024-12-04T18:05"),
])
def test_a_yearless_date_line_under_the_headline_takes_the_copyright_year(line, iso):
    article = clean_dump(page(HEADLINE, line))
    assert article.published.startswith(iso)


def test_the_year_beside_the_same_month_in_the_address_line_places_the_day():
    top = ("https://www.example-shimbun.jp/articles/2023/12/a7731.html", "")
    article = clean_dump(page(HEADLINE, "12月4日 18:05", top=top))
    assert article.published.startswith("2023-12-04T18:05")
    # an address of another month tells nothing of this day's year: the copyright's year stays
    top = ("https://www.example-shimbun.jp/articles/2023/05/a7731.html", "")
    assert clean_dump(page(HEADLINE, "12月4日 18:05", top=top)).published.startswith("2024-12-04T18:05")


def spanned(*header: str) -> str:
    """The page with a copyright of a span of years (© 2008-2025), which bounds the year and does not tell it."""
    return page(*header).replace("Copyright © 2024", "Copyright © 2008-2025")


@pytest.mark.parametrize("over", ["2023年12月号", "アーカイブ 2023.12"])
def test_a_heading_year_with_the_same_month_places_the_day_on_a_page_with_no_full_date(over):
    assert clean_dump(page(HEADLINE, "12月4日 18:05")).published.startswith("2024-12-04")  # © 2024 alone
    assert clean_dump(spanned(HEADLINE, "12月4日 18:05")).published is None
    assert clean_dump(spanned(over, HEADLINE, "12月4日 18:05")).published.startswith("2023-12-04T18:05")
    # a single copyright year is the page's own: it stands
    assert clean_dump(page(over, HEADLINE, "12月4日 18:05")).published.startswith("2024-12-04T18:05")


def test_a_year_with_another_month_a_price_or_an_event_in_a_sentence_tells_nothing():
    for over in ("2023年11月号", "2023.12円", "両国は2023年12月に協定を結んだ。"):
        assert clean_dump(spanned(over, HEADLINE, "12月4日 18:05")).published is None


@pytest.mark.parametrize("line, iso", [
    ("12.04 18:05", "2000-12-04T18:05"),
    ("12.4 配信", "2000-12-04"),
    ("12.04 18:05 更新", "2000-12-04T18:05"),
    ("配信：12/4", "2000-12-04"),
    ("更新日 12.04", "2000-12-04"),
    ("掲載日：12/04 18:05", "2000-12-04T18:05"),
    ("公開 12.4(水)", "2000-12-04"),
])
def test_a_dotted_day_with_its_time_and_a_day_labelled_before_or_after_are_read_without_a_year(line, iso):
    found = page_date(line)
    assert found.yearless and found.iso.startswith(iso)
    assert found.text.startswith("12")  # the label before it is no part of the date


@pytest.mark.parametrize("text", ["4.5点", "ver.1.2 配信", "1.5倍に更新", "12.04%", "第3.2版", "公開 3.2億円", "更新 12.5%",
                                  "支持率12.3 更新", "配信 1.5万人", "視聴率12.03 18:00"])
def test_a_score_a_version_or_a_rate_beside_a_label_is_still_no_day(text):
    assert all_datetimes(text, yearless=True) == []


@pytest.mark.parametrize("line, iso", [
    ("12.04 18:05", "2024-12-04T18:05"),
    ("12.4 配信", "2024-12-04"),
    ("配信：12/4", "2024-12-04"),
    ("更新日 12.04", "2024-12-04"),
    ("国際　12.4 18:05", "2024-12-04T18:05"),
])
def test_a_dotted_or_labelled_date_line_under_the_headline_takes_the_copyright_year(line, iso):
    assert clean_dump(page(HEADLINE, line)).published.startswith(iso)


@pytest.mark.parametrize("over", ["ホーム > アーカイブ > 2023 > 国際", "2023年の国際ニュース", "特集 2023"])
def test_the_weekday_confirms_the_year_a_line_over_the_headline_writes(over):
    # 4 December 2023 was a Monday (2024: a Wednesday); the copyright's span bounds the year and does not tell it
    article = clean_dump(spanned(over, HEADLINE, "12月4日(月) 18:05"))
    assert article.published.startswith("2023-12-04T18:05")
    assert clean_dump(spanned(over, HEADLINE, "12/4(月) 18:05配信")).published.startswith("2023-12-04T18:05")


def test_a_header_year_the_weekday_does_not_fall_in_or_no_weekday_gives_no_publication():
    assert clean_dump(spanned("特集 2023", HEADLINE, "12月4日(水) 18:05")).published is None  # 2023-12-04: a Monday
    assert clean_dump(spanned("特集 2023", HEADLINE, "12月4日 18:05")).published is None
    # a year past the copyright's last (© 2024) is no page's own, though 2028-12-04 is a Monday too; the
    # copyright's year, where 12-04 is a Wednesday, disagrees with the weekday: no year is told
    assert clean_dump(page("特集 2028", HEADLINE, "12月4日(月) 18:05")).published is None
    assert clean_dump(page("特集 2028", HEADLINE, "12月4日(水) 18:05")).published.startswith("2024-12-04T18:05")


def test_a_header_year_is_asked_only_when_nothing_else_on_the_page_tells_the_year():
    # a headline of another year's event, on whose day the weekday falls too (2013-12-04 and 2024-12-04: Wednesdays):
    # the copyright's single year stands, and on a page with a span of years, the text's latest full date
    over = "2013年の首脳会談を振り返る"
    assert clean_dump(page(over, HEADLINE, "12月4日(水) 18:05")).published.startswith("2024-12-04T18:05")
    dump = page(over, HEADLINE, "12月4日(水) 18:05", foot=("関連：2024年12月1日の会談",))
    assert clean_dump(dump.replace("Copyright © 2024", "Copyright © 2008-2025")).published.startswith("2024-12-04T18:05")
    # with nothing else, the one year over the date line on which its weekday falls is taken
    assert clean_dump(spanned(over, HEADLINE, "12月4日(水) 18:05")).published.startswith("2013-12-04T18:05")
