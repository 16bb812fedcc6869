"""The patterns of the dates pages write (2024年12月5日, 2024/12/05 10:00 JST, Feb. 11, 2016, 令和6年, 12/3(火)), and
which of them are worth trying on a line; core.dates.lines reads what they match into ISO 8601."""

from __future__ import annotations

import re

# Labels of a publication date; 更新 (updated) is not one of them.
LABEL = re.compile(r"公開|配信|掲載|投稿|発行|[Pp]ublished|[Pp]osted")
ISSUE = re.compile(r"\s*(?:号|発売)")
WIDE = str.maketrans("０１２３４５６７８９：／．－", "0123456789:/.-")
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
DOTTED_DAY_FIRST = re.compile(
    r"(?<![\d.:/A-Za-z])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?:,?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?" + _ZONE
)
_DOTTED_HINT = re.compile(r"\d\.\d{1,2}\.(?:19|20)\d\d")
# The day with the year last, as English editions' CMSs print it (02/10/2016 03:40 PM): month first when the
# day cannot be a month or a 12-hour clock says the US order, day first when the month would pass 12; else
# unsure, and no date is better than a wrong one (10/02/2016 15:40).
YEAR_LAST = re.compile(
    r"(?<![\d/.:])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])" + _WEEKDAY +
    r"(?:,?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?" + _ZONE
)
YEAR_LAST_HINT = re.compile(r"\d/\d{1,2}/(?:19|20)\d\d")
# R6.12.5, H28/2/11: the era's initial and its year, as offices and local papers write the day
_ERA_INITIAL = re.compile(
    r"(?<![A-Za-z\d])(?P<era>[RH])(?P<ey>\d{1,2})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})(?![\d./])"
    + _WEEKDAY + _TIME + _ZONE
)
_ERA_INITIAL_HINT = re.compile(r"[RH]\d{1,2}[./]\d")
# Dates in kanji numerals (二〇二六年十二月四日 午前十時五分, 令和八年十二月四日): the year digit by digit.
_K = "[〇一二三四五六七八九十]"
_KANJI_TIME = rf"(?:\s*(?P<ampm>午前|午後)?\s*(?P<h>{_K}{{1,3}})時(?:\s*(?P<mi>{_K}{{1,3}})分)?)?"
KANJI = [
    re.compile(rf"(?P<y>[一二][〇一二三四五六七八九]{{3}})\s*年\s*(?P<m>{_K}{{1,2}})\s*月\s*(?P<d>{_K}{{1,3}})\s*日"
               + _WEEKDAY + _KANJI_TIME + r"(?P<h2>)(?P<mi2>)(?P<s>)(?P<ap>)" + _ZONE),
    re.compile(rf"(?P<era>令和|平成|昭和)\s*(?P<ey>{_K}{{1,3}}|元)\s*年\s*(?P<m>{_K}{{1,2}})\s*月\s*(?P<d>{_K}{{1,3}})\s*日"
               + _WEEKDAY + _KANJI_TIME + r"(?P<h2>)(?P<mi2>)(?P<s>)(?P<ap>)" + _ZONE),
]
_KANJI_MONTH = re.compile(rf"{_K}\s*月\s*{_K}")

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
BARE_DAY = re.compile(r"^\s*[\[［(（【]?(?P<m>\d{1,2})[/.](?P<d>\d{1,2})[\]］)）】]?\s*$(?P<bare>)")
BARE_DAY_LINE = 9  # characters of a line that may be a bare day ([12/03], （12.03）)
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


def _english_year(narrow: str) -> bool:
    """Whether a line may write an English date: a year after a blank and a word of three letters."""
    return (" 20" in narrow or " 19" in narrow) and bool(_MONTH_WORD.search(narrow))


def patterns_for(narrow: str, yearless: bool) -> list[re.Pattern]:
    """The date patterns worth trying on a line: English ones only where a year follows a blank,
    kanji ones only where a kanji numeral stands before 月."""
    if _english_year(narrow):
        found = _WITH_ENGLISH_YEARLESS if yearless else _WITH_ENGLISH
    else:
        found = _WITH_YEARLESS if yearless else _PATTERNS
    if ":" in narrow and "." in narrow and _EUROPEAN.search(narrow):
        found = found + [_EUROPEAN]
    if "/" in narrow and YEAR_LAST_HINT.search(narrow):
        found = found + [YEAR_LAST]
    if "." in narrow and _DOTTED_HINT.search(narrow):
        found = found + [DOTTED_DAY_FIRST]
    if ("R" in narrow or "H" in narrow) and _ERA_INITIAL_HINT.search(narrow):
        found = found + [_ERA_INITIAL]
    return found + KANJI if "月" in narrow and _KANJI_MONTH.search(narrow) else found


def may_hold_date(narrow: str) -> bool:
    """Whether a line (its figures narrowed) may write a date at all: most lines hold none; one cheap look decides."""
    return bool(_DATE_CHARS.search(narrow)) or _english_year(narrow) or (
        "月" in narrow and bool(_KANJI_MONTH.search(narrow)))
