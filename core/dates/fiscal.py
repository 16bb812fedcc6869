"""Japan's fiscal year (年度): April 1 to March 31 of the next year, and its parts."""

from __future__ import annotations

import calendar
from datetime import date

# the parts written after 年度: (first month counted from January of the year it begins, months, precision);
# 年度末 is March of the next year
_PARTS = {None: (4, 12, "fiscal_year"), "末": (15, 1, "month"), "初め": (4, 1, "month"), "当初": (4, 1, "month"),
          "上期": (4, 6, "half_year"), "上半期": (4, 6, "half_year"), "前半": (4, 6, "half_year"),
          "下期": (10, 6, "half_year"), "下半期": (10, 6, "half_year"), "後半": (10, 6, "half_year")}
# the words before 年度 and the fiscal year they name from the reference's (新年度: see mentions)
FISCAL_REL = {"今": 0, "本": 0, "当": 0, "新": 0, "同": 0, "昨": -1, "前": -1, "来": 1, "翌": 1, "次": 1, "再来": 2}


def fiscal_year(day: date) -> int:
    """The calendar year in which the fiscal year holding day began."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_part(year: int, sub: str | None) -> tuple[str, date, date]:
    """(precision, first day, last day) of fiscal year `year` or the part sub names (末, 上期, 下半期 ...)."""
    first, months, precision = _PARTS[sub]
    start = _month(year, first)
    end = _month(start.year, start.month + months - 1)
    return precision, start, end.replace(day=calendar.monthrange(end.year, end.month)[1])


def _month(year: int, month: int) -> date:
    """The first day of month `month` counted from January of year (15 is March of the next year)."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
