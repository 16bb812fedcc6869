"""Searches for a pattern every match of which ends where the search ends ($): the words right before a meeting word
(…と会談, 法案に署名) read without walking the whole clause before it.

pattern.search(text, clause, start) tries every position from the clause's start; in a sentence packed with a
thousand meeting words that is the clause's length for each word, the square of the sentence in all. A match that
must end at start (or just before a line break there, as $ allows) and is at most `longest` letters long starts no
earlier than start - longest - 1, so the search begins there and finds the same match (a look-behind still reads the
letters before it).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_longest_of: dict[re.Pattern, int | None] = {}
_parsed: dict[re.Pattern, object] = {}


def parsed_pattern(pattern: re.Pattern):
    """re's parse of pattern (None when it cannot be parsed), parsed once for every reader of its shape: the longest
    match here, core.clause_scan's reach."""
    try:
        return _parsed[pattern]
    except KeyError:
        pass
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a re of another Python parses otherwise
        parsed = None
    _parsed[pattern] = parsed
    return parsed


def search_ending(pattern: re.Pattern, text: str, pos: int, endpos: int) -> re.Match | None:
    """pattern.search(text, pos, endpos), searched only as far back as a match ending at endpos can start."""
    try:
        longest = _longest_of[pattern]
    except KeyError:
        longest = _longest_of[pattern] = longest_ending(pattern)
    if longest is not None:
        pos = max(pos, min(endpos, len(text)) - longest - 1)
    return pattern.search(text, pos, endpos)


def longest_ending(pattern: re.Pattern) -> int | None:
    """The most letters a match of pattern holds when every match ends at the end ($), else None (searched whole)."""
    parsed = parsed_pattern(pattern)
    try:
        most = parsed.getwidth()[1]
    except Exception:  # a re of another Python parses otherwise (or not at all): search the whole text
        return None
    multiline = pattern.flags & re.MULTILINE  # ($ at every line's end)
    return most if most < _c.MAXREPEAT and not multiline and _ends_at_end(list(parsed)) else None


def _ends_at_end(items: list) -> bool:
    """Whether every way through items ends on $ (or \\Z): in a group, in each branch of an alternation."""
    if not items:
        return False
    op, value = items[-1]
    if op is _c.AT:
        return value in (_c.AT_END, _c.AT_END_STRING)
    if op is _c.SUBPATTERN:
        return _ends_at_end(list(value[3]))
    if op is _c.BRANCH:
        return all(_ends_at_end(list(branch)) for branch in value[1])
    return False
