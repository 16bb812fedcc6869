"""Parts of a month, a week and a year (上旬, 週末, 下半期, 今秋) as their first and last days."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


_MONTH_PARTS = {"上旬": (1, 10), "初旬": (1, 10), "初め": (1, 10), "明け": (1, 10), "中旬": (11, 20),
                "下旬": (21, 31), "末": (21, 31), "前半": (1, 15), "後半": (16, 31)}
_WEEK_PARTS = {"前半": (0, 2), "後半": (3, 6), "末": (5, 6), "明け": (0, 1)}
_YEAR_PARTS = {"前半": (1, 6, "half_year"), "上半期": (1, 6, "half_year"),
               "後半": (7, 12, "half_year"), "下半期": (7, 12, "half_year"),
               "末": (12, 12, "month"), "初め": (1, 1, "month"), "初頭": (1, 1, "month"), "明け": (1, 1, "month"),
               "春": (3, 5, "season"), "夏": (6, 8, "season"), "秋": (9, 11, "season"), "冬": (12, 14, "season"),
               "春夏": (3, 8, "season"), "秋冬": (9, 14, "season")}


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """The year and month k months after year-month."""
    return year + (month - 1 + k) // 12, (month - 1 + k) % 12 + 1


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_part(year: int, month: int, sub: str | None):
    """A month, or its part sub (上旬, 末), as precision, first day and last day."""
    last = month_end(year, month)
    if sub not in _MONTH_PARTS:
        return "month", last.replace(day=1), last
    a, b = _MONTH_PARTS[sub]
    return "days", last.replace(day=a), last.replace(day=min(b, last.day))


def week_part(monday: date, sub: str | None):
    """The week from monday, or its part sub (前半, 末, 明け), as precision, first day and last day."""
    a, b = _WEEK_PARTS.get(sub, (0, 6))
    return ("days" if sub in _WEEK_PARTS else "week"), monday + timedelta(a), monday + timedelta(b)


def year_part(year: int, sub: str | None):
    """A year, or its part sub (上半期, 末, 秋), as precision, first day and last day."""
    a, b, precision = _YEAR_PARTS.get(sub, (1, 12, "year"))
    return precision, date(year, a, 1), month_end(*add_months(year, b, 0))
