"""A reference day for an article with no date line, from what its text says.

Reads the article's paragraphs (and the page's other lines) for the latest full date, and its dateline or opening
words for a day of the month (【ジャカルタ14日】, …は11日、).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from core.cleaning.page_dates import latest_full_date
from core.text import NARROW_DIGITS

_DAY_OF_MONTH = re.compile(r"(?<![\d０-９月])([0-9０-９]{1,2})日")


def inferred_reference(paragraphs: list[str], dateline: str | None,
                       fallback: Callable[[], date | None] | None = None,
                       page: list[str] | None = None) -> tuple[str, str] | None:
    """A reference day (ISO, precision "day") from what an undated article says, else from fallback.

    The latest full date written in the text is the earliest the article can be;
    a day of the month in the dateline (【ジャカルタ14日】) or in the opening words
    (…は11日、) moves it to that day on or after it. Without a full date, that day
    of the month is placed on or before fallback (the day the file's name carries); else fallback's day.
    A body without a full date takes the latest one of the whole page (page: every line,
    captions and side lines the cleaner dropped included) before it falls back.
    """
    latest = latest_full_date(paragraphs) or (latest_full_date(page) if page else None)
    day_written = _first_day_of_month(dateline or "") or _first_day_of_month(
        paragraphs[0][:60] if paragraphs else "")
    if latest is not None:
        step, origin = 1, latest
    elif fallback is not None and (origin := fallback()) is not None:
        step = -1
    else:
        return None
    if day_written:
        for offset in range(0, 32):
            candidate = date.fromordinal(origin.toordinal() + step * offset)
            if candidate.day == day_written:
                return candidate.isoformat(), "day"
    return origin.isoformat(), "day"


def _first_day_of_month(text: str) -> int | None:
    match = _DAY_OF_MONTH.search(text)
    if not match:
        return None
    day = int(match.group(1).translate(NARROW_DIGITS))
    return day if 1 <= day <= 31 else None
