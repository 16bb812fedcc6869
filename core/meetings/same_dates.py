"""When two tellings' dates may be one meeting's: dates that agree at the coarser precision, a day the text
gives (own_date), words for part of a month and a day in it, a negotiation round under way and its day, the
local day of a day given in Japan time."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from core.meetings.dates import ISO_WEEK, week_monday


def dates_agree(a: str | None, b: str | None) -> bool:
    """Both unknown, or equal at the coarser precision (2025-07 holds 2025-07-11); a week and another
    precision when their days meet (来週の会談 is not talks of a day in this week or the last)."""
    if not a or not b:
        return True
    if "W" in a or "W" in b:
        if "W" in a and "W" in b:
            return a == b
        week, other = (a, b) if "W" in a else (b, a)
        days, span = _week_days(week), _days_of(other)
        if days is None or span is None:
            return week[:4] == other[:4]
        return days[0] <= span[1] and span[0] <= days[1]
    size = min(len(a), len(b))
    return a[:size] == b[:size]


def _week_days(value: str) -> tuple[date, date] | None:
    """The days an ISO week may mean: Monday to Sunday, and the Sunday before it (a Japanese week runs
    Sunday to Saturday: 今週 written on a Sunday is the ISO week after it)."""
    monday = week_monday(value)
    return (monday - timedelta(days=1), monday + timedelta(days=6)) if monday else None


def _days_of(value: str) -> tuple[date, date] | None:
    """The first and last day of an ISO day, month or year."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def month_of_its_day(start: str | None, precision: str | None, date_text: str | None,
                     known_start: str | None, known_precision: str | None, known_date_text: str | None) -> bool:
    """A telling the text dates by its month only (10月に…と行った会談, 今月の会談) and a known meeting dated by
    its own day in that month: the month may point to that meeting (the_known takes it only when it is the
    one meeting of those sides that month). Never the other way round: a day joined to a month's record
    would join every meeting of that month to it."""
    return bool(start and date_text) and precision == "month" and len(start) == 7 \
        and own_date(known_start, known_precision, known_date_text) and known_start[:7] == start


def range_of_words(start: str | None, end: str | None, precision: str | None,
                   date_text: str | None) -> tuple[str, str] | None:
    """The first and last day of one month or week a telling's own words date it by (今月中旬: the 11th to the
    20th, 7月: the month, 来週: Monday to Sunday), None for a day, no words (a range the report lends) or a
    range over months."""
    if not start or not date_text:
        return None
    if ISO_WEEK.fullmatch(start) and precision == "week":  # 来週: Monday to Sunday, whatever months they fall in
        monday = week_monday(start)
        if monday is None:
            return None
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if (end or start)[:7] != start[:7]:
        return None
    if precision == "month" and len(start) == 7:
        return f"{start}-01", f"{start}-31"
    if precision == "days" and len(start) == 10:
        return start, end or start
    return None


def range_holds_day(start: str | None, end: str | None, precision: str | None, date_text: str | None,
                    day: str | None, day_precision: str | None, day_text: str | None) -> bool:
    """A telling dated by its own words to part of a month (今月中旬, 来月) and a telling dated by its own day
    in that part (12日): one meeting may be told before it with the one and after it with the other. Taken
    only when it is the one meeting of those sides there (core.meetings.same_sides.the_known)."""
    bounds = range_of_words(start, end, precision, date_text)
    return bounds is not None and own_date(day, day_precision, day_text) and bounds[0] <= day[:10] <= bounds[1]


def same_day(a: str | None, b: str | None) -> bool:
    """Whether both give the same day."""
    return bool(a and b) and len(a) >= 10 and a[:10] == b[:10]


def own_date(start: str | None, precision: str | None, date_text: str | None) -> bool:
    """A day the text gives the meeting: neither a month or a year alone (a pair meets more than once a month)
    nor the report's days lent to talks told with none (core.meetings.plan._dated_by_the_report). Only
    such days are evidence that two tellings in two articles are one meeting."""
    return bool(start) and len(start) >= 10 and not (precision == "days" and not date_text)


def round_under_way(kind: str, start: str | None, precision: str | None, date_text: str | None) -> bool:
    """A negotiation round told held with no day of its own (和平交渉が開始された, 交渉を続けている), dated by the
    days before its report (core.meetings.plan._dated_by_the_report): the round under way then."""
    return kind == "negotiation_round" and bool(start) and len(start) >= 10 and precision == "days" \
        and not date_text


def round_of_its_month(kind: str, start: str | None, precision: str | None, date_text: str | None,
                       known_kind: str, known_start: str | None, known_precision: str | None,
                       known_date_text: str | None) -> bool:
    """A round under way at a report (round_under_way) and a round told by a day of its own in the same month
    (和平交渉は20日、予定の日程を終わった): a round lasts days or weeks, so one article may tell it begun and
    another ended, one of them with no day. Taken only when it is the one round of those sides that month
    (core.meetings.same_sides.the_known); talks of a pair that meets often never join this way."""
    if kind != "negotiation_round" or known_kind != "negotiation_round" or not start or not known_start:
        return False
    under_way = round_under_way(kind, start, precision, date_text)
    known_under_way = round_under_way(known_kind, known_start, known_precision, known_date_text)
    return under_way != known_under_way and start[:7] == known_start[:7] and (
        under_way and own_date(known_start, known_precision, known_date_text)
        or known_under_way and own_date(start, precision, date_text))


_JAPAN_TIME = re.compile(r"日本時間")


def local_day_of(start: str | None, date_text: str | None) -> str | None:
    """The day before a day the text gives in Japan time (日本時間8日未明 → the 7th): the local day another
    outlet may give a meeting held west of Japan (7日午前(日本時間8日未明)); None for other tellings."""
    if not start or len(start) != 10 or not _JAPAN_TIME.search(date_text or ""):
        return None
    try:
        return (date.fromisoformat(start) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def day_after(day: str | None) -> str | None:
    """The ISO day after day, None for anything else."""
    try:
        return (date.fromisoformat(str(day)[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return None


# The days before its report that talks told with no day of their own may have been held in (a week: a retelling
# follows the news within days).
REPORT_DAYS = 7
_REPORTED_KINDS = ("talks", "phone_call", "video_call", "visit")


def dated_by_its_report(kind: str, status: str, start: str | None, precision: str | None,
                        date_text: str | None) -> bool:
    """Talks, a call, a visit, told held with no day of their own (石破首相は習主席と会談し…), dated by the days before
    their report (core.meetings.plan._dated_by_the_report); a negotiation round so dated is a round under way."""
    return kind in _REPORTED_KINDS and status == "held" and bool(start) and len(start) >= 10 \
        and precision == "days" and not date_text


def in_its_report_days(report_end: str | None, day: str | None) -> bool:
    """Whether a day falls in the week up to a report's day (the days talks told with no day may be of)."""
    if not report_end or not day or len(day) < 10:
        return False
    first, last = report_week(report_end)
    return first <= day[:10] <= last


def report_week(report_end: str) -> tuple[str, str]:
    """The first and last day of the week up to a report's day."""
    end = date.fromisoformat(report_end[:10])
    return (end - timedelta(days=REPORT_DAYS - 1)).isoformat(), end.isoformat()


def report_weeks_of(day: str) -> tuple[str, str]:
    """The days the reports' weeks holding a day may start on: the week before it and the week after it."""
    first, _ = report_week(day)
    _, last = report_week((date.fromisoformat(day[:10]) + timedelta(days=REPORT_DAYS - 1)).isoformat())
    return first, last
