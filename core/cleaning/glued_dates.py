"""A date glued to a headline's line, at its end or its start, and the headline's words without it."""

from __future__ import annotations

import re

from core.cleaning.date_labels import date_label, page_date
from core.cleaning.date_line import SENTENCE_AFTER, day_only
from core.cleaning.header_shapes import HEADLINE_LENGTH, SHORT_HEADLINE
from core.cleaning.lines import japanese_share
from core.cleaning.outlets import outlet_in
from core.dates.lines import Found, all_datetimes

_GLUED_TAIL = re.compile(r"\s*(?:配信|更新|公開|投稿)?\s*[)）】\]]?")
GLUED_HEAD_END = " \u3000|｜/／-－―:：【（(["
_GLUED_START = re.compile(r"^[【\[［(（]?\s*(?:[0-9０-９〇一二三四五六七八九]|令和|平成|昭和|[A-Z][a-z]{2})")
PAIR_GAP = 12  # characters between a date and its update written after it on one line
_UPDATE_WORD = re.compile(r"更新|修正|[Uu]pdated")
_GLUED_WORDS_START = " \u3000|｜/／-－―:：】]］）)"
_GLUED_LAST = set(")）】]日時分信新開稿MTCmTZ")  # how a date (and its label) glued to a headline ends


def glued_date(headline: str) -> Found | None:
    """A date glued to the end of the headline's line (…看護系学部新設検討　2016/02/11 06:00配信) or to its
    start (【2016.02.11】…), on a page with no date line of its own: a full date, or a month and day with its
    time, beside a headline's words (2016年2月11日、首相は… and 2016年2月11日の会談 are sentences)."""
    if not headline[-1:].isdigit() and headline[-1:] not in _GLUED_LAST and not _GLUED_START.match(headline):
        return None  # most headlines: one look
    dates = all_datetimes(headline, yearless=True)
    if not dates:
        return None
    last, first = dates[-1], dates[0]
    gap = headline[dates[-2].start + len(dates[-2].text) : last.start] if len(dates) > 1 else ""
    if len(gap) <= PAIR_GAP and _UPDATE_WORD.search(gap):
        # the date and its update at the end (… 2016年2月11日 8時52分 (最終更新 2月12日)): the publication
        tail = dates[-2].start
        own = page_date(headline[tail:])
        if own is not None and own.start == 0 and date_label(headline[tail:]) != "event":
            last = Found(own.text, own.iso, own.precision, tail, own.yearless)
    if _GLUED_TAIL.fullmatch(headline, last.start + len(last.text)) or last is not dates[-1]:
        if day_only(last):
            return None
        words = headline[: last.start].rstrip(GLUED_HEAD_END)
        return last if len(words) >= SHORT_HEADLINE and japanese_share(words) >= 0.3 else None
    if first.start > 1 or day_only(first):
        return None
    after = headline[first.start + len(first.text):]
    if SENTENCE_AFTER.match(after) or after.lstrip(" \u3000")[:1] in ("、", ",", "，"):
        return None
    words = after.lstrip(_GLUED_WORDS_START)
    return first if len(words) >= HEADLINE_LENGTH and japanese_share(words) >= 0.3 else None


def headline_without(text: str, found: Found) -> str:
    """The headline's words without the date glued to its end or its start."""
    if found.start > 1:
        return text[: found.start].rstrip(GLUED_HEAD_END)
    return text[found.start + len(found.text):].lstrip(_GLUED_WORDS_START)


def without_glued_date(text: str) -> str:
    """The headline without a date glued to it, as a browser's title adds one (「…（2012年3月9日）」 before the site's
    name): the header prints the headline without it."""
    found = glued_date(text)
    return text if found is None else headline_without(text, found)


def headline_of_a_date_line(text: str) -> str | None:
    """The headline of a line read as a date line that is a headline with its date glued on, else None:
    a written headline's length of words (an outlet's name, a byline or a label is not one)."""
    found = glued_date(text)
    if found is None:
        return None
    words = headline_without(text, found)
    if len(words) < HEADLINE_LENGTH or outlet_in(words) or date_label(text):
        return None
    return words
