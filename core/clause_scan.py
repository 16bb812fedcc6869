"""A clause's matches of a pattern found once for all the meeting words it holds: the last (or first) match before a
word, as core.text.last_match(pattern, text, clause, start) and pattern.search(text, clause, start) find it.

Readers of a meeting word look back over its clause for a subject (首相は), a count (3か国の首脳が) or a delegation;
each search walks the clause from its start, so a sentence packed with a thousand meeting words walks it a thousand
times. Here the clause is scanned once, to its sentence's end (no further than core.sentences.LONGEST). A match the
scan found that starts more than the pattern's reach (the most letters a match and its look-aheads read, and the end
a $ tests) before the word is found alike whether the text is cut at the word or further on; only the last reach of
letters before the word is searched again for each word. The answers are those of the searches they replace.

The scans are kept by their pattern, text and clause, those of one text at a time (a few hundred at most): reading
an article keeps its own, and the next article lets them go, so no more than one article's text is held.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from re import _constants as _c  # type: ignore[attr-defined]
from typing import NamedTuple

from core.scan_ending import parsed_pattern
from core.scan_nearby import around
from core.sentences import LONGEST
from core.text import last_match, sentence_end

_KEPT = 256  # scans kept before they are let go


class _Scan(NamedTuple):
    end: int  # where the scan cut the text
    matches: list  # the pattern's matches from the clause's start to end, as finditer finds them
    starts: list[int]


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
        end = min(sentence_end(text, clause), clause + LONGEST)
        matches = list(pattern.finditer(text, clause, end))
        scan = _Scan(end, matches, [m.start() for m in matches])
        if len(_scans) >= _KEPT or _held[0] is not text:  # (another text: its scans are never asked for again)
            _scans.clear()
            _held[0] = text
        _scans[key] = scan
    return (scan, reach) if start <= scan.end else (None, 0)


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
