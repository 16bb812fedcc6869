"""Dates in one place: Japan time, the day an article's relative dates count from, and their readers.

fields:   a date as metadata and datasets write it ("2025-07-11T10:30+09:00", 令和7年7月11日) → ISO
lines:    publication dates and times in a page's lines (配信 2025年7月11日 10時30分)
mentions: date expressions in article text (11日, 前日, 昨年11月), resolved against the reference day
fiscal:   Japan's fiscal year (2025年度: April 2025 to March 2026) and its parts
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))
_DATELINE_DAY = re.compile(r"(\d{1,2})日")


def reference_date(published: str | None, dateline: str | None) -> date | None:
    """The day relative dates resolve against: the dateline's day, else the publication date.

    Callers pass the inferred reference day of an undated article as published.
    """
    if not published:
        return None
    try:
        day = datetime.fromisoformat(published[:10]).date()
    except ValueError:
        return None
    match = _DATELINE_DAY.search(dateline or "")
    if match:
        wanted = int(match.group(1))
        for back in range(0, 7):  # the dateline day is at most a few days before publication
            candidate = day - timedelta(days=back)
            if candidate.day == wanted:
                return candidate
    return day


def offset_text(zone: timezone) -> str:
    """A fixed zone as ISO 8601 writes its offset: "+09:00", "-05:30", "+00:00"."""
    minutes = int(zone.utcoffset(None).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"
