"""The year a page writes beside a month: in an address (/2019/05/) or in its text (2019年5月号, 2019.05), which places
a date line's month and day (5月1日 10:00) when nothing on the page writes that day in full."""

from __future__ import annotations

import re
import unicodedata

from core.cleaning.lexicon import COPYRIGHT, URL_LINE
from core.dates.lines import Found

# /2019/05/, /201905/: a year and month in an address (a day too is page_dates' own address day)
_ADDRESS_MONTH = re.compile(r"/((?:19|20)\d{2})/?([01]\d)(?:/|\d{2}|$)")
# 2019年5月, 2019.05, 2019/5: a year and a month with no day after it (not 2019年5月1日, 2019.05.01)
HEADING = 40  # characters of a line that is a heading, a label or a menu, not a sentence
_MONTH_WRITTEN = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)|[./](\d{1,2})(?![\d./%円万億]))")


def address_year(found: Found, texts: list[str]) -> int | None:
    """The year an address on the page gives beside the date's month (/2019/05/…), the latest of them."""
    month = int(found.iso[5:7])
    years = [int(m.group(1)) for text in texts if "/" in text and URL_LINE.match(text)
             for m in _ADDRESS_MONTH.finditer(text) if int(m.group(2)) == month]
    return max(years) if years else None


def month_year(found: Found, texts: list[str]) -> int | None:
    """The year the page's short lines write beside the date's month (2019年5月号, 2019.05), the latest of them: a
    heading's or an issue's, not an event's in a sentence (2019年5月に合意した)."""
    month = int(found.iso[5:7])
    years = [int(m.group(1)) for text in texts if len(text) <= HEADING and "。" not in text and not URL_LINE.match(text)
             for m in _MONTH_WRITTEN.finditer(unicodedata.normalize("NFKC", text)) if int(m.group(2) or m.group(3)) == month]
    return max(years) if years else None


# a year as a whole entry of a breadcrumb (ホーム > アーカイブ > 2010 > 国際, ニュース一覧 ＞ 2010年)
_CRUMB_SEPARATOR = r"\s*[>＞›»｜|]\s*"
_CRUMB_YEAR = re.compile(rf"(?:^|{_CRUMB_SEPARATOR})((?:19|20)\d{{2}})年?(?={_CRUMB_SEPARATOR}|$)")
# an archive's heading: 2010年の国際ニュース, 2010年の記事一覧, アーカイブ 2010, バックナンバー：2010年
_ARCHIVE_HEADING = re.compile(r"^(?:((?:19|20)\d{2})年の?[^\s、。「」]{0,8}(?:ニュース|記事|一覧|アーカイブ)"
                              r"|(?:アーカイブ|バックナンバー|記事一覧|過去の記事)[\s:：]*((?:19|20)\d{2})年?)$")
_ANY_DIGITS = re.compile(r"[0-9０-９]{4}")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


ARCHIVE_ENTRY = 5  # characters of a breadcrumb's entry beside a year at most, under the shortest headline's
# (ホーム, 国際, TOP), unless it names a list (ニュース一覧, 過去の記事, バックナンバー)
_LIST_WORD = re.compile(r"ニュース|記事|一覧|アーカイブ|バックナンバー|カテゴリ")


def _short_line(text: str) -> str | None:
    """The line normalised (NFKC, stripped) when it may be a breadcrumb or a heading writing a year: four digits,
    a heading's length, no sentence's end; else None."""
    if not _ANY_DIGITS.search(text):
        return None
    text = unicodedata.normalize("NFKC", text).strip()
    return None if len(text) > HEADING or "。" in text else text


def files_a_year(text: str) -> bool:
    """The line is a breadcrumb of short entries, one of them a year (ホーム > 2010, ホーム ＞ アーカイブ ＞ 2010年 ＞ 国際),
    or an archive's heading of a year (2010年の国際ニュース, アーカイブ 2010): the part of the site the page is filed
    in, never a headline's words nor a half of them (a breadcrumb closed by the headline is not one)."""
    text = _short_line(text)
    if text is None:
        return False
    if re.search(_CRUMB_SEPARATOR, text):
        entries = [entry for entry in re.split(_CRUMB_SEPARATOR, text) if entry]
        return bool(_CRUMB_YEAR.search(text)) and all(
            (len(entry) <= ARCHIVE_ENTRY and " " not in entry) or _LIST_WORD.search(entry) for entry in entries)
    return bool(_ARCHIVE_HEADING.match(text))


def archive_year(header: list[str]) -> int | None:
    """The year a breadcrumb or an archive's heading over a date line writes alone (ホーム > 2010 > 国際,
    2010年の国際ニュース): the section of the site the page is filed in, so the year of a month and day written with
    no year and no weekday. None when no such line writes one, or when another year stands in the header (a topic,
    an event's year: which is the page's cannot be told)."""
    filed: set[int] = set()
    written: set[int] = set()
    for line in header:
        text = _short_line(line)
        if text is None or COPYRIGHT.search(text):
            continue
        written.update(int(y) for y in _ANY_YEAR.findall(text))
        if re.search(_CRUMB_SEPARATOR, text):
            filed.update(int(m.group(1)) for m in _CRUMB_YEAR.finditer(text))
        elif heading := _ARCHIVE_HEADING.match(text):
            filed.add(int(heading.group(1) or heading.group(2)))
    return next(iter(filed)) if len(filed) == 1 and written == filed else None
