"""Which date on a page dump is the article's, and a reference day when none is shown.

A page shows many dates: the day it was saved (in the header), the dates of
related links, the article's own. The article's date line stands by the
headline, just above the body (or just below it on some sites), and may omit
the year (02/11 07:00, 2月11日): the year then comes from the latest full
date the page shows. An article with no date line still says when it was
written: its dateline's day or the latest full date in its text give a
reference day, kept apart from the publication date and marked as inferred.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable

from core.cleaning.lexicon import COPYRIGHT, URL_LINE
from core.cleaning.month_years import address_year, month_year
from core.dates.lines import Found, all_datetimes
from core.text import NARROW_DIGITS

_DAY_OF_MONTH = re.compile(r"(?<![\d０-９月])([0-9０-９]{1,2})日")
_ADDRESS_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})/?(?P<m>[01]\d)/?(?P<d>[0-3]\d)(?!\d)")
# An article number that opens with its day (?k=2024120400123): counted only where the date line names that day.
_NUMBERED_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})/?(?P<m>[01]\d)/?(?P<d>[0-3]\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_HAS_DIGIT_DATE = re.compile(r"[0-9０-９][年月/／.．\-－]|[〇一二三四五六七八九十]月")


_PUBLISHED = re.compile(r"公開|配信|掲載|投稿|発行|作成|[Pp]ublished|[Pp]osted")
_UPDATED = re.compile(r"更新|修正|[Uu]pdated|[Mm]odified")
# What a page dates besides itself: an event, a broadcast, a sale, a deadline.
# (A photo's 撮影 day and the 現在/時点 a page or a figure is given as of are no publication either.)
_EVENT = re.compile(r"開催|会期|期間|発売|放送|放映|上映|公演|開演|開場|締め?切|〆切|受付|応募|投票日|試合日|予定日|撮影"
                    r"|(?<!配信|公開|掲載|更新|投稿|発行|作成)日時|[Dd]eadline")
_EVENT_AFTER = re.compile(r"^\s*(?:開催|開場|開演|発売|締め?切|〆切|から開催|より開催|撮影|現在|時点)")
_SPAN = re.compile(r"^\s*[～〜~]")  # 13:00～17:00, 3.1～4.2: the time or days an event runs
_SPAN_END = re.compile(r"[～〜~]\s*$")
# A label that opens the next date (更新日：…) is not the one before it.
_OPENS_NEXT = re.compile(r"^\s*(?:日時|日)?\s*[:：]")
_ISSUE = re.compile(r"^\s*(?:号|発売)")
BEFORE = 8  # characters before a date where its label stands
AFTER = 4  # characters after it


def page_date(text: str) -> Found | None:
    """The date a date line gives as the page's own, a month-and-day one included.

    Of several dates on the line, one labelled as the publication (公開, 配信…)
    comes first, then an unlabelled one, then one labelled as an update
    (更新日：…, （最終更新 …）, …更新): pages write both in either order; last one
    labelled as an event's (開催日：…, 放送日時：…, 13:00～17:00).
    """
    ranked = _labelled(text)
    return min(ranked, key=lambda item: item[:2])[2] if ranked else None


def date_label(text: str) -> str | None:
    """How a date line labels the date it gives as the page's: "published", "updated", "event" or None."""
    ranked = _labelled(text)
    rank = min(ranked, key=lambda item: item[:2])[0] if ranked else 1
    return ("published", None, "updated", "event")[rank]


@lru_cache(maxsize=256)  # the date-line choice asks for the same lines' labels several times
def _labelled(text: str) -> tuple[tuple[int, int, Found], ...]:
    """Each date of a line with its label's rank (0 published, 1 none, 2 updated) and its place."""
    found = all_datetimes(text, yearless=True)
    ranked = []
    for position, date_ in enumerate(found):
        end = date_.start + len(date_.text)
        if _ISSUE.match(text[end:]):
            continue  # a magazine's issue (…号), not the page's date
        previous_end = found[position - 1].start + len(found[position - 1].text) if position else 0
        before = text[max(date_.start - BEFORE, previous_end) : date_.start]
        after = text[end : found[position + 1].start if position + 1 < len(found) else len(text)][:AFTER + 3]
        after_label = "" if _OPENS_NEXT.match(after[_label_end(after):]) else after[:AFTER]
        # the label nearest the date is its own (号掲載） 更新日：…: 掲載 is the issue's)
        label = _last_label(before) or _first_label(after_label)
        if (_SPAN.match(text[end:]) or _SPAN_END.search(before)
                or (label is None and (_EVENT.search(before) or _EVENT_AFTER.match(text[end:])))):
            label = "event"
        ranked.append((_RANKS[label], date_.start, date_))
    return tuple(ranked)


_RANKS = {"published": 0, None: 1, "updated": 2, "event": 3}


def _last_label(before: str) -> str | None:
    found = [(m.end(), kind) for kind, pattern in (("published", _PUBLISHED), ("updated", _UPDATED))
             for m in pattern.finditer(before)]
    return max(found)[1] if found else None


