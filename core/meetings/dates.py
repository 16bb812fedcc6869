"""A meeting's date range and precision from the date Kaidan resolved and the words written.

The date detector gives 2026 for 今年前半 and 2025-02 for 2月前半; the meeting keeps what
the text says: the first half of 2026, the first half of February (never coarser than the text).
"""

from __future__ import annotations

import calendar
import re

_HALF_YEAR = [(re.compile(r"前半|上半期|上期"), "01", "06"), (re.compile(r"後半|下半期|下期"), "07", "12")]
_PART_OF_MONTH = [(re.compile(r"上旬|初旬|初め|はじめ"), 1, 10), (re.compile(r"中旬"), 11, 20),
                  (re.compile(r"下旬|末"), 21, 31), (re.compile(r"前半"), 1, 15), (re.compile(r"後半"), 16, 31)]


def precision_of(value: str | None) -> str:
    """The precision an ISO value carries by its length."""
    if not value:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "week" if "W" in value else "unknown")


def date_range(value: str | None, text: str | None) -> tuple[str | None, str | None, str]:
    """(start, end, precision) of a meeting dated by value, as finely as text says."""
    text = text or ""
    if value and re.fullmatch(r"\d{4}", value):
        for cue, first, last in _HALF_YEAR:
            if cue.search(text):
                return f"{value}-{first}", f"{value}-{last}", "half_year"
    if value and re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:])
        for cue, first, last in _PART_OF_MONTH:
            if cue.search(text):
                last = min(last, calendar.monthrange(year, month)[1])
                return f"{value}-{first:02d}", f"{value}-{last:02d}", "days"
    return value, value, precision_of(value)
