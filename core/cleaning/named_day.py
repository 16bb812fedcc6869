"""The day a saved file's name carries, as evidence of when its page was published.

Users name the pages they keep by the day they saved or published them (20240305-nikkei.txt, 2024-03-05 記事.txt,
nikkei_2024_03_05.html, 記事20240305.txt). That day is read from the file's own name, never from a folder's, as eight
digits (yyyymmdd) or a year, month and day joined by -, _ or . (y-m-d), with a year from 1990 to 2099 and a real
calendar day no later than today, standing apart from other digits: a longer run of digits is an id
(201603041234567), never a day. A name with two different days says none.

The name is the user's record, weaker than the page's own words: it is read only where the page leaves its day untold
(what page_dates, page_year, year_last.page_ordered and reference_day read from the page comes first) and never moves
a full date the page writes; it comes before what the text only suggests of a year-last day's order (year_last's
near_ordered and lead_ordered, which leave the page flagged). A page is saved on or after the day it is published, so:

  - a month and day the page writes without its year (12月3日 18:05) is the last such day on or before the name's day
    (so within the year before it), when the weekday written with it, if any, falls on it; and where the page's words
    only suggest its year (the latest full date the text writes), a year that puts it after the name's day gives way;
  - a day written with its year last in an order nothing on the page tells (10/02/2016) is the reading on or before
    the name's day and within the year before it, when the other reading is not;
  - a page with no date at all takes the name's day as its inferred reference day.

The file's time is not read: copying a folder, unpacking an archive or syncing a drive gives every file the day
of the copy, which the page's publication day is not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.cleaning.page_dates import written_weekday
from core.cleaning.year_last import both_readings, line_weekday
from core.dates.lines import Found
from core.text import NARROW_DIGITS

_YEAR = r"(?P<year>199\d|20\d\d)"
# 20240305, or 2024-03-05 / 2024_3_5 / 2024.03.05 (one joint throughout), standing apart from other digits
_EIGHT = re.compile(rf"(?<!\d){_YEAR}(?P<month>\d\d)(?P<day>\d\d)(?!\d)")
_JOINED = re.compile(rf"(?<!\d){_YEAR}(?P<joint>[-_.])(?P<month>\d{{1,2}})(?P=joint)(?P<day>\d{{1,2}})(?!\d)")
REACH = timedelta(days=366)  # how long before the name's day a page it names may have been published


def file_name(source: str | None) -> str:
    """The last part of a source path as written (either separator), without looking at any file or folder."""
    return re.split(r"[\\/]", source or "")[-1]


def name_day(source: str | None, today: date | None = None) -> date | None:
    """The day a file's name carries (see the module's docstring); None when it carries none or two."""
    name = file_name(source).translate(NARROW_DIGITS)
    days = set()
    for pattern in (_EIGHT, _JOINED):
        for match in pattern.finditer(name):
            try:
                days.add(date(int(match["year"]), int(match["month"]), int(match["day"])))
            except ValueError:  # 20241332: no calendar day
                continue
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day <= (today or date.today()) else None


def named_year(found: Found, named: date) -> Found | None:
    """A month and day written without its year placed as the last such day on or before named; None when the
    weekday written with it falls elsewhere (the name and the page disagree) or the day does not exist then."""
    if not found.yearless:
        return None
    placed = found.year_from(named)
    return placed if placed is not None and _fits(placed, named, written_weekday(found)) else None


def not_after_saving(placed: Found | None, found: Found, named: date | None) -> Found | None:
    """placed (found, a month and day, put in a year by what the page's words suggest: the latest full date its text
    writes, its copyright) unless that puts it after named, the day the file's name carries: a page is not saved
    before it is published (the text's latest date was an event to come), so the last such day on or before named,
    when the weekday written falls on it; placed otherwise."""
    if placed is None or named is None or _day(placed) <= named:
        return placed
    return named_year(found, named) or placed


def named_order(text: str, named: date) -> Found | None:
    """The reading of a day written with its year last in an order the line cannot tell (10/02/2016) that falls on or
    before named and within the year before it, when the other reading does not (it falls after the name's day, or
    long before it); the weekday written, if any, must fall on it."""
    weekday = line_weekday(text)
    fitting = [found for found in both_readings(text) if _fits(found, named, weekday)]
    return fitting[0] if len(fitting) == 1 else None


def _fits(found: Found, named: date, weekday: int | None) -> bool:
    day = _day(found)
    return timedelta(0) <= named - day <= REACH and (weekday is None or day.weekday() == weekday)


def _day(found: Found) -> date:
    return date.fromisoformat(found.iso[:10])
