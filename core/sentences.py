"""Kaidan's one sentence splitter: where Japanese news text ends a sentence.

A sentence ends at 。, ！ or ？ outside 「」『』 (closing parentheses that follow
belong to it), or at a line break. A quote that runs over a line break and
closes soon after keeps its lines together (some sources put one sentence per
line inside a long quote). A "sentence" with no end in sight (a page with no
。) is cut every LONGEST characters, so work on it stays linear (readers that find a sentence's start
by its marks alone read no further back than that either).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_QUOTE_REACH = 240  # a quote may run over the next line when it closes within this many characters
LONGEST = 2000
_ENDS = "。！？"
_OPENS = "「『"
_CLOSES = "」』"
_TRAILING = "）)】"
_MARK = re.compile(f"[{_ENDS}{_OPENS}{_CLOSES}\n]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text, blank ones left out.

    Entities, claims and meetings each ask for the sentences of the article they read: the split of
    the last few texts is kept, so an article is split once (a copy is returned, to change freely).
    """
    return list(_spans(text))


@lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # Only quote marks, sentence ends and line ends change anything: the loop jumps from one to the
    # next (found in C), and to the place a sentence too long is cut when that comes first.
    out, start, depth, i, length = [], 0, 0, 0, len(text)
    mark = _MARK.search
    while i < length:
        found = mark(text, i)
        at = found.start() if found else length
        cut = start + LONGEST
        if cut < at and cut < length:  # no mark before the longest a sentence may run
            out.append((start, cut + 1))
            start = i = cut + 1
            depth = 0
            continue
        if found is None:
            break
        i, char = at, text[at]
        if char in _OPENS:
            depth += 1
        elif char in _CLOSES:
            depth = max(depth - 1, 0)
        elif char == "\n" and depth and i - start < LONGEST and text.find("」", i, i + _QUOTE_REACH) >= 0:
            i += 1
            continue  # a quote running over lines
        elif (char in _ENDS and depth == 0) or char == "\n":
            end = i
            if char != "\n":
                end += 1
                while end < length and text[end] in _TRAILING:
                    end += 1
            out.append((start, end))
            start, depth, i = max(end, i + 1), 0, max(end, i + 1)
            continue
        if i - start >= LONGEST:
            out.append((start, i + 1))
            start, depth = i + 1, 0
        i += 1
    if start < length:
        out.append((start, length))
    return tuple((s, e) for s, e in out if text[s:e].strip())


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence, or run of sentences, that holds the span start..end."""
    spans = sentence_spans(text)
    left = next((s for s, e in spans if s <= start < e), start)
    right = next((e for s, e in spans if s < end <= e), end)
    return min(left, start), max(right, end)


def sentence_at(spans: list[tuple[int, int]], starts: list[int], at: int) -> int:
    """The number of the sentence of spans (sorted, starts their starts) that holds at; -1 between sentences."""
    i = bisect_right(starts, at) - 1
    return i if i >= 0 and at < spans[i][1] else -1
