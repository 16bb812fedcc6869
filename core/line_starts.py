"""A pattern whose every match begins a line, tried only where lines begin.

Python's re, searching, tries a pattern at every letter a match can begin with: a closing line that opens with
と and a verb of writing is tried, with all its alternatives, at each と inside every line of an article.
Where every match of a pattern begins a line (each way of matching opens with ^, read from the compiled pattern) and none is empty,
trying pattern.match at the text's start and after each line break finds what pattern.finditer finds: a search
tries the positions in order and the first where the pattern matches wins, ^ holds nowhere else, and
finditer's next search begins where its last match ended (a match begun before that would overlap it). A match
reads the same text around it either way (its look-behinds and ^ see the whole text).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Iterator

_opens_lines: dict[re.Pattern, bool] = {}


def line_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), tried only at the start of each line when every match of pattern begins one."""
    try:
        anchored = _opens_lines[pattern]
    except KeyError:
        anchored = _opens_lines[pattern] = opens_lines(pattern)
    if not anchored:
        yield from pattern.finditer(text)
        return
    match, find = pattern.match, text.find
    start, ended = 0, 0  # where a line begins; where the last match ended
    while True:
        if start >= ended and (found := match(text, start)) is not None:
            yield found
            ended = found.end()
        start = find("\n", start) + 1
        if not start:
            return


def opens_lines(pattern: re.Pattern) -> bool:
    """Whether every match of pattern begins a line and holds a letter: each of its ways opens with ^ (before
    any letter is read) and its shortest match is not empty."""
    if not isinstance(pattern.pattern, str):
        return False
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return parsed.getwidth()[0] > 0 and _opens_with_caret(list(parsed))


def _opens_with_caret(items: list) -> bool:
    """Whether a sequence of parsed items can match only where ^ holds: its first item is ^, or a group or
    alternation each of whose ways opens with it."""
    if not items:
        return False
    op, value = items[0]
    if op is _c.AT:
        return value in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)  # (^ without re.MULTILINE: the text's start)
    if op is _c.SUBPATTERN:
        return _opens_with_caret(list(value[3]))
    if op is _c.BRANCH:
        return all(_opens_with_caret(list(branch)) for branch in value[1])
    return False
