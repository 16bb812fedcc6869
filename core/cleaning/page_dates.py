"""The year of a date a page writes without it, and the latest full date a page writes.

A date line may omit the year (02/11 07:00, 2月11日): the year then comes from the page's address
(…/20160211/…, …/2016/02/…), the latest full date the page shows, its copyright line, or a weekday written
with the date; when none of these tells it, the one year the header over the date line writes on which that weekday
falls (header_year). Which date of a line is the page's own is read in core.cleaning.date_labels, a relative
stamp (3時間前) in core.cleaning.relative_stamps, an undated article's reference day in
core.cleaning.reference_day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from core.cleaning.lexicon import COPYRIGHT, URL_LINE
from core.cleaning.month_years import address_year, archive_year, month_year
from core.dates.lines import Found, all_datetimes, weekday_number

_ADDRESS_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})/?(?P<m>[01]\d)/?(?P<d>[0-3]\d)(?!\d)")
# An article number that opens with its day (?k=2024120400123): counted only where the date line names that day.
_NUMBERED_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})/?(?P<m>[01]\d)/?(?P<d>[0-3]\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
HAS_DIGIT_DATE = re.compile(r"[0-9０-９][年月/／.．\-－]|[〇一二三四五六七八九十]月")


_BORN = re.compile(r"[^。]{0,20}?(?:生まれ|生）|生\))")


def latest_full_date(texts: list[str]) -> date | None:
    """The latest calendar date with its year written anywhere in texts."""
    latest = None
    for text in texts:
        if not HAS_DIGIT_DATE.search(text):
            continue
        for found in all_datetimes(text):
            if _BORN.match(text, found.start + len(found.text)):
                continue  # a birthday in a profile (１９９７年３月１８日、大分県生まれ) dates a life, not the page
            day = date.fromisoformat(found.iso[:10])
            if latest is None or day > latest:
                latest = day
    return latest


def with_year(found: Found, page_texts: list[str]) -> Found | None:
    """A date with its year: as written, else from the latest full date of the page.

    An address on the page that carries the same month and day (…/20160211/…)
    gives its year first: it is the article's own; else the year the page's other words place it in (page_placed),
    kept only where a weekday written with it falls on it there (_confirmed).
    (With none of these the year is a guess: page_year.guessed_year.)
    """
    if not found.yearless:
        return found
    if (own := _own_address_day(found, page_texts)) is not None:
        return own  # the page's address carries the same day (…/articles/20240501/…): its year
    return _confirmed(found, page_placed(found, page_texts))


def page_placed(found: Found, page_texts: list[str]) -> Found | None:
    """A month and day placed in the year the page's words suggest, whatever weekday is written with it: an address
    with the same month and no day (…/2016/02/…), on a page that writes no full date a year written with that month
    (2016年2月号), the latest full date of the page, else the day in its address or the latest year of its copyright
    line."""
    if not _address_days(page_texts) and (year := address_year(found, page_texts)) is not None:
        return found.in_year(year)  # …/articles/2024/05/…: the year beside the same month
    latest = latest_full_date(page_texts) or _address_day(page_texts)
    year = _copyright_year(page_texts)
    # with no full date, a heading's year beside the same month (2024年12月号, 2024.12) tells it, not a single
    # copyright year: the copyright's span bounds it
    written = month_year(found, page_texts) if latest is None and (not year or _copyright_span(page_texts)) else None
    if written is not None and (not year or written <= year):
        return found.in_year(written)
    if year and _copyright_span(page_texts):
        # a span of years (© 2008-2025) ends in the year the site was shown, an archive's old article as well as
        # today's: it bounds the year and does not tell it; the text's latest full date does, else nothing
        placed = _nearest(found, latest) if latest else None
        return found.in_year(year) if placed is not None and int(placed.iso[:4]) > year else placed
    if latest:
        placed = _nearest(found, latest)
        if year and year > latest.year and written_weekday(found) is not None:
            placed = found.in_year(year)  # a weekday tells the year: look from the page's latest year on
        elif year and placed is not None and int(placed.iso[:4]) > year:
            # a page is shown in its copyright line's year or later: a later full date the text writes is an
            # event it announces (…2015年7月21日に発売), and the article's day falls in that year at the latest
            placed = found.in_year(year) or placed
        elif year and year >= latest.year:
            # between the text's latest full day (the earliest the article can be) and the copyright's year
            after = [p for y in range(latest.year, year + 1)
                     if (p := found.in_year(y)) is not None and date.fromisoformat(p.iso[:10]) >= latest]
            placed = after[0] if after else placed
        return placed
    return found.in_year(year) if year else None


def header_year(found: Found, header: list[str], page_texts: list[str]) -> Found | None:
    """found (a month and day written with its weekday, 12月3日(火)) in the one year the lines over its date line
    write on which that day falls (ホーム > 2024 > 国際, 2024年の国際ニュース over the headline): the weekday
    confirms the year. None with no weekday, no such year or several; a year past the copyright line's last is no
    page's own. (Asked only when nothing else on the page tells the year: with_year.)"""
    weekday = written_weekday(found)
    if weekday is None:
        return None
    last = _copyright_year(page_texts)
    years = {int(y) for text in header if not COPYRIGHT.search(text)
             for y in _YEAR.findall(unicodedata.normalize("NFKC", text)) if last is None or int(y) <= last}
    fitting = [placed for year in sorted(years)
               if (placed := found.in_year(year)) is not None and date.fromisoformat(placed.iso[:10]).weekday() == weekday]
    return fitting[0] if len(fitting) == 1 else None


