"""Which date of a date line is the page's own, by the labels written beside each date.

Reads one date line (公開 2024/05/01 更新 05/02, 開催日：…, 13:00～17:00): each date's label within a few
characters before or after it ranks it as the publication, an update or an event's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.dates.lines import Found, all_datetimes, bare_day


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


def line_date(text: str) -> Found | None:
    """The date a date line gives as the page's own (page_date), or the month and day it writes alone (12/03, 12.3),
    which the date choice takes only by a headline (date_choice.ranked_dates)."""
    return page_date(text) or bare_day(text)


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
