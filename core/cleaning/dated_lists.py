"""The date lines of a list of other articles above the article: headlines each with its day."""

from __future__ import annotations

import re
from typing import Callable

from core.cleaning.date_labels import date_label, page_date
from core.cleaning.header_shapes import SHORT_HEADLINE, possible_headline
from core.cleaning.lexicon import LIST_HEADING
from core.cleaning.lines import PROSE, Line, japanese_share
from core.dates.lines import all_datetimes

def listed_dates(content: list[Line], told: Callable[[Line], float] | None = None) -> set[int]:
    """Ids of the date lines of a list of other articles: headlines each with its day.

    Items written on one line (「…（2月5日）」) two or more in a row, or a headline and a
    date line in turn two or more times: every date of such a column is another
    article's, but for the last pair of a column that runs into the body (no headline
    and no date line after it): the list stood right above the article's own headline
    and date line, spaced as its items; or, when the article's text clearly tells more of
    another headline (told: the share of its word pairs the text says) than of the last
    pair's, for that headline's: the first pair's, or one above the column (the list stood
    between the article's date line and its text).
    """
    listed: set[int] = set()
    n = len(content)
    i = 0
    while i < n:  # items with their day on the same line, after (「…（2月5日）」) or before (「2/5 10:00　…」) them
        j = i
        while j < n and (dated_item(content[j]) or _item_after_its_date(content[j])):
            j += 1
        if j - i >= 2:
            listed.update(id(line) for line in content[i:j] if line.kind == "date")
        i = max(j, i + 1)
    i = 0
    while i < n - 1:  # a headline, its date line, the next headline, its date line… spaced alike
        j, gap = i, None
        while (j + 1 < n and possible_headline(content[j]) and not dated_item(content[j])
               and content[j + 1].kind == "date" and _spaced(content, j, gap)
               and not (gap is not None and _split_date(content[j - 1], content[j + 1]))):
            gap = content[j + 1].number - content[j].number
            j += 2
        pairs = (j - i) // 2
        if pairs >= 2:
            dates = [content[k + 1] for k in range(i, j, 2)]
            own_last = not any(l.kind == "date" or possible_headline(l) for l in content[j:])
            own = _own_pair(content, i, j, told) if own_last and told is not None else None
            if own is not None:  # the article's own pair over the list, or above it: every date of the list
                listed.update(id(line) for line in dates if line is not own)
            else:
                listed.update(id(line) for line in (dates[:-1] if own_last else dates))
        i = max(j, i + 1)
    listed.update(id(line) for line in under_a_heading(content) if line.kind == "date")
    return listed


def under_a_heading(content: list[Line]) -> list[Line]:
    """The lines of a list under its heading (関連記事, この記事を読んだ人はこんな記事も), up to the next blank line,
    when the heading stands right under the article's date line or its headline (its date printed elsewhere, under
    the text): other articles' headlines and days (a day written 3時間前 too), however a headline is written (one
    quoting words closed by 。 too)."""
    found = []
    for at in range(1, len(content) - 1):
        label = content[at].stripped
        if (len(label) > LIST_LABEL or LIST_HEADING.match(label) is None
                or not (content[at - 1].kind == "date" or possible_headline(content[at - 1]))):
            continue
        for line, above in zip(content[at + 1 :], content[at:]):
            if line.number != above.number + 1:
                break  # (a blank line ends the list)
            found.append(line)
    return found


LIST_LABEL = 20  # characters of a list's label at most (関連記事, この記事を読んだ人はこんな記事も)
CLEARLY_TOLD = 0.2  # share of word pairs the text tells of a headline more than of the column's last one


def _own_pair(content: list[Line], i: int, j: int, told: Callable[[Line], float]) -> Line | None:
    """Of a column of headlines and their dates (content[i:j]) that runs into the body, the article's own date line
    when the text clearly tells another headline than the last one's: the first pair's, or (a date line of its own
    above the column, the headline over it; or a headline right over the column) none of the column's. None: the
    last pair is the article's."""
    last = told(content[j - 2])
    above = next((k for k in range(i - 1, 0, -1) if content[k].kind == "date"), None)
    choices = [(told(content[i]), content[i + 1])]
    if above is not None and content[above - 1].kind != "date":
        choices.append((told(content[above - 1]), content[above]))
    # the article's headline right over the column (or over its label), its date elsewhere (under the text)
    choices += [(told(line), line) for line in content[max(i - 2, 0) : i]
                if line.kind != "date" and possible_headline(line) and len(line.stripped) >= SHORT_HEADLINE]
    share, line = max(choices, key=lambda choice: choice[0])
    if share < last + CLEARLY_TOLD:
        return None
    return line


_DATED_END = re.compile(r"[（(]([^（）()]{3,24})[）)]\s*$")


def dated_item(line: Line) -> bool:
    """A headline with its day in brackets at its end: an item of a list of articles (not a date line with its
    update in brackets: 2012年5月11日 14:00（最終更新：5月12日 20:18）)."""
    match = _DATED_END.search(line.stripped) if line.stripped.endswith((")", "）")) else None
    return (match is not None and len(line.stripped) - len(match.group(0)) >= 8
            and page_date(match.group(1)) is not None and page_date(line.stripped[: match.start()]) is None)


_ITEM_MARK = re.compile(r"^[・･■□●○◆◇▼▽>＞-]\s*")
_DATE_OPENING = re.compile(r"[0-9０-９]{1,4}\s*(?:[/／.．\-－年月日]|[A-Za-z])")


def _item_after_its_date(line: Line) -> bool:
    """A date, then a headline on the same line (2016/02/12 01:00　訃報…): an item of a list of new articles."""
    if line.kind == PROSE or not (line.stripped[:1].isdigit() or _ITEM_MARK.match(line.stripped)):
        return False
    text = _ITEM_MARK.sub("", line.stripped, count=1)
    if text[:1].isdigit() and not _DATE_OPENING.match(text):
        return False  # 3人が…, 100円: a number, no date, opens the line (a cheap look before the full reading)
    dates = all_datetimes(text, yearless=True)
    if not dates or dates[0].start != 0:
        return False
    rest = text[len(dates[0].text):].strip(" \u3000|｜:：-－")
    # (not the date line's own update after it: 2012年5月11日 14:00（最終更新：5月12日 20:18）)
    return (len(rest) >= SHORT_HEADLINE and japanese_share(rest) >= 0.3 and not date_label(text)
            and date_label(rest) is None)


def _split_date(upper: Line, lower: Line) -> bool:
    """Two date lines around one headline give the same day, one of them with its time (国際 | 2017年2月7日 over
    it, 2017/2/7 23:50 under it): one article's date printed twice, not two items of a list."""
    first, second = page_date(upper.stripped), page_date(lower.stripped)
    if first is None or second is None or first.iso[5:10] != second.iso[5:10]:
        return False
    return ("T" in first.iso) != ("T" in second.iso) and (first.yearless or second.yearless
                                                         or first.iso[:4] == second.iso[:4])


def _spaced(content: list[Line], j: int, gap: int | None) -> bool:
    """The pair at j is spaced as the pairs before it (a list's items stand alike; a blank line more or
    less sets the article's own headline apart from them)."""
    if gap is None:
        return True
    return content[j + 1].number - content[j].number == gap and content[j].number - content[j - 1].number == gap