def header_day(found: Found, header: list[str]) -> Found | None:
    """found (a month and day) in the year of the same day that a line of its header writes in full (the browser's
    title atop the page: 「…（2012年6月7日）｜outlet」 over 6月7日 16:45): the page's own day, before a later full date
    its text writes (an offer's end, 2015年6月30日まで). None when the header writes that day in no year or in two."""
    month_day = found.iso[5:10]
    years = {placed.iso[:4] for text in header if HAS_DIGIT_DATE.search(text) and not COPYRIGHT.search(text)
             for placed in all_datetimes(text) if placed.iso[5:10] == month_day}
    return _confirmed(found, found.in_year(int(years.pop()))) if len(years) == 1 else None


def filed_year(found: Found, header: list[str], page_texts: list[str]) -> Found | None:
    """found (a month and day) in the year a breadcrumb or an archive's heading over its date line files the page
    under (ホーム > 2024 > 国際, 2024年の国際ニュース), when the header writes no other year (month_years.archive_year):
    the page's own year, before the text's latest full date (an event it tells) and a copyright's span. None with
    no such year, a year past the copyright line's last, or a weekday written that does not fall in it."""
    year = archive_year(header)
    last = _copyright_year(page_texts)
    if year is None or (last is not None and year > last):
        return None
    placed = found.in_year(year)
    weekday = written_weekday(found)
    if placed is None or (weekday is not None and date.fromisoformat(placed.iso[:10]).weekday() != weekday):
        return None
    return placed


def _nearest(found: Found, latest: date) -> Found | None:
    """found (a month and day) in the year that puts it nearest the page's latest full date: the text's last
    event written in full is most often a little before the article or, in a link or an update, a little after."""
    placed = [p for y in (latest.year - 1, latest.year, latest.year + 1) if (p := found.in_year(y)) is not None]
    return min(placed, key=lambda p: (abs((date.fromisoformat(p.iso[:10]) - latest).days), -int(p.iso[:4])),
               default=None)


_WEEKDAY = re.compile(r"[(（]([月火水木金土日]|(?i:mon|tue|wed|thu|fri|sat|sun))")


def written_weekday(found: Found) -> int | None:
    """The weekday a date's text writes (2/10(水), 1/30(Mon)), Monday 0; None when it writes none."""
    match = _WEEKDAY.search(found.text)
    if not match:
        return None
    return weekday_number(match.group(1))


