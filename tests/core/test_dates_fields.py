"""Dates as pages and datasets write them, normalised to ISO 8601 with a precision."""

from __future__ import annotations

import pytest

from core.dates.fields import parse_date


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2025-07-11", ("2025-07-11", "day")),
        ("2025/7/11", ("2025-07-11", "day")),
        ("2025年07月12日(土)01時58分", ("2025-07-12T01:58:00+09:00", "minute")),
        ("2025年7月11日 午後3時", ("2025-07-11T15:00:00+09:00", "minute")),
        ("令和7年7月11日", ("2025-07-11", "day")),
        ("平成元年1月8日", ("1989-01-08", "day")),
        ("２０２５年７月１１日", ("2025-07-11", "day")),
        ("2025年7月", ("2025-07", "month")),
        ("2011-10-02T10:00:00+0900", ("2011-10-02T10:00:00+09:00", "minute")),
        ("2025-07-11T01:00:05Z", ("2025-07-11T01:00:05+00:00", "second")),
        ("2025-07-11 10:30", ("2025-07-11T10:30:00+09:00", "minute")),
        ("2025-07-11 00:00:00", ("2025-07-11", "day")),
        ("Fri, 11 Jul 2025 10:00:00 +0900", ("2025-07-11T10:00:00+09:00", "minute")),
        (1752192000, ("2025-07-11T09:00:00+09:00", "minute")),
        ("1752192000000", ("2025-07-11T09:00:00+09:00", "minute")),
    ],
)
def test_dates_normalise(written, expected):
    assert parse_date(written) == expected


@pytest.mark.parametrize("written", ["", "先週", "2025-13-01", None, True, "2025年2月30日"])
def test_not_dates(written):
    assert parse_date(written) is None


def test_no_default_offset_keeps_local_time():
    assert parse_date("2025-07-11T10:30", default_offset=None) == ("2025-07-11T10:30:00", "minute")
