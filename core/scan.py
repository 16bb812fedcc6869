"""Regex passes over a whole article, as cheap as the pattern allows; the same matches as pattern.finditer.

A pass is skipped when the article lacks a word every match needs (core.scan_words); where it runs, it runs as
the pattern's skipping twin (core.scan_twins), and a short pattern is searched only near its words
(core.scan_nearby). Rule modules across core import finditer, skipping and may_match from here: this module
is the one name a rule needs for its passes, whatever does the work beneath.
"""

from __future__ import annotations

import re
from typing import Iterator

from core.scan_nearby import found_in, reach, stretches
from core.scan_twins import skipping
from core.scan_words import may_match

__all__ = ["finditer", "may_match", "skipping"]

_NOTHING: tuple = ()
_twins: dict[re.Pattern, re.Pattern] = {}
# Patterns searched only near their words: (the words, letters a look-behind reads before a match, letters a
# match and its look-aheads read from its start); None for a pattern searched whole.
_nearby_of: dict[re.Pattern, tuple[tuple[str, ...], int, int] | None] = {}


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), with nothing to find when text lacks the words every match needs.

    The matches are pattern's, found by its twin (skipping): match.re is the twin, not pattern.
    """
    if not may_match(pattern, text):
        return iter(_NOTHING)
    try:
        twin = _twins[pattern]
    except KeyError:
        twin = _twins[pattern] = skipping(pattern)
    try:
        nearby = _nearby_of[pattern]
    except KeyError:
        nearby = _nearby_of[pattern] = reach(pattern)
    if nearby is not None:
        spans = stretches(text, *nearby)
        if spans is not None:
            return found_in(twin, text, spans, nearby[2])
    return twin.finditer(text)