def _first_label(after: str) -> str | None:
    found = [(m.start(), kind) for kind, pattern in (("published", _PUBLISHED), ("updated", _UPDATED))
             for m in pattern.finditer(after)]
    return min(found)[1] if found else None


def _label_end(after: str) -> int:
    """Where a label right after a date ends (配信, 更新), to see whether a colon follows it."""
    match = _PUBLISHED.search(after[:AFTER]) or _UPDATED.search(after[:AFTER])
    return match.end() if match else 0


_BORN = re.compile(r"[^。]{0,20}?(?:生まれ|生）|生\))")


def latest_full_date(texts: list[str]) -> date | None:
    """The latest calendar date with its year written anywhere in texts."""
    latest = None
    for text in texts:
        if not _HAS_DIGIT_DATE.search(text):
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
    gives its year first: it is the article's own; else one with the same month and no day (…/2016/02/…),
    and on a page that writes no full date, a year written with that month (2016年2月号). A page that writes no full date
    still dates itself: by the day in its address, else by the latest year of its copyright line.
    (With none of these the year is a guess: page_year.guessed_year.)
    """
    if not found.yearless:
        return found
    if (own := _own_address_day(found, page_texts)) is not None:
        return own  # the page's address carries the same day (…/articles/20240501/…): its year
    if not _address_days(page_texts) and (year := address_year(found, page_texts)) is not None:
        return _by_weekday(found, found.in_year(year))  # …/articles/2024/05/…: the year beside the same month
    latest = latest_full_date(page_texts) or _address_day(page_texts)
    year = _copyright_year(page_texts)
    # with no full date, a heading's year beside the same month (2024年12月号, 2024.12) tells it, not a single
    # copyright year: the copyright's span bounds it
    written = month_year(found, page_texts) if latest is None and (not year or _copyright_span(page_texts)) else None
    if written is not None and (not year or written <= year):
        return _by_weekday(found, found.in_year(written))
    if year and _copyright_span(page_texts):
        # a span of years (© 2008-2025) ends in the year the site was shown, an archive's old article as well as
        # today's: it bounds the year and does not tell it; the text's latest full date does, else nothing
        placed = _nearest(found, latest) if latest else None
        if placed is not None and int(placed.iso[:4]) > year:
            placed = found.in_year(year)
        return _by_weekday(found, placed) if placed is not None else None
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
        return _by_weekday(found, placed)
    return _by_weekday(found, found.in_year(year)) if year else None


def _nearest(found: Found, latest: date) -> Found | None:
    """found (a month and day) in the year that puts it nearest the page's latest full date: the text's last
    event written in full is most often a little before the article or, in a link or an update, a little after."""
    placed = [p for y in (latest.year - 1, latest.year, latest.year + 1) if (p := found.in_year(y)) is not None]
    return min(placed, key=lambda p: (abs((date.fromisoformat(p.iso[:10]) - latest).days), -int(p.iso[:4])),
               default=None)


_WEEKDAY = re.compile(r"[(（]([月火水木金土日]|(?i:mon|tue|wed|thu|fri|sat|sun))")
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_YEARS = 11  # years either side where a written weekday finds the date's year


def written_weekday(found: Found) -> int | None:
    """The weekday a date's text writes (2/10(水), 1/30(Mon)), Monday 0; None when it writes none."""
    match = _WEEKDAY.search(found.text)
    if not match:
        return None
    written = match.group(1)
    return "月火水木金土日".index(written) if len(written) == 1 else _EN_WEEKDAYS.index(written.lower())


def _by_weekday(found: Found, placed: Found | None) -> Found | None:
    """A date whose written weekday (2/10(水)) does not fall in the year placed moves to the nearest year where it does.

    The page's other dates (a capture day, old related links) guess the year; the weekday tells it.
    """
    weekday = written_weekday(found)
    if placed is None or weekday is None:
        return placed
    year = int(placed.iso[:4])
    for delta in sorted(range(-WEEKDAY_YEARS, WEEKDAY_YEARS + 1), key=lambda d: (abs(d), -d)):
        candidate = found.in_year(year + delta)
        if candidate is not None and date.fromisoformat(candidate.iso[:10]).weekday() == weekday:
            return candidate
    return placed


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
    """The month-and-day date placed in the year of an address on the page that carries that very day."""
    month_day = (int(found.iso[5:7]), int(found.iso[8:10]))
    years = {day.year for day in _address_days(texts, _NUMBERED_DAY) if (day.month, day.day) == month_day}
    return found.in_year(max(years)) if years else None


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


