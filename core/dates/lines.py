"""Publication dates and times as pages write them, to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from core.dates import JST
from core.dates.pattern import WEEKDAYS
# Labels of a publication date; 更新 (updated) is not one of them.
_LABEL = re.compile(r"公開|配信|掲載|投稿|発行|[Pp]ublished|[Pp]osted")
_ISSUE = re.compile(r"\s*(?:号|発売)")
_WIDE = str.maketrans("０１２３４５６７８９：／．－", "0123456789:/.-")
_WEEKDAY = (r"(?:\s*[(（](?:[月火水木金土日](?:曜日?)?|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)[)）]"
            r"|\s*[月火水木金土日]曜日?(?=$|[\s|｜/／,、]))?")  # (火), (Tue), or 火曜日 (木曜) standing alone
_TIME = (
    r"(?:\s*(?P<ampm>午前|午後)?\s*(?P<h>\d{1,2})\s*時\s*(?:(?P<mi>\d{1,2})\s*分)?"
    r"|[\sT]*(?P<ampm2>午前|午後)?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"  # 8:52 PM after a numeric date
)
_ZONE = r"(?P<tz>\s*(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-](?:(?:1[0-4]|0\d):?[0-5]\d|(?:1[0-4]|0?\d)(?::[0-5]\d)?)|JST|GMT|UTC|日本時間))?"
# A bare English weekday, and "posted at" before the time: 2024.12.05 Thu posted at 10:00 JST
_POSTED_AT = (r"(?:\s+(?i:(?:mon|tue|wed|thu|fri|sat|sun)(?:[a-z]{0,3}day)?)\.?(?![A-Za-z]))?"
              r"(?:\s+(?i:posted\s+at)(?=\s*\d))?")
_PATTERNS = [
    re.compile(
        # the era's year may stand beside it in brackets: 2024年（令和6年）5月1日
        r"(?P<y>(?:19|20)\d{2})\s*年(?:\s*[(（](?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年[)）])?"
        r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _WEEKDAY + _TIME + _ZONE
    ),
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})[/.\-](?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})(?!\d)"
        + _WEEKDAY + _POSTED_AT + _TIME + _ZONE
    ),
    # 平成28年2月11日: the era's year (元年 is its first), the Western year may stand beside it
    re.compile(
        r"(?P<era>令和|平成|昭和)\s*(?P<ey>\d{1,2}|元)\s*年(?:\s*[(（](?:19|20)\d{2}\s*年[)）])?"
        r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        + _WEEKDAY + _TIME + _ZONE
    ),
]
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?)"
_EN_TIME = (r"(?:,?\s*(?:at\s+)?(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?"
            r"(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?")
_ENGLISH = [
    # English dates on Japanese sites: February 11, 2016 / Feb. 11, 2016 8:57 AM / 11 February 2016
    re.compile(rf"(?<![A-Za-z]){_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"
               + _EN_TIME + _ZONE),
    re.compile(rf"(?<!\d\s)(?<!\d:\s)(?<!\d)(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?P<y>(?:19|20)\d{{2}})(?!\d)" + _EN_TIME + _ZONE),
]
# The time, then the day in European order with dots (10:00 05.12.2024): Japanese editions of European outlets.
_EUROPEAN = re.compile(
    r"(?<![\d.:])(?P<h2>\d{1,2}):(?P<mi2>\d{2})\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?P<s>)(?P<ap>)" + _ZONE
)
# The day first with dots and the year last (27.01.2010, 27.01.2010 10:00): European outlets' Japanese editions.
# Dots say the European order; only a second figure past 12 says the month came first (1.27.2010).
_DOTTED_DAY_FIRST = re.compile(
    r"(?<![\d.:/A-Za-z])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?:,?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?" + _ZONE
)
_DOTTED_HINT = re.compile(r"\d\.\d{1,2}\.(?:19|20)\d\d")
# The day with the year last, as English editions' CMSs print it (02/10/2016 03:40 PM): month first when the
# day cannot be a month or a 12-hour clock says the US order, day first when the month would pass 12; else
# unsure, and no date is better than a wrong one (10/02/2016 15:40).
_YEAR_LAST = re.compile(
    r"(?<![\d/.:])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])" + _WEEKDAY +
    r"(?:,?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?" + _ZONE
)
_YEAR_LAST_HINT = re.compile(r"\d/\d{1,2}/(?:19|20)\d\d")
# R6.12.5, H28/2/11: the era's initial and its year, as offices and local papers write the day
_ERA_INITIAL = re.compile(
    r"(?<![A-Za-z\d])(?P<era>[RH])(?P<ey>\d{1,2})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})(?![\d./])"
    + _WEEKDAY + _TIME + _ZONE
)
_ERA_INITIAL_HINT = re.compile(r"[RH]\d{1,2}[./]\d")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988}
# Dates in kanji numerals (二〇二六年十二月四日 午前十時五分, 令和八年十二月四日): the year digit by digit.
_K = "[〇一二三四五六七八九十]"
_KANJI_TIME = rf"(?:\s*(?P<ampm>午前|午後)?\s*(?P<h>{_K}{{1,3}})時(?:\s*(?P<mi>{_K}{{1,3}})分)?)?"
_KANJI = [
    re.compile(rf"(?P<y>[一二][〇一二三四五六七八九]{{3}})\s*年\s*(?P<m>{_K}{{1,2}})\s*月\s*(?P<d>{_K}{{1,3}})\s*日"
               + _WEEKDAY + _KANJI_TIME + r"(?P<h2>)(?P<mi2>)(?P<s>)(?P<ap>)" + _ZONE),
    re.compile(rf"(?P<era>令和|平成|昭和)\s*(?P<ey>{_K}{{1,3}}|元)\s*年\s*(?P<m>{_K}{{1,2}})\s*月\s*(?P<d>{_K}{{1,3}})\s*日"
               + _WEEKDAY + _KANJI_TIME + r"(?P<h2>)(?P<mi2>)(?P<s>)(?P<ap>)" + _ZONE),
]
_KANJI_MONTH = re.compile(rf"{_K}\s*月\s*{_K}")
_KANJI_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")}

# Month and day without a year (2月11日, 02/11 07:00, 2/7(火) 13:20): the year comes
# from the page's other dates. A bare 12/3 or 12.03 is as often a number (a fraction, a score, a version), so the
# slash and the dotted forms count only with a weekday or a time (12/3(火), 12.03 15:00), or labelled as the
# publication or the update right after it (12/3 配信, 12.3 更新) or right before it (配信：12/3, 更新日 12.03).
_DAY_LABEL = r"(?:配信|公開|更新|掲載|投稿)"
_DAY_LABEL_AFTER = r"(?=\s*" + _DAY_LABEL + ")"
_DAY_LABEL_BEFORE = r"(?P<lab>" + _DAY_LABEL + r"(?:日時|日|時刻)?\s*[:：]?\s*)"
_DOT_START = r"(?:^|(?<=[\s(（\[［【|｜]))"
_NO_UNIT = r"(?!\s*[%％倍億万円点人件個回位])"  # 12.5%, 1.5倍, 3.2億円: a figure, not a day
# A day with its year written in two digits first, as Japanese blogs and CMSs print it (10/12/03, 10.12.03 15:40,
# ’10.12.03, 10/12/03(金)): read only where a date line is read (yearless), as such figures elsewhere may be a build
# number (01.10.20); from TWO_DIGIT_PAST on a year of the 1900s (98/12/03). A weekday the day does not fall on: none.
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d./:A-Za-z])[’']?(?P<yy>\d{2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                             r"(?![\d./])(?P<wd>" + _WEEKDAY + ")" + _TIME + _ZONE)
TWO_DIGIT_PAST = 70  # two-digit years from this one on are of the 1900s
# The month and day alone on a line, dotted or slashed (12/03, 12.3, [12/03], （12.03）): bare_day.
_BARE_DAY = re.compile(r"^\s*[\[［(（【]?(?P<m>\d{1,2})[/.](?P<d>\d{1,2})[\]］)）】]?\s*$(?P<bare>)")
BARE_DAY_LINE = 9  # characters of a line that may be a bare day ([12/03], （12.03）)
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_YEARLESS = [
    _TWO_DIGIT_YEAR,
    re.compile(r"(?<![\d年/])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _WEEKDAY + _TIME + _ZONE),
    re.compile(r"(?<![\d/.:])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])(?P<wd>" + _WEEKDAY + ")" + _TIME + _ZONE),
    re.compile(r"(?<![\d/.:])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])" + _TIME + _ZONE + _DAY_LABEL_AFTER),
    re.compile(r"(?<![\d/.:A-Za-z])(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])" + _WEEKDAY[:-1] + _TIME + _ZONE),
    # a dotted day with a time or a label stands at the line's start or after a blank or a bracket (支持率12.3 更新,
    # 公開 3.2億円: a figure)
    re.compile(_DOT_START + r"(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])(?P<wd>)" + _TIME + _ZONE),
    re.compile(_DOT_START + r"(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])" + _NO_UNIT + _TIME + _ZONE + _DAY_LABEL_AFTER),
    re.compile(_DAY_LABEL_BEFORE + r"(?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.])" + _NO_UNIT + _WEEKDAY + _TIME + _ZONE),
]
_DATE_CHARS = re.compile(r"\d[年月/.\-]|\d [年月]")  # 2024 年 12 月 5 日 (a blank beside each figure) too
_MONTH_WORD = re.compile(r"[A-Za-z]{3}")
_WITH_YEARLESS = _PATTERNS + _YEARLESS
_WITH_ENGLISH = _PATTERNS + _ENGLISH
_WITH_ENGLISH_YEARLESS = _PATTERNS + _ENGLISH + _YEARLESS
_PLACEHOLDER_YEAR = 2000  # a leap year, so 2月29日 parses until the real year is known


@dataclass
class Found:
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
    """The first calendar date (with its time, if written) in text; yearless: month-day ones too."""
    narrow = text.translate(_WIDE)
    if not _DATE_CHARS.search(narrow) and not _english_year(narrow) and not (
            "月" in narrow and _KANJI_MONTH.search(narrow)):
        return None  # most lines hold no date at all: one cheap look decides
    best = None
    for pattern in _patterns(narrow, yearless):
        for match in pattern.finditer(narrow):
            found = _to_found(match, text, default_zone)
            if found and (best is None or found.start < best.start):
                best = found
            if found:
                break
    return best


def all_datetimes(text: str, default_zone: timezone = JST, yearless: bool = False) -> list[Found]:
    """Every calendar date written in text, in order, none overlapping another."""
    narrow = text.translate(_WIDE)
    found: list[Found] = []
    for pattern in _patterns(narrow, yearless):
        for match in pattern.finditer(narrow):
            item = _to_found(match, text, default_zone)
            if item and not any(f.start <= item.start < f.start + len(f.text) for f in found):
                found.append(item)
    return sorted(found, key=lambda f: f.start)


def _english_year(narrow: str) -> bool:
    return (" 20" in narrow or " 19" in narrow) and bool(_MONTH_WORD.search(narrow))


def _patterns(narrow: str, yearless: bool) -> list[re.Pattern]:
    """The date patterns worth trying on a line: English ones only where a year follows a blank,
    kanji ones only where a kanji numeral stands before 月."""
    if _english_year(narrow):
        found = _WITH_ENGLISH_YEARLESS if yearless else _WITH_ENGLISH
    else:
        found = _WITH_YEARLESS if yearless else _PATTERNS
    if ":" in narrow and "." in narrow and _EUROPEAN.search(narrow):
        found = found + [_EUROPEAN]
    if "/" in narrow and _YEAR_LAST_HINT.search(narrow):
        found = found + [_YEAR_LAST]
    if "." in narrow and _DOTTED_HINT.search(narrow):
        found = found + [_DOTTED_DAY_FIRST]
    if ("R" in narrow or "H" in narrow) and _ERA_INITIAL_HINT.search(narrow):
        found = found + [_ERA_INITIAL]
    return found + _KANJI if "月" in narrow and _KANJI_MONTH.search(narrow) else found


def bare_day(text: str) -> Found | None:
    """The month and day a line writes alone, dotted or slashed, with no time, label or weekday (12/03, 12.3,
    [12/03]): no day by itself (a pager 1/2, a topic 3.11 stand so too), a date line's only by a headline."""
    if len(text.strip()) > BARE_DAY_LINE:
        return None
    match = _BARE_DAY.match(text.translate(_WIDE))
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
        if _ISSUE.match(after):
            continue
        candidates.append((not (_LABEL.search(after) or _LABEL.search(before)), found.start, found))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _to_found(match: re.Match, original: str, zone: timezone, order: tuple[str, str] | None = None) -> Found | None:
    g = match.groupdict()
    yearless = "y" not in g and "era" not in g and "yy" not in g
    if "bare" in g:
        g.update(h2=None, mi2=None, s=None, ap=None, tz=None)
    if g.get("yy"):
        g["y"] = str((1900 if int(g["yy"]) >= TWO_DIGIT_PAST else 2000) + int(g["yy"]))
    if match.re in _KANJI:
        try:
            g.update({key: str(kanji_value(g[key])) for key in ("y", "ey", "m", "d", "h", "mi")
                      if g.get(key) and g[key] != "元"})
        except (KeyError, ValueError):
            return None  # 十十 and the like: no number
        g["h2"] = g["mi2"] = g["s"] = g["ap"] = None
    if "era" in g:
        g["y"] = str(_ERA_START[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"])))
    if match.re is _YEAR_LAST and (order := order or _year_last_order(g)) is None:
        return None
    elif match.re is _YEAR_LAST:
        g["m"], g["d"] = order
    elif match.re is _DOTTED_DAY_FIRST and int(g["m"]) > 12 >= int(g["d"]):
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
    narrow = text.translate(_WIDE)
    if "/" not in narrow or not _YEAR_LAST_HINT.search(narrow):
        return None
    return next((m.start() for m in _YEAR_LAST.finditer(narrow) if _year_last_order(m.groupdict()) is None), None)


def year_last_orders(texts: list[str]) -> set[bool]:
    """The orders the dates written with the year last in texts show where a figure past 12 tells it (month first:
    True, 11/28/2024; the day first: False, 28/11/2024): a site prints all its days one way."""
    orders = set()
    for text in texts:
        narrow = text.translate(_WIDE)
        if "/" not in narrow or not _YEAR_LAST_HINT.search(narrow):
            continue
        for match in _YEAR_LAST.finditer(narrow):
            if (order := _year_last_order(match.groupdict())) is not None:
                orders.add(order == (match["a"], match["b"]))
    return orders


def in_order(text: str, month_first: bool, default_zone: timezone = JST) -> Found | None:
    """The first date of text written with its year last in an order that cannot be told (10/02/2016), read with the
    month first or the day first."""
    narrow = text.translate(_WIDE)
    for match in _YEAR_LAST.finditer(narrow):
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
