"""Publication dates and times as pages write them, to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))
_LABEL = re.compile(r"公開|配信|更新|掲載|投稿|発行|[Pp]ublished|[Uu]pdated|[Pp]osted")
_ISSUE = re.compile(r"\s*(?:号|発売)")
_WIDE = str.maketrans("０１２３４５６７８９：／．－", "0123456789:/.-")
_WEEKDAY = r"(?:\s*[(（][月火水木金土日](?:曜日?)?[)）])?"
_TIME = (
    r"(?:\s*(?P<ampm>午前|午後)?\s*(?P<h>\d{1,2})\s*時\s*(?:(?P<mi>\d{1,2})\s*分)?"
    r"|[\sT]*(?P<ampm2>午前|午後)?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?)?"
)
_ZONE = r"(?P<tz>\s*(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|JST|GMT|UTC|日本時間))?"
_PATTERNS = [
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _WEEKDAY + _TIME + _ZONE
    ),
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})[/.\-](?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})(?!\d)"
        + _WEEKDAY + _TIME + _ZONE
    ),
]


@dataclass
class Found:
    text: str
    iso: str
    precision: str
    start: int


def find_datetime(text: str, default_zone: timezone = JST) -> Found | None:
    """The first calendar date (with its time, if written) in text."""
    narrow = text.translate(_WIDE)
    best = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(narrow):
            found = _to_found(match, text, default_zone)
            if found and (best is None or found.start < best.start):
                best = found
            if found:
                break
    return best


def all_datetimes(text: str, default_zone: timezone = JST) -> list[Found]:
    """Every calendar date written in text, in order, none overlapping another."""
    narrow = text.translate(_WIDE)
    found: list[Found] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(narrow):
            item = _to_found(match, text, default_zone)
            if item and not any(f.start <= item.start < f.start + len(f.text) for f in found):
                found.append(item)
    return sorted(found, key=lambda f: f.start)


def publication_datetime(text: str, default_zone: timezone = JST) -> Found | None:
    """The date a line gives as the page's own: a labelled one (配信, 更新…) first, never an issue's (…号)."""
    candidates = []
    for found in all_datetimes(text, default_zone):
        end = found.start + len(found.text)
        after, before = text[end : end + 4], text[max(found.start - 4, 0) : found.start]
        if _ISSUE.match(after):
            continue
        candidates.append((not (_LABEL.search(after) or _LABEL.search(before)), found.start, found))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _to_found(match: re.Match, original: str, zone: timezone) -> Found | None:
    g = match.groupdict()
    try:
        day = date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    hour = g["h"] or g["h2"]
    end = match.end() if (hour or g["tz"]) else _date_end(match)
    written = original[match.start() : end].strip()
    if hour is None:
        return Found(written, day.isoformat(), "day", match.start())
    afternoon = (g["ampm"] or g["ampm2"]) == "午後"
    h = int(hour) + (12 if afternoon and int(hour) < 12 else 0)
    minute = int(g["mi"] or g["mi2"] or 0)
    second = int(g["s"] or 0)
    if h > 23 or minute > 59 or second > 59:
        return Found(written, day.isoformat(), "day", match.start())
    stamp = datetime(day.year, day.month, day.day, h, minute, second, tzinfo=_zone(g["tz"], zone))
    precision = "second" if g["s"] else ("minute" if (g["mi"] or g["mi2"]) else "hour")
    return Found(written, stamp.isoformat(), precision, match.start())


def _date_end(match: re.Match) -> int:
    """End of the date part alone (the weekday included), without trailing blanks."""
    return match.start() + len(match.group(0).rstrip())


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
    if len(digits) <= 2:
        return timezone(sign * timedelta(hours=int(digits)))
    return timezone(sign * timedelta(hours=int(digits[:-2]), minutes=int(digits[-2:])))
