"""Publication dates and times as pages write them, to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from core.dates import JST
from core.dates.line_patterns import (BARE_DAY, BARE_DAY_LINE, DOTTED_DAY_FIRST, ISSUE, KANJI, LABEL, TWO_DIGIT_PAST,
                                      WIDE, YEAR_LAST, YEAR_LAST_HINT, may_hold_date, patterns_for)
from core.dates.pattern import WEEKDAYS

# What a match is read with: the months and weekdays in English, the years the eras start after, kanji numerals.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988}
_KANJI_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PLACEHOLDER_YEAR = 2000  # a leap year, so 2月29日 parses until the real year is known


# Lines read at a time by the cleaner's steps: a page's lines, and the furniture many pages share.
_READ_LINES = 1024


@dataclass
class Found:
    """A date written in a text. Read by many callers from one cache (find_datetime, all_datetimes): never changed."""

    text: str
    iso: str
    precision: str
    start: int
    yearless: bool = False

    def in_year(self, year: int) -> Found | None:
        """This month-and-day date placed in year (None if that day does not exist then)."""
        iso = f"{year:04d}{self.iso[4:]}"
        try:
            datetime.fromisoformat(iso)
        except ValueError:
            return None
        return Found(self.text, iso, self.precision, self.start)

    def year_from(self, latest: date) -> Found | None:
        """Placed in the year that makes it the last such day not after latest."""
        month_day = (int(self.iso[5:7]), int(self.iso[8:10]))
        return self.in_year(latest.year if month_day <= (latest.month, latest.day) else latest.year - 1)


def find_datetime(text: str, default_zone: timezone = JST, yearless: bool = False) -> Found | None:
    """The first calendar date (with its time, if written) in text; yearless: month-day ones too.

    Cleaning a page asks for the dates of its short lines in several steps (the line's kind, the date line's
    choice and label, its reading) and of the furniture every page repeats: each text is read once, by
    all_datetimes. Its first date is the one a pattern by pattern look finds first: no pattern's date starts
    before it, and a date of an earlier pattern starting where it does would stand first in its place.
    """
    if not may_hold_date(text.translate(WIDE)):
        return None
    found = _all_datetimes(text, default_zone, yearless)
    return found[0] if found else None


def all_datetimes(text: str, default_zone: timezone = JST, yearless: bool = False) -> list[Found]:
    """Every calendar date written in text, in order, none overlapping another (each text read once)."""
    return list(_all_datetimes(text, default_zone, yearless))


@lru_cache(maxsize=_READ_LINES)
def _all_datetimes(text: str, default_zone: timezone, yearless: bool) -> tuple[Found, ...]:
    narrow = text.translate(WIDE)
    found: list[Found] = []
    for pattern in patterns_for(narrow, yearless):
        for match in pattern.finditer(narrow):
            item = _to_found(match, text, default_zone)
            if item and not any(f.start <= item.start < f.start + len(f.text) for f in found):
                found.append(item)
    return tuple(sorted(found, key=lambda f: f.start))


def bare_day(text: str) -> Found | None:
    """The month and day a line writes alone, dotted or slashed, with no time, label or weekday (12/03, 12.3,
    [12/03]): no day by itself (a pager 1/2, a topic 3.11 stand so too), a date line's only by a headline."""
    if len(text.strip()) > BARE_DAY_LINE:
        return None
    match = BARE_DAY.match(text.translate(WIDE))
    return _to_found(match, text, JST) if match else None


def kanji_value(written: str) -> int:
    """A number written in kanji numerals: digit by digit (二〇二六) or with 十 (十二, 二十四, 三十)."""
    if "十" not in written:
        return int("".join(str(_KANJI_VALUES[c]) for c in written))
    tens, _, ones = written.partition("十")
    return (_KANJI_VALUES[tens] if tens else 1) * 10 + (_KANJI_VALUES[ones] if ones else 0)


