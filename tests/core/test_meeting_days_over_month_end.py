"""A meeting written over days that cross a month end keeps its days, not the week or year holding them."""

from __future__ import annotations

from datetime import date

import pytest

from core.dates.mentions import find_dates
from core.meetings.dates import date_range


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        ("首脳会議は10月31日から11月1日まで開かれる。", date(2025, 10, 20), ("2025-10-31", "2025-11-01", "days")),
        # weeks and months apart: the date reader's value is the year
        ("協議は10月30日〜11月3日に行われた。", date(2025, 11, 10), ("2025-10-30", "2025-11-03", "days")),
        ("両国は12月30日〜1月2日に協議した。", date(2026, 1, 5), ("2025-12-30", "2026-01-02", "days")),
        ("外相会談は9月24-25日にニューヨークで開かれた。", date(2009, 9, 26), ("2009-09-24", "2009-09-25", "days")),
    ],
)
def test_days_of_a_range_across_a_month_end(sentence, reference, expected):
    (found,) = [d for d in find_dates(sentence, reference) if d.precision == "days"]
    assert date_range(found.value, found.text) == expected
    assert (found.start_date, found.end_date) == expected[:2]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("東北インテリジェント通信は2006年度下期をめどに、PHS事業を終了する。", ("2006-10", "2007-03", "half_year")),
        ("両国は2012年度上期に協議を開く。", ("2012-04", "2012-09", "half_year")),
        ("両国は2025年度に首脳会談を開く。", ("2025-04", "2026-03", "month")),
    ],
)
def test_a_meeting_dated_by_a_fiscal_year_keeps_april_to_march(sentence, expected):
    (found,) = find_dates(sentence, date(2005, 7, 29))
    assert date_range(found.value, found.text) == expected
