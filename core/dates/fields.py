"""Dates as pages and datasets write them, normalised to ISO 8601 with a precision."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from core.dates import JST, offset_text
from core.dates.lines import find_datetime

_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_NUMERIC = re.compile(
    r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|JST|[+-]\d{2}:?\d{2}|[+-]\d{2})?$",
    re.IGNORECASE,
)
_JAPANESE = re.compile(
    r"(?:(?P<era>令和|平成|昭和|大正|明治)(?P<ey>\d{1,2}|元)|(?P<y>\d{4}))年"
    r"\s*(?P<m>\d{1,2})月(?:\s*(?P<d>\d{1,2})日)?"
    r"\s*(?:[(（][^)）]{1,3}[)）])?\s*"
    r"(?:(?P<ampm>午前|午後)\s*)?"
    r"(?:(?P<H>\d{1,2})(?:時|:)\s*(?:(?P<M>\d{1,2})分?)?(?:\s*(?P<S>\d{1,2})秒)?)?"
)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T?(?P<H>[0-2]\d)(?P<M>[0-5]\d)(?P<S>[0-5]\d)?)?"
                      r"(?P<tz>Z|[+-]\d{2}:?\d{2})?")
_DATE_ONLY_MIDNIGHT = ("00:00", "00:00:00")


def parse_date(value: object, default_offset: timezone | None = JST) -> tuple[str, str] | None:
    """ISO 8601 text and precision ("year".."second") for a date value, or None.

    A date-time with no offset gets default_offset (Japan time for Japanese
    sources); pass None to keep it as local time without an offset.
    """
    if value is None or isinstance(value, bool):
        return None
    default_offset = None if default_offset is None else offset_text(default_offset)
    if isinstance(value, (int, float)):
        return _from_epoch(float(value), default_offset)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?(\.\d+)?", text):
        return _from_epoch(float(text), default_offset)
    if re.fullmatch(r"\d{4}", text):
        return text, "year"
    if compact := _COMPACT.fullmatch(text):  # 20261204, 202612041000 (meta tags of some sites)
        return _build(compact.groupdict(), default_offset)
    match = _NUMERIC.match(text)
    if match:
        return _build(match.groupdict(), default_offset)
    match = _JAPANESE.search(text)
    if match:
        parts = match.groupdict()
        if parts["era"]:
            number = 1 if parts["ey"] == "元" else int(parts["ey"])
            parts["y"] = str(_ERAS[parts["era"]] + number)
        if parts["ampm"] == "午後" and parts["H"] and int(parts["H"]) < 12:
            parts["H"] = str(int(parts["H"]) + 12)
        if parts["H"] and not parts["M"]:
            parts["M"] = "0"
        return _build(parts, default_offset)
    return _from_email(text, default_offset) or _as_written(text)


def _as_written(text: str) -> tuple[str, str] | None:
    """A date as a page's text writes it (Dec 4, 2026; 二〇二六年十二月四日), else None."""
    found = find_datetime(text)
    return (found.iso, found.precision) if found else None


def _build(parts: dict, default_offset: str | None) -> tuple[str, str] | None:
    try:
        day = date(int(parts["y"]), int(parts["m"]), int(parts["d"] or 1))
    except (TypeError, ValueError):
        return None
    if not parts.get("d"):
        return f"{day:%Y-%m}", "month"
    hour = parts.get("H")
    if hour is None:
        return day.isoformat(), "day"
    second = int(parts.get("S") or 0)
    try:
        moment = datetime(day.year, day.month, day.day, int(hour), int(parts["M"]), second)
    except ValueError:
        return None
    offset = _offset(parts.get("tz"), default_offset)
    clock = f"{moment:%H:%M}" if parts.get("S") is None else f"{moment:%H:%M:%S}"
    # Spreadsheets and pandas write date-only columns as midnight timestamps;
    # a naive midnight says nothing about the hour, so keep only the day.
    if parts.get("tz") is None and clock in _DATE_ONLY_MIDNIGHT:
        return day.isoformat(), "day"
    precision = "second" if second else "minute"
    return moment.isoformat() + (offset or ""), precision


def _offset(written: str | None, default_offset: str | None) -> str | None:
    if not written:
        return default_offset
    upper = written.upper()
    if upper in ("Z", "UTC", "GMT"):
        return "+00:00"
    if upper == "JST":
        return offset_text(JST)
    digits = written.replace(":", "")
    if len(digits) == 3:
        digits += "00"
    return f"{digits[:3]}:{digits[3:5]}"


def _from_epoch(seconds: float, default_offset: str | None) -> tuple[str, str] | None:
    if seconds > 1e11:  # milliseconds, as JavaScript and many scrapers write them
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return _aware(moment, default_offset)


def _from_email(text: str, default_offset: str | None) -> tuple[str, str] | None:
    """RFC 2822 dates, as RSS feeds write them ("Fri, 11 Jul 2025 10:00:00 +0900")."""
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_tz(default_offset)) if default_offset else moment
        precision = "second" if moment.second else "minute"
        return moment.replace(microsecond=0).isoformat(), precision
    return moment.replace(microsecond=0).isoformat(), "second" if moment.second else "minute"


def _aware(moment: datetime, default_offset: str | None) -> tuple[str, str]:
    moment = moment.astimezone(_tz(default_offset or "+00:00")).replace(microsecond=0)
    return moment.isoformat(), "second" if moment.second else "minute"


def _tz(offset: str) -> timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
