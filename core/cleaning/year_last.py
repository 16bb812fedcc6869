"""The order of a date line's day written with the year last (12/03/2024 15:40), told by the page when the line
cannot tell it: the site's other dates written the same way where a figure past 12 shows the order (11/28/2024), else
the weekday written on the line, on which only one of the two readings falls, else the day the page's address or the
article's number opens with (…/20241203/…, 記事番号：2024120300123). When the page tells none, the latest full date
the page writes (2024年12月1日), near which only one of them falls (near_ordered), else the day the text's first
sentence names (政府は3日、…) or the month and day its first lines name (理事会は12月3日、…) suggests it (lead_ordered):
a guess the user checks."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from core.cleaning.page_dates import FAR_DAYS, latest_full_date, numbered_days
from core.dates.lines import Found, in_order, unsure_order, weekday_number, year_last_orders

_WEEKDAY = re.compile(r"[(（]([月火水木金土日])(?:曜日?)?[)）]|(?<![A-Za-z])(mon|tue|wed|thu|fri|sat|sun)(?:[a-z]{0,6})\.?(?![a-z])",
                      re.IGNORECASE)
NEARER = 3  # how many times nearer the page's latest full date one reading must be than the other to be taken


def line_weekday(text: str) -> int | None:
    """The one weekday a line writes (火, (Tue), Tuesday), Monday 0; None when it writes none or several."""
    days = {weekday_number(m[1] or m[2]) for m in _WEEKDAY.finditer(text)}
    return days.pop() if len(days) == 1 else None


def page_ordered(text: str, page: list[str]) -> Found | None:
    """The date of a date line written with its year last in an order the line cannot tell, read in the order the
    page tells; None when the page tells none, or tells both."""
    if unsure_order(text) is None:
        return None
    orders = year_last_orders(page)
    if len(orders) == 1:
        return in_order(text, orders.pop())
    if orders:
        return None
    readings = both_readings(text)
    if (weekday := line_weekday(text)) is not None:
        fitting = [found for found in readings if _day(found).weekday() == weekday]
        return fitting[0] if len(fitting) == 1 else None
    # the page's address or the article's number opening with one reading's day (…/20241203/…, 記事番号：2024120300123)
    filed = set(numbered_days(page))
    return fitting[0] if len(fitting := [found for found in readings if _day(found) in filed]) == 1 else None


def near_ordered(text: str, page: list[str]) -> Found | None:
    """The reading of a date line written with its year last in an order nothing on the page tells (12/03/2024 15:40)
    far nearer the latest full date the page writes (2024年12月1日) than the other; None when neither is. Right on
    about 13 in 14 real texts where it decides (their latest full date is often an event to come): a suggestion, the
    page still asked to be checked (bench/year_last_evidence.py)."""
    readings = both_readings(text)
    if len(readings) != 2 or (latest := latest_full_date(page)) is None:
        return None
    # the article's day is most often days from the last one its page writes in full: the reading near it, when the
    # other is NEARER times as far
    near, far = sorted(readings, key=lambda found: abs((_day(found) - latest).days))
    gaps = [abs((_day(found) - latest).days) for found in (near, far)]
    return near if gaps[0] < FAR_DAYS and gaps[1] >= NEARER * gaps[0] + 1 else None


def both_readings(text: str) -> list[Found]:
    """The two readings of a date line's day written with its year last in an order it cannot tell (month first, then
    day first); none when its order can be told."""
    if unsure_order(text) is None:
        return []
    return [found for month_first in (True, False) if (found := in_order(text, month_first)) is not None]


def _day(found: Found) -> date:
    return date.fromisoformat(found.iso[:10])


# A day of the month as news names it in its first sentence (政府は3日、…), not a count of days (3日間, 3日ぶり, 3日目)
_LEAD_DAY = re.compile(r"(?<![\d月/年.])(\d{1,2})日(?!間|目|連続|ぶり|後|前|以内|程度|おき|ごと|分|付)")


def lead_ordered(text: str, lead: str, opening: list[str] = ()) -> Found | None:
    """The reading of a date line written with its year last in an order nothing on the page tells (12/03/2024 15:40)
    whose day, or the day before it, the text's first sentence names as news names an event's day (政府は3日、…:
    published that day or the next), when the other reading's is not named; else the reading whose month and day, or
    the day before, the text's first lines (opening, the lead's among them) name with the month (理事会は12月3日、…), when the other's are not
    named so. None otherwise. Right on about 24 in 25 news texts where it decides: the page is still asked to be
    checked (bench/year_last_evidence.py)."""
    if not (readings := both_readings(text)) or len(readings) != 2:
        return None
    first = unicodedata.normalize("NFKC", lead).split("。")[0] if lead else ""
    named = {int(day) for day in _LEAD_DAY.findall(first)}
    fitting = [found for found in readings
               if {_day(found).day, (_day(found) - timedelta(days=1)).day} & named]
    if len(fitting) == 1:
        return fitting[0]
    return None if fitting else _month_day_named(readings, list(opening) or [lead])


# A month and day as news names an event's day (5月8日の理事会, １２月３日、…), not inside a full date (2024年12月3日,
# which near_ordered reads) nor a span's end (12月1日～3日)
_MONTH_DAY = re.compile(r"(?<![\d年/.])(\d{1,2})月(\d{1,2})日(?!間|目|ぶり|以内|程度)")
OPENING_LINES = 3  # the text's first lines where a month and day is the news' own (later ones: the background's)


def _month_day_named(readings: list[Found], opening: list[str]) -> Found | None:
    """The one reading whose month and day, or the day before it, the text's first lines name as 12月3日, when the
    other's are not named so."""
    written = {(int(m), int(d)) for line in opening[:OPENING_LINES] if "月" in line
               for m, d in _MONTH_DAY.findall(unicodedata.normalize("NFKC", line))}
    fitting = [found for found in readings
               if {(day.month, day.day) for day in (_day(found), _day(found) - timedelta(days=1))} & written]
    return fitting[0] if len(fitting) == 1 else None
