"""The year of a page's month-and-day date line when nothing on the page writes that date in full.

A portal's 「1/30(月) 9:23配信」 gives the day, not the year. When no full date on the page, no address with that
day or that month (/2019/05/) and no copyright year tell it (page_dates.with_year), or they place it in a year the
weekday written with it does not fall in, the page still says roughly when it was written: the day its file was
saved (the last such day on or before it), else, for a page pasted with no file, the year nearest the page's placing
where the weekday falls (two years either side at most), else the years its lines write (２０１１年までに…,
（２０１７年ロイター）, 翌１３年３月) when the date line writes its weekday: an article is written in the last year it
writes, the year before it (the last is often a plan's) or the year after, and the weekday written falls on the date
in one of these at most. Such a year is a guess: the day is kept as the article's inferred reference day, not as its
publication date, and the page is flagged.
"""

from __future__ import annotations

import re
from datetime import date

from core.cleaning.month_years import address_year
from core.cleaning.page_dates import page_placed, written_weekday
from core.dates.lines import Found
from core.dates.pattern import ERAS
from core.text import NARROW_DIGITS

# A year written as such: 2016年, ２０１１年までに, 2017年度 (not a count, a price, a model number or 東京2020).
_YEAR_WRITTEN = re.compile(r"(?<![0-9０-９.．,，])([12１２][0-9０-９]{3})\s*年(?![0-9０-９]*[万億円])")
# 翌１３年３月, 16年4月: a year shortened to two digits, as news writes it after a full one, told apart from a
# length of time (13年ぶり, 5年前) by the month that follows it
_SHORT_YEAR = re.compile(r"(?<![0-9０-９.．,，])(?<!令和)(?<!平成)(?<!昭和)([0-9０-９]{2})\s*年\s*"
                         r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\s*月")
# 令和6年, 平成23年度, 平成元年: a year written in the era's count (never a shortened Western year: 平成23年5月 is 2011)
_ERA_YEAR = re.compile(r"(令和|平成|昭和)\s*([0-9０-９]{1,2}|元)\s*年")
_BORN = re.compile(r"[^。]{0,24}?(?:生まれ|生）|生\)|没)")
SHORT_AHEAD = 5  # years past the last full year written where a shortened one (翌１３年３月) may stand
SPAN = 11  # years before the day the file's name carries where a written weekday may still place the date
GUESS_REACH = 1  # years either side of the last one written where a written weekday places the date
WEEKDAY_REACH = 2  # years either side of the page's placing where a written weekday places the date (one at most)


def last_year_written(texts: list[str]) -> int | None:
    """The latest year the page's lines write (2016年, ２０１１年までに, 令和6年度, and after a full year 翌１３年３月),
    birth years left out."""
    full: list[int] = []
    short: list[int] = []
    for text in texts:
        if "年" not in text:
            continue
        for match in _YEAR_WRITTEN.finditer(text):
            if not _BORN.match(text, match.end()):  # １９７５年７月２９日、大阪府生まれ: a life's year, not the page's
                full.append(int(match.group(1).translate(NARROW_DIGITS)))
        for match in _ERA_YEAR.finditer(text):
            if not _BORN.match(text, match.end()):
                count = match.group(2)
                full.append(ERAS[match.group(1)] + (1 if count == "元" else int(count.translate(NARROW_DIGITS))))
        short.extend(int(match.group(1).translate(NARROW_DIGITS)) for match in _SHORT_YEAR.finditer(text))
    full = [year for year in full if 1900 <= year <= 2099]
    if not full:
        return None
    latest = max(full)
    century = latest - latest % 100
    # a shortened year is one of the century of the full ones, no more than SHORT_AHEAD years past them
    shortened = [century + year for year in short if century + year <= latest + SHORT_AHEAD]
    return max([latest, *shortened])


def _fits(placed: Found | None, weekday: int | None, saved: date | None) -> bool:
    if placed is None:
        return False
    day = date.fromisoformat(placed.iso[:10])
    return (weekday is None or day.weekday() == weekday) and (saved is None or day <= saved)


def guessed_year(found: Found, texts: list[str], saved: date | None = None) -> Found | None:
    """found (a month-and-day date) placed in the year the page's address gives beside its month, else as the last
    such day on or before saved (the day its file's name carries: pages are saved as they are read), else in the year the page's
    written years and the date's weekday suggest; None when nothing on the page nor the file tells."""
    if not found.yearless:
        return found
    weekday = written_weekday(found)
    if (year := address_year(found, texts)) is not None and _fits(placed := found.in_year(year), weekday, saved):
        return placed
    if saved is not None:
        for back in range(saved.year, saved.year - SPAN - 1, -1):
            if _fits(placed := found.in_year(back), weekday, saved):
                return placed
        return None
    # the year the page's words place the day in (page_dates.page_placed), where the weekday written does not fall:
    # the year near it where it does (a page shown a year or two after the article: its capture day, its copyright)
    if weekday is not None and (placed := page_placed(found, texts)) is not None:
        year = int(placed.iso[:4])
        for candidate in range(year - WEEKDAY_REACH, year + WEEKDAY_REACH + 1):
            if _fits(placed := found.in_year(candidate), weekday, None):
                return placed
    # the years written tell the year only with the weekday's help: a page's last year written is its own on
    # about half of news pages, the next (a plan: 来年度, 2017年3月末で打ち切られる) or the one before; the weekday
    # falls on the day in one of these three years at most (nine in ten right on real texts; looking further, to
    # the first fitting year up to SPAN on, four in five: bench/yearless_evidence.py)
    if weekday is not None and (year := last_year_written(texts)) is not None:
        for candidate in range(year - 1, year + GUESS_REACH + 1):
            if _fits(placed := found.in_year(candidate), weekday, None):
                return placed
    return None
