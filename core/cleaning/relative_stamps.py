"""A page's relative stamp (3時間前, 昨日 10:00 配信) and the day it gives, counted back from when the page was viewed.

Reads the lines near a page's top for the stamp, the short lines above it for the day the site shows as today,
and else the day the file's name carries (never the file's time: a copy's, not the page's).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Callable

from core.cleaning.page_dates import HAS_DIGIT_DATE
from core.dates.lines import all_datetimes
from core.text import NARROW_DIGITS


# 「3時間前」「15分前」「2日前 配信」: how long before the page was saved it was published.
_RELATIVE = re.compile(r"^(?:[（(]?\s*(?:公開|配信|更新|投稿)(?:日時)?\s*[:：]?\s*)?([0-9０-９]{1,3})\s*(分|時間|日)前"
                       r"\s*(?:に)?\s*(?:公開|配信|更新|投稿)?\s*[)）]?$")
# 「昨日 10:00」「一昨日 配信」: a day word with a time or a label (a tab 「昨日」 alone is a ranking's).
_DAY_WORD = re.compile(r"^(?:[（(]?\s*(?:公開|配信|更新|投稿)(?:日時)?\s*[:：]?\s*)?(一昨日|おととい|昨日|きのう|今日|本日)"
                       r"(?P<at>\s*[0-9０-９]{1,2}\s*(?::|：|時)\s*[0-9０-９]{1,2}\s*分?)?"
                       r"\s*(?P<label>公開|配信|更新|投稿)?\s*[)）]?$")
_UNITS = {"分": timedelta(minutes=1), "時間": timedelta(hours=1), "日": timedelta(days=1)}
_DAYS_BACK = {"一昨日": 2, "おととい": 2, "昨日": 1, "きのう": 1, "今日": 0, "本日": 0}
RELATIVE_REACH = 80  # lines from the top of the page where its own 「…時間前」 line stands
STAMP_LENGTH = 24  # characters of a relative stamp line at most


def stamp_age(text: str) -> timedelta | None:
    """How long before the page was viewed a relative stamp line (3時間前, 昨日 10:00 配信) says it was published."""
    if len(text) > STAMP_LENGTH or ("前" not in text and "日" not in text):
        return None
    text = text.strip()
    if match := _RELATIVE.match(text):
        return int(match.group(1).translate(NARROW_DIGITS)) * _UNITS[match.group(2)]
    if (match := _DAY_WORD.match(text)) and (match["at"] or match["label"]):
        return timedelta(days=_DAYS_BACK[match.group(1)])
    return None


def _stamp(page: list[str]) -> tuple[int, timedelta] | None:
    for index, text in enumerate(page[:RELATIVE_REACH]):
        if "前" not in text and "日" not in text:  # most lines: one look, before any copy of the line
            continue
        age = stamp_age(text.strip())
        if age is not None:
            return index, age
    return None


def relative_age(page: list[str]) -> timedelta | None:
    """How long before it was saved the page says it was published (a 「3時間前」 line near its top)."""
    found = _stamp(page)
    return found[1] if found else None


VIEWED_LINE = 40  # characters of the header line that shows the day (and time) a page was viewed


def stamped_day(page: list[str], saved: Callable[[], date | None]) -> str | None:
    """The day a page with a relative stamp (3時間前, 昨日 10:00) was published, counted back from when it
    was viewed: the latest full date on a short line above the stamp (the site's 「today」, 「…現在」),
    else saved() (the day the file's name carries)."""
    found = _stamp(page)
    if found is None:
        return None
    index, age = found
    viewed = None
    for text in page[:index]:
        text = text.strip()
        if not text or len(text) > VIEWED_LINE or not HAS_DIGIT_DATE.search(text):
            continue
        for day in all_datetimes(text):
            if viewed is None or day.iso > viewed.iso:
                viewed = day
    if viewed is not None:
        if "T" in viewed.iso:
            return (datetime.fromisoformat(viewed.iso) - age).date().isoformat()
        return (date.fromisoformat(viewed.iso[:10]) - timedelta(days=age.days)).isoformat()
    when = saved()
    return (when - timedelta(days=age.days)).isoformat() if when is not None else None