def inferred_reference(paragraphs: list[str], dateline: str | None,
                       fallback: Callable[[], date | None] | None = None,
                       page: list[str] | None = None) -> tuple[str, str] | None:
    """A reference day (ISO, precision "day") from what an undated article says, else from fallback.

    The latest full date written in the text is the earliest the article can be;
    a day of the month in the dateline (【ジャカルタ14日】) or in the opening words
    (…は11日、) moves it to that day on or after it. Without a full date, that day
    of the month is placed on or before fallback (the file's time); else fallback's day.
    A body without a full date takes the latest one of the whole page (page: every line,
    captions and side lines the cleaner dropped included) before it falls back.
    """
    latest = latest_full_date(paragraphs) or (latest_full_date(page) if page else None)
    day_written = _first_day_of_month(dateline or "") or _first_day_of_month(
        paragraphs[0][:60] if paragraphs else "")
    if latest is not None:
        step, origin = 1, latest
    elif fallback is not None and (origin := fallback()) is not None:
        step = -1
    else:
        return None
    if day_written:
        for offset in range(0, 32):
            candidate = date.fromordinal(origin.toordinal() + step * offset)
            if candidate.day == day_written:
                return candidate.isoformat(), "day"
    return origin.isoformat(), "day"


def _first_day_of_month(text: str) -> int | None:
    match = _DAY_OF_MONTH.search(text)
    if not match:
        return None
    day = int(match.group(1).translate(NARROW_DIGITS))
    return day if 1 <= day <= 31 else None




# 「3時間前」「15分前」「2日前 配信」: how long before the page was saved it was published.
_RELATIVE = re.compile(r"^(?:[（(]?\s*(?:公開|配信|更新|投稿)(?:日時)?\s*[:：]?\s*)?([0-9０-９]{1,3})\s*(分|時間|日)前"
                       r"\s*(?:に)?\s*(?:公開|配信|更新|投稿)?\s*[)）]?$")
# 「昨日 10:00」「一昨日 配信」: a day word with a time or a label (a tab 「昨日」 alone is a ranking's).
_DAY_WORD = re.compile(r"^(?:[（(]?\s*(?:公開|配信|更新|投稿)(?:日時)?\s*[:：]?\s*)?(一昨日|おととい|昨日|きのう|今日|本日)"
                       r"(?P<at>\s*[0-9０-９]{1,2}\s*(?::|：|時)\s*[0-9０-９]{1,2}\s*分?)?"
                       r"\s*(?P<label>公開|配信|更新|投稿)?\s*[)）]?$")
_UNITS = {"分": timedelta(minutes=1), "時間": timedelta(hours=1), "日": timedelta(days=1)}
_DAYS_BACK = {"一昨日": 2, "おととい": 2, "昨日": 1, "きのう": 1, "今日": 0, "本日": 0}
RELATIVE_REACH = 80  # lines from the top of the page where its own 「…時間前」 line stands
STAMP_LENGTH = 24  # characters of a relative stamp line at most


def stamp_age(text: str) -> timedelta | None:
    """How long before the page was viewed a relative stamp line (3時間前, 昨日 10:00 配信) says it was published."""
    if len(text) > STAMP_LENGTH or ("前" not in text and "日" not in text):
        return None
    text = text.strip()
    if match := _RELATIVE.match(text):
        return int(match.group(1).translate(NARROW_DIGITS)) * _UNITS[match.group(2)]
    if (match := _DAY_WORD.match(text)) and (match["at"] or match["label"]):
        return timedelta(days=_DAYS_BACK[match.group(1)])
    return None


def _stamp(page: list[str]) -> tuple[int, timedelta] | None:
    for index, text in enumerate(page[:RELATIVE_REACH]):
        if "前" not in text and "日" not in text:  # most lines: one look, before any copy of the line
            continue
        age = stamp_age(text.strip())
        if age is not None:
            return index, age
    return None


def relative_age(page: list[str]) -> timedelta | None:
    """How long before it was saved the page says it was published (a 「3時間前」 line near its top)."""
    found = _stamp(page)
    return found[1] if found else None


VIEWED_LINE = 40  # characters of the header line that shows the day (and time) a page was viewed


def stamped_day(page: list[str], saved: Callable[[], datetime | None]) -> str | None:
    """The day a page with a relative stamp (3時間前, 昨日 10:00) was published, counted back from when it
    was viewed: the latest full date on a short line above the stamp (the site's 「today」, 「…現在」),
    else saved() (the file's time)."""
    found = _stamp(page)
    if found is None:
        return None
    index, age = found
    viewed = None
    for text in page[:index]:
        text = text.strip()
        if not text or len(text) > VIEWED_LINE or not _HAS_DIGIT_DATE.search(text):
            continue
        for day in all_datetimes(text):
            if viewed is None or day.iso > viewed.iso:
                viewed = day
    if viewed is not None:
        if "T" in viewed.iso:
            return (datetime.fromisoformat(viewed.iso) - age).date().isoformat()
        return (date.fromisoformat(viewed.iso[:10]) - timedelta(days=age.days)).isoformat()
    when = saved()
    return day_before(when, age) if when is not None else None


def day_before(saved: datetime, age: timedelta) -> str:
    """The day a page saved at saved was published, age before."""
    return (saved - age).date().isoformat()


def file_time(source: str | None) -> datetime | None:
    """When the file an article came from was last written, if it is a file."""
    try:
        path = Path(source or "")
        return datetime.fromtimestamp(path.stat().st_mtime) if source and path.is_file() else None
    except (OSError, OverflowError, ValueError):
        return None
