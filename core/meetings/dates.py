"""A meeting's date range and precision from the date Kaidan resolved and the words written.

The date detector gives 2026 for 今年前半 and 2025-02 for 2月前半; the meeting keeps what
the text says: the first half of 2026, the first half of February (never coarser than the text).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from core.dates.mentions import find_dates
from core.text import NARROW_DIGITS, last_match

_HALF_YEAR = [(re.compile(r"前半|上半期|上期"), "01", "06"), (re.compile(r"後半|下半期|下期"), "07", "12")]
# 上旬, 中旬 are parts of a month wherever written; 初め, 明け, 末, 前半, 後半 only after 月 (来月初め, 6月の後半): 年末 and
# 来年初め are the month the date reader gives, not its first or last days
_PART_OF_MONTH = [(re.compile(r"上旬|初旬|月の?(?:初め|はじめ)|月明け"), 1, 10), (re.compile(r"中旬"), 11, 20),
                  (re.compile(r"下旬|月の?末"), 21, 31), (re.compile(r"月の?前半"), 1, 15),
                  (re.compile(r"月の?後半"), 16, 31)]


def precision_of(value: str | None) -> str:
    """The precision an ISO value carries by its length."""
    if not value:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "week" if "W" in value else "unknown")


ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def week_monday(value: str | None) -> date | None:
    """The Monday of a value that is an ISO week (2024-W15); None for any other value, or a week no year has."""
    week = ISO_WEEK.fullmatch(value or "")
    if week is None:
        return None
    try:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1)
    except ValueError:
        return None


def first_day(value: str) -> str:
    """The value as an ISO prefix that sorts with days: a week (2024-W15) as its Monday, anything else as is."""
    monday = week_monday(value)
    return monday.isoformat() if monday is not None else value


def earliest_day(date) -> str:
    """The first day a resolved date (its value and the words written) can mean, as an ISO prefix that sorts
    with days: 今月下旬 of July (2006-07) is 2006-07-21, a week its Monday, a month written alone that month."""
    value = str(date.value or "")
    start = date_range(value, getattr(date, "text", None))[0] or value
    return first_day(start)


def date_range(value: str | None, text: str | None) -> tuple[str | None, str | None, str]:
    """(start, end, precision) of a meeting dated by value, as finely as text says."""
    text = text or ""
    for finer in (season_range, fiscal_range, day_range, week_part):  # the first the words fit
        found = finer(value, text)
        if found is not None:
            return found
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


# 今週後半, 来週前半, 週明け, 週末: part of a week (Monday to Wednesday, Thursday to Sunday, its first days, its end)
_PART_OF_WEEK = [(re.compile(r"前半"), 0, 2), (re.compile(r"後半"), 3, 6), (re.compile(r"週明け"), 0, 1),
                 (re.compile(r"週末"), 5, 6)]


def week_part(value: str | None, text: str) -> tuple[str, str, str] | None:
    """(first day, last day, "days") of the part of a week the words give (今週後半 → Thursday to Sunday),
    which the date reader gives as the whole week (2025-W44)."""
    monday = week_monday(value)
    if monday is None:
        return None
    for cue, first, last in _PART_OF_WEEK:
        if cue.search(text):
            return (monday + timedelta(days=first)).isoformat(), (monday + timedelta(days=last)).isoformat(), "days"
    return None


# 24-25日, 24～26日, 24日から25日, 24、25両日, 10月31日から11月1日: the first and last day of a meeting over days
_DAYS = re.compile(r"(?:(?P<month>[0-9０-９]{1,2})月)?(?P<first>[0-9０-９]{1,2})日?\s*(?:[-－‐–~〜～]|から)\s*"
                   r"(?P<over>[0-9０-９]{1,2}月)?(?P<last>[0-9０-９]{1,2})日"
                   r"|(?P<first2>[0-9０-９]{1,2})日?、(?P<last2>[0-9０-９]{1,2})日?の?両日")


def day_range(value: str | None, text: str) -> tuple[str, str, str] | None:
    """(first day, last day, "days") of a meeting written over days (9月24-25日, 10月31日から11月1日), which
    the date reader gives as the week they fall in (2009-W39), their month, or their year."""
    found = _DAYS.search(text or "")
    if found is None or not value:
        return None
    first, last = (int((found[k] or found[k + "2"]).translate(NARROW_DIGITS)) for k in ("first", "last"))
    over = bool(found["over"]) or last < first  # the range runs into the next month
    if not (1 <= first <= 31 and 1 <= last <= 31) or (first == last) or (over and not found["over"] and last > 7):
        return None
    begin = None
    if ISO_WEEK.fullmatch(value):
        monday = week_monday(value)
        if monday is None:
            return None
        starts = [monday + timedelta(days=i) for i in range(7) if (monday + timedelta(days=i)).day == first]
        begin = starts[0] if starts else None
    elif re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value) and not over:
        begin = date(int(value[:4]), int(value[5:7]), 1)
        begin = begin.replace(day=first) if first <= calendar.monthrange(begin.year, begin.month)[1] else None
    elif re.fullmatch(r"\d{4}", value) and found["month"]:  # 10月30日〜11月3日: weeks and months apart
        try:
            begin = date(int(value), int(found["month"].translate(NARROW_DIGITS)), first)
        except ValueError:
            return None
    if begin is None:
        return None
    end = next((begin + timedelta(days=i) for i in range(1, 32) if (begin + timedelta(days=i)).day == last), None)
    if end is None or (not over and end.month != begin.month):
        return None
    return begin.isoformat(), end.isoformat(), "days"


_FISCAL = re.compile(r"年度(?P<half>上半期|上期|前半|下半期|下期|後半)?(?!末)")


def fiscal_range(value: str | None, text: str) -> tuple[str, str, str] | None:
    """A fiscal year (2025年度: April 2025 to March 2026) or its half, which the date reader gives as the
    year it begins: months, as seasons are (年度末 the reader already gives as March)."""
    found = _FISCAL.search(text)
    if found is None or not re.fullmatch(r"\d{4}", value or ""):
        return None
    year = int(value)
    if found["half"] is None:
        return f"{year}-04", f"{year + 1}-03", "month"
    if found["half"] in ("上半期", "上期", "前半"):
        return f"{year}-04", f"{year}-09", "half_year"
    return f"{year}-10", f"{year + 1}-03", "half_year"


# 春 (March–May), 夏, 秋, 冬 (December to February of the next year)
_SEASONS = {"春": ("03", "05"), "夏": ("06", "08"), "秋": ("09", "11"), "冬": ("12", "02")}
# (今秋, 来春, 昨夏: a season written with one character of its year stands alone, 冬季 or 春節 is no season)
SEASON = re.compile(r"(?P<year>今年|来年|昨年|去年|今|来|昨)?の?(?P<season>春|夏|秋|冬)"
                    r"(?:(?:ごろ|頃|以降|中)?(?:に|にも|まで|ごろ|頃)|(?<=[今来昨][春夏秋冬])(?![季期節学分]))")
_YEAR_OFFSET = {"来年": 1, "来": 1, "昨年": -1, "去年": -1, "昨": -1}


@dataclass(frozen=True)
class SeasonDate:
    """A season read from a meeting's sentence (秋にも訪中): the year it falls in and the words."""

    value: str
    text: str
    start: int = 0
    end: int = 0


