"""The year a page writes beside a month: in an address (/2019/05/) or in its text (2019年5月号, 2019.05), which places
a date line's month and day (5月1日 10:00) when nothing on the page writes that day in full."""

from __future__ import annotations

import re
import unicodedata

from core.cleaning.lexicon import URL_LINE
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
