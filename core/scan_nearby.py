"""Where in an article a short pattern can match: the stretches near the words each of its matches holds.

A pattern whose matches are short (a law's name before 法, an outlet before によると) and may begin with any of
many letters (any kanji) is searched only near its words: a match, with what its look-arounds read, holds one of
the words, so it starts at most its reach before one. The rest of the article is not walked; each stretch is
searched with the text cut just after what a match begun in it can read, so what is found there is what a search
of the whole text finds. A pattern re finds by a fixed word or by a few first letters is searched whole: its own
scan is already as fast.
"""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Iterator

from core.scan_twins import REPEATS, first_letters
from core.scan_words import all_needed_words

# A pattern reaching further than this is searched whole (its stretches would cover much of an article), and
# so is one whose matches begin with at most _FEW_FIRSTS letters (re skips the others in C).
_MOST_REACH = 48
_FEW_FIRSTS = 100


def reach(pattern: re.Pattern) -> tuple[tuple[str, ...], int, int] | None:
    """(the words of the pattern's surest requirement, letters its look-behinds read before a match, letters a
    match and its look-aheads read from its start), or None for a pattern searched whole: one whose match may
    be empty or long, or which re finds by a fixed word or a few first letters."""
    needs = all_needed_words(pattern)
    if not needs:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        if code[0] == _c.INFO and code[2] & _c.SRE_INFO_PREFIX:
            return None
        firsts, _empty = first_letters(list(parsed))
        if firsts is not None and _letters_in(firsts) <= _FEW_FIRSTS:
            return None
        least, most = parsed.getwidth()
        behind, ahead = around(list(parsed))
    except Exception:  # a re of another Python parses otherwise: search the whole text
        return None
    if least == 0 or most + ahead > _MOST_REACH:
        return None
    return needs[0], behind, most + ahead


def _letters_in(charset: list) -> int:
    """How many letters a character set (as first_letters gives it) holds; a category counts as many."""
    count = 0
    for op, value in charset:
        if op is _c.LITERAL:
            count += 1
        elif op is _c.RANGE:
            count += value[1] - value[0] + 1
        else:
            count += _FEW_FIRSTS + 1
    return count


def around(items: list) -> tuple[int, int]:
    """The letters the look-behinds and the look-aheads among items read at most, each kind added up."""
    behind = ahead = 0
    for op, value in items:
        bodies: list = []
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, body = value
            if direction < 0:
                behind += body.getwidth()[1]
            else:
                ahead += body.getwidth()[1]
            bodies = [body]
        elif op is _c.SUBPATTERN:
            bodies = [value[3]]
        elif op is _c.BRANCH:
            bodies = list(value[1])
        elif op in REPEATS:
            bodies = [value[2]]
        elif op is _c.ATOMIC_GROUP:
            bodies = [value]
        for body in bodies:
            more_behind, more_ahead = around(list(body))
            behind, ahead = behind + more_behind, ahead + more_ahead
    return behind, ahead


def stretches(text: str, words: tuple[str, ...], behind: int, reach: int) -> list[tuple[int, int]] | None:
    """[start, end) of the stretches where a match can start (near each word), merged and in order; None when
    they would cover so much of the text that searching it whole is cheaper."""
    edges = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            edges.append((max(0, at + len(word) - reach), at + behind + 1))
            at = text.find(word, at + 1)
    edges.sort()
    merged: list[tuple[int, int]] = []
    covered = 0
    for start, end in edges:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                covered += end - merged[-1][1]
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
            covered += end - start
    return merged if covered * 2 < len(text) else None


def found_in(twin: re.Pattern, text: str, stretches: list[tuple[int, int]], reach: int) -> Iterator[re.Match]:
    """twin's matches in text that start in the stretches, as finditer finds them: each stretch is searched
    with the text cut where what a match begun in it reads ends (its matches are never empty)."""
    size, position = len(text), 0
    for start, end in stretches:
        start = max(start, position)
        while start < end:
            match = twin.search(text, start, min(size, end + reach))
            if match is None or match.start() >= end:
                break
            yield match
            start = position = match.end()