# 月内, 今月中, 今月内: within the month of the report
_WITHIN_MONTH = re.compile(r"(?:今月中|今月内|月内)(?:に|にも|の)?")


def season_date(text: str, begin: int, end: int, reference) -> SeasonDate | None:
    """The season written in text[begin:end] (今年秋, 来年春にも), dated against the reference day; or the
    report's month a plan is told within (月内に会談する予定)."""
    found = last_match(SEASON, text, begin, end)
    if found is None and reference is not None:
        within = last_match(_WITHIN_MONTH, text, begin, end)
        if within is not None:
            return SeasonDate(reference.isoformat()[:7], within.group(0), within.start(), within.end())
    if found is None or reference is None:
        return None
    year = reference.year + _YEAR_OFFSET.get(found["year"] or "", 0)
    first, last = _SEASONS[found["season"]]
    if not found["year"] and f"{year}-{last}" < reference.isoformat()[:7] and first != "12":
        year += 1  # 春にも, written in October: the next spring
    return SeasonDate(str(year), found.group(0), found.start(), found.end())


def season_range(value: str, text: str) -> tuple[str, str, str] | None:
    """(start, end, precision) of a season in a year: 2026 and 秋 → 2026-09 … 2026-11, in months."""
    found = SEASON.search(text or "")
    if not found or not re.fullmatch(r"\d{4}", value or ""):
        return None
    first, last = _SEASONS[found["season"]]
    end_year = int(value) + 1 if first == "12" else int(value)
    return f"{value}-{first}", f"{end_year}-{last}", "month"  # a range of months (the store has no season)


# 来月, 来週, 明日, 今月: a date counted from the day it was said
_COUNTED_FROM_TELLING = re.compile(r"(?:来|今|再来|明|あす|あした|あさって)")
_WRITTEN_DAY = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")


def from_the_day_told(body: str, dates: list, found, reference):
    """A plan's 来月 or 来週 told on a day the sentence writes before it, earlier than the report's own date
    (首相は5月30日、来月訪米する予定だと述べた, in a report of 2 June): counted from the day told, not the report's."""
    if isinstance(found, SeasonDate) or reference is None or not _COUNTED_FROM_TELLING.match(found.text or ""):
        return found
    told = [d for d in dates if d.end <= found.start and body.startswith("、", d.end)
            and _WRITTEN_DAY.fullmatch(d.text or "") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d.value or ""))
            and d.value < reference.isoformat()]
    if not told:
        return found
    again = find_dates(found.text, date.fromisoformat(told[-1].value))
    if len(again) != 1 or again[0].value is None or again[0].text != found.text or again[0].value == found.value:
        return found
    return replace(found, value=again[0].value)


# 徳島新聞、2009年1月27日(UTC+9)。: a source the article cites on a line of its own, with its full date
# (毎日新聞、2008年9月27日18時14分-最終更新…, 2008年9月28日地方版: a time or an edition after it)
_SOURCE_LINE = re.compile(r"^[^。\n]{1,60}、\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日", re.M)
_STALE = timedelta(days=7)


def story_day(body: str, reference):
    """The day of the story when every source the article cites on a dated line of its own is more than a week
    older than its date line (an article dated long after it was written): the latest source's day."""
    if reference is None:
        return None
    days = []
    for found in _SOURCE_LINE.finditer(body):
        try:
            days.append(date(int(found[1]), int(found[2]), int(found[3])))
        except ValueError:
            continue
    return max(days) if days and reference - max(days) > _STALE else None


def redated(body: str, mentions: list, day) -> list:
    """The article's date mentions read again against the story's day (1月26日 of a 2009 story dated 2010)."""
    values = {(d.start, d.end): d.value for d in find_dates(body, day)}
    return [replace(m, value=values[(m.start, m.end)])
            if m.type == "DATE" and (m.start, m.end) in values and values[(m.start, m.end)] != m.value else m
            for m in mentions]