def publication_datetime(text: str, default_zone: timezone = JST, yearless: bool = False) -> Found | None:
    """The date a line gives as the page's own: a labelled one (配信, 更新…) first, never an issue's (…号)."""
    candidates = []
    for found in all_datetimes(text, default_zone, yearless):
        end = found.start + len(found.text)
        after, before = text[end : end + 4], text[max(found.start - 4, 0) : found.start]
        if ISSUE.match(after):
            continue
        candidates.append((not (LABEL.search(after) or LABEL.search(before)), found.start, found))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _to_found(match: re.Match, original: str, zone: timezone, order: tuple[str, str] | None = None) -> Found | None:
    g = match.groupdict()
    yearless = "y" not in g and "era" not in g and "yy" not in g
    if "bare" in g:
        g.update(h2=None, mi2=None, s=None, ap=None, tz=None)
    if g.get("yy"):
        g["y"] = str((1900 if int(g["yy"]) >= TWO_DIGIT_PAST else 2000) + int(g["yy"]))
    if match.re in KANJI:
        try:
            g.update({key: str(kanji_value(g[key])) for key in ("y", "ey", "m", "d", "h", "mi")
                      if g.get(key) and g[key] != "元"})
        except (KeyError, ValueError):
            return None  # 十十 and the like: no number
        g["h2"] = g["mi2"] = g["s"] = g["ap"] = None
    if "era" in g:
        g["y"] = str(_ERA_START[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"])))
    if match.re is YEAR_LAST and (order := order or _year_last_order(g)) is None:
        return None
    elif match.re is YEAR_LAST:
        g["m"], g["d"] = order
    elif match.re is DOTTED_DAY_FIRST and int(g["m"]) > 12 >= int(g["d"]):
        g["m"], g["d"] = g["d"], g["m"]
    if "mon" in g:
        month = g["mon"].rstrip(".").lower()
        if month[:3] not in _MONTHS or (len(month) > 3 and not _full_month(month)):
            return None
        g["m"] = str(_MONTHS.index(month[:3]) + 1)
    try:
        day = date(_PLACEHOLDER_YEAR if yearless else int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    hour = g.get("h") or g["h2"]
    if yearless and "wd" in g and not (hour or g["wd"]):
        return None  # a bare 1/2 is a fraction or a page count, not a day
    if g.get("yy") and g["wd"] and weekday_number(g["wd"]) not in (None, day.weekday()):
        return None  # 12/03/10(金) is no 2012-03-10 (a Saturday): the year is not first
    found = _found(match, original, zone, g, day, hour)
    if found is not None:
        found.yearless = yearless
    return found


def _found(match: re.Match, original: str, zone: timezone, g: dict, day: date, hour: str | None) -> Found | None:
    end = match.end() if (hour or g["tz"]) else _date_end(match)
    start = _start(match)
    written = original[start:end].strip()
    if hour is None:
        return Found(written, day.isoformat(), "day", start)
    marker = (g.get("ampm") or g.get("ampm2") or g.get("ap") or "").replace(".", "").lower()
    h = int(hour) + (12 if marker in ("午後", "pm") and int(hour) < 12 else 0)
    if marker == "am" and h == 12:
        h = 0
    minute = int(g.get("mi") or g["mi2"] or 0)
    second = int(g["s"] or 0)
    if h > 23 or minute > 59 or second > 59:
        return Found(written, day.isoformat(), "day", start)
    stamp = datetime(day.year, day.month, day.day, h, minute, second, tzinfo=_zone(g["tz"], zone))
    precision = "second" if g["s"] else ("minute" if (g.get("mi") or g["mi2"]) else "hour")
    return Found(written, stamp.isoformat(), precision, start)


def unsure_order(text: str) -> int | None:
    """Where text writes a day with its year last in an order that cannot be told (10/02/2016: the tenth of
    February or the second of October), else None: the date read leaves it out, the cleaner says so."""
    narrow = text.translate(WIDE)
    if "/" not in narrow or not YEAR_LAST_HINT.search(narrow):
        return None
    return next((m.start() for m in YEAR_LAST.finditer(narrow) if _year_last_order(m.groupdict()) is None), None)


def year_last_orders(texts: list[str]) -> set[bool]:
    """The orders the dates written with the year last in texts show where a figure past 12 tells it (month first:
    True, 11/28/2024; the day first: False, 28/11/2024): a site prints all its days one way."""
    orders = set()
    for text in texts:
        narrow = text.translate(WIDE)
        if "/" not in narrow or not YEAR_LAST_HINT.search(narrow):
            continue
        for match in YEAR_LAST.finditer(narrow):
            if (order := _year_last_order(match.groupdict())) is not None:
                orders.add(order == (match["a"], match["b"]))
    return orders


def in_order(text: str, month_first: bool, default_zone: timezone = JST) -> Found | None:
    """The first date of text written with its year last in an order that cannot be told (10/02/2016), read with the
    month first or the day first."""
    narrow = text.translate(WIDE)
    for match in YEAR_LAST.finditer(narrow):
        if _year_last_order(match.groupdict()) is None:
            order = (match["a"], match["b"]) if month_first else (match["b"], match["a"])
            return _to_found(match, text, default_zone, order)
    return None


def _year_last_order(g: dict) -> tuple[str, str] | None:
    """(month, day) of a date written with its year last, when its order can be told."""
    first, second = int(g["a"]), int(g["b"])
    if second > 12 >= first or (g.get("ap") and first <= 12) or first == second:  # (12/12/2024: either order)
        return g["a"], g["b"]  # 02/16/2016, 02/10/2016 03:40 PM: the US order
    if first > 12 >= second:
        return g["b"], g["a"]  # 16/02/2016: the day first
    return None


def weekday_number(written: str) -> int | None:
    """Monday 0 for a weekday written with a date (火, (火), 火曜日, Tue, (Tuesday)); None if none can be read."""
    for letter in written:
        if letter in WEEKDAYS:
            return WEEKDAYS.index(letter)
    english = re.search(r"[A-Za-z]{3}", written)
    name = english.group(0).lower() if english else ""
    return _EN_WEEKDAYS.index(name) if name in _EN_WEEKDAYS else None


def _full_month(word: str) -> bool:
    """A month's whole English name (or Sept), not another word that starts like one (Marching, Decide)."""
    return word in ("january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "sept", "october", "november", "december")


def _date_end(match: re.Match) -> int:
    """End of the date part alone (the weekday included), without trailing blanks."""
    return match.start() + len(match.group(0).rstrip())


def _start(match: re.Match) -> int:
    """Where the date starts: after the label a pattern reads before it (配信：12/3), else where the match does."""
    return match.start("m") if match.groupdict().get("lab") is not None else match.start()


def _zone(written: str | None, default: timezone) -> timezone:
    if not written:
        return default
    written = written.strip()
    if written in ("JST", "日本時間"):
        return JST
    if written in ("Z", "GMT", "UTC"):
        return timezone.utc
    offset = written.removeprefix("GMT").removeprefix("UTC")
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = (int(digits), 0) if len(digits) <= 2 else (int(digits[:-2]), int(digits[-2:]))
    if hours > 14 or minutes >= 60:  # no zone is that far off: digits run on from something else (+9999)
        return default
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