def _confirmed(found: Found, placed: Found | None) -> Found | None:
    """A month and day placed in a year by the page's other words, kept when the weekday written with it (2/10(水))
    falls on it there or none is written; None when it falls elsewhere: the evidence and the weekday disagree.

    Moving it to the nearest year where the weekday falls is no reading: on real texts whose latest full date put
    the day in another year, the year one off is right three times in four, two or more off once in four
    (bench/yearless_evidence.py); the year is then left for page_year.guessed_year to guess, the page flagged.
    """
    weekday = written_weekday(found)
    if placed is None or weekday is None or date.fromisoformat(placed.iso[:10]).weekday() == weekday:
        return placed
    return None


def _address_day(texts: list[str]) -> date | None:
    """The latest day an address on the page carries (/20160211/, /2016/02/11/)."""
    return max(_address_days(texts), default=None)


def address_day(url: str | None) -> date | None:
    """The day a page's own address carries (/articles/20241205/, /2024/12/05/), if it is a day."""
    return _address_day([url]) if url else None


def _address_days(texts: list[str], pattern: re.Pattern = _ADDRESS_DAY) -> list[date]:
    days = []
    for text in texts:
        if "/" not in text or not URL_LINE.match(text):
            continue
        for match in pattern.finditer(text):
            try:
                days.append(date(int(match["y"]), int(match["m"]), int(match["d"])))
            except ValueError:
                continue
    return days


def _own_address_day(found: Found, texts: list[str]) -> Found | None:
    """The month-and-day date placed in the year of an address on the page that carries that very day, or of an
    article's or a photo's number that opens with it (N2010120301000621, 20101203-00000012-jij-pol)."""
    month_day = (int(found.iso[5:7]), int(found.iso[8:10]))
    years = {day.year for day in numbered_days(texts) if (day.month, day.day) == month_day}
    return found.in_year(max(years)) if years else None


def numbered_days(texts: list[str]) -> list[date]:
    """The days the page's addresses and its article's or photo's numbers open with (…/20101203/…,
    記事番号：2010120300123, 20101203-00000012-jij-pol): the article's own day, as the page files it."""
    return _address_days(texts, _NUMBERED_DAY) + _numbered_days(texts)


# An article's or a photo's number that opens with its day, written out of an address (記事番号：2010120300123,
# 20101203-00000012-jij-pol, TKY201012030123): the eight digits of the day, then more of the number.
_ID_DAY = re.compile(r"(?<![\d.,/\-])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\d{3,}|[-_][0-9A-Za-z]{3,})")


_EIGHT_DIGITS = re.compile(r"[0-9０-９]{8}")


def _numbered_days(texts: list[str]) -> list[date]:
    days = []
    for text in texts:
        if _EIGHT_DIGITS.search(text) and not URL_LINE.match(text):
            for match in _ID_DAY.finditer(unicodedata.normalize("NFKC", text)):
                try:
                    days.append(date(int(match["y"]), int(match["m"]), int(match["d"])))
                except ValueError:
                    continue
    return days


_YEAR_SPAN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-‐–—〜~～]\s*(?:19|20)\d{2}(?!\d)")
FAR_DAYS = 90  # days between a month-and-day date placed by the text's latest full date and that date, beyond which
# the year is a guess (an article three months or more from the last event it writes in full: an event it announces)


def _copyright_span(texts: list[str]) -> bool:
    """A copyright line writes a span of years (Copyright © 2008-2025)."""
    return any(COPYRIGHT.search(text) and _YEAR_SPAN.search(text) for text in texts)


def placed_far(found: Found, dated: str, page_texts: list[str]) -> bool:
    """A month-and-day date (found) placed (dated, ISO) by the text's latest full date alone, FAR_DAYS or more from it:
    no address on the page carries the day, no weekday is written and no single copyright year bounds it, so its
    year is a guess."""
    if not found.yearless or written_weekday(found) is not None or _own_address_day(found, page_texts) is not None:
        return False  # (a weekday written with it, 2/11(木), tells the year among the near ones)
    if _copyright_year(page_texts) and not _copyright_span(page_texts):
        return False
    latest = latest_full_date(page_texts)
    return latest is not None and abs((date.fromisoformat(dated[:10]) - latest).days) >= FAR_DAYS


def _copyright_year(texts: list[str]) -> int | None:
    years = [int(y) for text in texts if COPYRIGHT.search(text) for y in _YEAR.findall(text)]
    return max(years) if years else None
