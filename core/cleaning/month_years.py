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


def archive_year(header: list[str]) -> int | None:
    """The year a breadcrumb or an archive's heading over a date line writes alone (ホーム > 2010 > 国際,
    2010年の国際ニュース): the section of the site the page is filed in, so the year of a month and day written with
    no year and no weekday. None when no such line writes one, or when another year stands in the header (a topic,
    an event's year: which is the page's cannot be told)."""
    filed: set[int] = set()
    written: set[int] = set()
    for text in header:
        if not _ANY_DIGITS.search(text):
            continue
        text = unicodedata.normalize("NFKC", text).strip()
        if len(text) > HEADING or "。" in text or COPYRIGHT.search(text):
            continue
        written.update(int(y) for y in _ANY_YEAR.findall(text))
        if re.search(_CRUMB_SEPARATOR, text):
            filed.update(int(m.group(1)) for m in _CRUMB_YEAR.finditer(text))
        elif heading := _ARCHIVE_HEADING.match(text):
            filed.add(int(heading.group(1) or heading.group(2)))
    return next(iter(filed)) if len(filed) == 1 and written == filed else None
