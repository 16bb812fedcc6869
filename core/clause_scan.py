"""A clause's matches of a pattern found once for all the meeting words it holds: the last (or first) match before a
word, as core.text.last_match(pattern, text, clause, start) and pattern.search(text, clause, start) find it.

Readers of a meeting word look back over its clause for a subject (首相は), a count (3か国の首脳が) or a delegation;
each search walks the clause from its start, so a sentence packed with a thousand meeting words walks it a thousand
times. Here the clause is scanned once, as far as its words ask (each further scan twice as far as the last, to its
sentence's end at most, and no further than core.sentences.LONGEST: a clause of many short clauses is not scanned
to its sentence's end for each of them). A match the scan found that starts more than the pattern's reach (the most
letters a match and its look-aheads read, and the end a $ tests) before the word is found alike whether the text is
cut at the word or further on; only the last reach of letters before the word is searched again for each word. The
answers are those of the searches they replace.

The scans are kept by their pattern, text and clause, those of one text at a time (a few hundred at most): reading
an article keeps its own, and the next article lets them go, so no more than one article's text is held.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from re import _constants as _c  # type: ignore[attr-defined]

from core.scan_ending import parsed_pattern
from core.scan_nearby import around
from core.sentences import LONGEST
from core.text import last_match, sentence_end

_KEPT = 256  # scans kept before they are let go


class _Scan:
    """A clause's matches of a pattern, found from the clause's start as far as its words have asked."""

    __slots__ = ("end", "last", "matches", "starts")

    def __init__(self, clause: int, last: int):
        self.end = clause  # where the scan cut the text: its matches stand as finditer finds them up to there
        self.last = last  # the furthest it may go: the sentence's end, at most LONGEST letters on
        self.matches: list = []
        self.starts: list[int] = []


_scans: dict[tuple, _Scan] = {}
_held: list = [None]  # the text the kept scans are of
_reach_of: dict[re.Pattern, int | None] = {}


def last_before(pattern: re.Pattern, text: str, clause: int, start: int) -> re.Match | None:
    """core.text.last_match(pattern, text, clause, start): the last match in text[clause:start]."""
    scan, reach = _scan(pattern, text, clause, start)
    if scan is None:
        return last_match(pattern, text, clause, start)
    found = bisect_left(scan.starts, start - reach)  # those found alike with the text cut at start
    resume = max(scan.matches[found - 1].end() if found else clause, start - reach)
    return last_match(pattern, text, resume, start) or (scan.matches[found - 1] if found else None)


def first_before(pattern: re.Pattern, text: str, clause: int, start: int) -> re.Match | None:
    """pattern.search(text, clause, start): the first match in text[clause:start]."""
    scan, reach = _scan(pattern, text, clause, start)
    if scan is None:
        return pattern.search(text, clause, start)
    if scan.starts and scan.starts[0] < start - reach:
        return scan.matches[0]
    return pattern.search(text, max(clause, start - reach), start)


def _scan(pattern: re.Pattern, text: str, clause: int, start: int) -> tuple[_Scan | None, int]:
    """The clause's scan (None when the pattern or the word's place allows none) and the pattern's reach."""
    try:
        reach = _reach_of[pattern]
    except KeyError:
        reach = _reach_of[pattern] = pattern_reach(pattern)
    if reach is None:
        return None, 0
    key = (pattern, text, clause)
    scan = _scans.get(key)
    if scan is None:
        scan = _Scan(clause, min(sentence_end(text, clause), clause + LONGEST))
        if len(_scans) >= _KEPT or _held[0] is not text:  # (another text: its scans are never asked for again)
            _scans.clear()
            _held[0] = text
        _scans[key] = scan
    if start > scan.last:
        return None, 0
    if start > scan.end:
        _extend(scan, pattern, text, clause, start, reach)
    return scan, reach


_FIRST = 64  # letters a clause's first scan reads at least; each further one reads twice as far


def _extend(scan: _Scan, pattern: re.Pattern, text: str, clause: int, start: int, reach: int) -> None:
    """Scan on to start at least, twice as far as before (a clause of many short ones, each with a word near its
    start, is not scanned to its sentence's end for each). The matches starting a reach before the old cut are found
    alike with the text cut further on; the scan goes on from the end of the last of them (or a reach before the old
    cut, as none starts between), as finditer would."""
    end = min(scan.last, max(start, clause + _FIRST, clause + 2 * (scan.end - clause)))
    kept = bisect_left(scan.starts, scan.end - reach)
    matches = scan.matches[:kept]
    # (no match of the chain starts between the last kept one's end and a reach before the old cut)
    matches += pattern.finditer(text, max(matches[-1].end() if matches else clause, scan.end - reach), end)
    scan.matches, scan.starts, scan.end = matches, [m.start() for m in matches], end


def pattern_reach(pattern: re.Pattern) -> int | None:
    """The letters a match begun at a position reads from it at most (its longest match, its look-aheads, and one
    past for the end $ tests, one more for a line break before it), or None when a match may be empty or long without
    bound (searched as before)."""
    parsed = parsed_pattern(pattern)  # the parse core.scan_ending reads a pattern's longest match from
    try:
        least, most = parsed.getwidth()
        ahead = around(list(parsed))[1]
    except Exception:  # a re of another Python parses otherwise: search as before
        return None
    if least == 0 or most + ahead >= _c.MAXREPEAT:
        return None
    return most + ahead + 2
