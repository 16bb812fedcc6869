"""Lookups over one article built once, so that a pass asking something for each of its mentions stays near
linear in the article's length: a scan of every mention, or of the whole text, for each mention is quadratic,
and a user's long article (a transcript, a report of 200,000 characters) holds ten thousand mentions.

Both give exactly what the scan they replace gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter, methodcaller

_start = methodcaller("start")  # a match's start, read in C
_token_start, _token_end = itemgetter(0), itemgetter(1)  # a token's (core.nlp.tokens.Token) edges, read in C


def token_starts(tokens) -> dict[int, int]:
    """A token's index by its start (the last token starting there), built in C: for a pass called without the one
    detection builds from its list of starts (the same dict)."""
    return dict(zip(map(_token_start, tokens), range(len(tokens))))


def token_ends(tokens) -> dict[int, int]:
    """A token's index by its end (the last token ending there), built in C."""
    return dict(zip(map(_token_end, tokens), range(len(tokens))))


class TokenEnds:
    """An article's token_ends, built when a pass first asks for it and then shared by every pass of the article:
    each pass that looks a word up by where it ends built its own, and most articles hold no word any of them
    looks for, so detection builds none ahead either."""

    __slots__ = ("_tokens", "_index")

    def __init__(self, tokens) -> None:
        self._tokens = tokens
        self._index: dict[int, int] | None = None

    def index(self) -> dict[int, int]:
        if self._index is None:
            self._index = token_ends(self._tokens)
        return self._index


def ends_index(tokens, edges: TokenEnds | None) -> dict[int, int]:
    """tokens' token_ends: the one edges share when edges were made for these very tokens, else one built here (an
    index of another article's tokens, or of the same text tokenised anew, looks words up at the wrong places)."""
    return edges.index() if edges is not None and edges._tokens is tokens else token_ends(tokens)


def tokens_at_letters(text: str, index_at: dict[int, int], letters: re.Pattern) -> list[int]:
    """Indices, in order, of the tokens of text that begin with one of letters (a class of characters): the
    letters are found in the text, in C, and those a token begins at kept. A pass looking for a few words
    among all of an article's tokens so reads a few dozen letters, not every token (index_at: a token's
    index by its start)."""
    return [index for index in map(index_at.get, map(_start, letters.finditer(text))) if index is not None]


def letter_class(words) -> re.Pattern:
    """The class of the letters the words begin with."""
    return re.compile("[" + "".join(sorted({re.escape(word[0]) for word in words if word})) + "]")


class SpanIndex:
    """Spans (anything with a start and an end) sorted by start, with the longest one's length: the spans that
    may overlap a range, or hold it, are the few whose start lies near it, found by bisection."""

    def __init__(self, spans) -> None:
        self._spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in self._spans]
        self._longest = max((span.end - span.start for span in self._spans), default=0)

    def near(self, start: int, end: int) -> list:
        """Every span that may overlap start..end or hold it (and some that do not): those starting from one
        longest span's length before end's reach down to start, up to end."""
        low = bisect_left(self._starts, start - self._longest)
        return self._spans[low : bisect_left(self._starts, end + 1, low)]


# The length from which indexing the given positions costs less than a scan of the text for each word (an
# ordinary article of a few thousand characters is scanned faster than its positions are indexed).
_INDEXED_FROM = 20_000


class Occurrences:
    """Where each word occurs in a text, found once per word (a pass asking for a name at each of its
    mentions scanned the whole text each time).

    at: the only positions the asker looks at (an article's token starts), if any. A word that cannot
    overlap itself is then looked for only there, through an index of those positions by their first two
    letters built when first needed, instead of a scan of the whole text for each word (in a long text).
    """

    def __init__(self, text: str, at=None) -> None:
        self._text = text
        self._at = at
        self._by_letters: dict[str, list[int]] | None = None
        self._found: dict[str, list[int]] = {}

    def _all(self, word: str) -> list[int]:
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = []
            position = self._text.find(word)
            while position >= 0:
                found.append(position)
                position = self._text.find(word, position + 1)
        return found

    def _at_positions(self, word: str) -> list[int]:
        found = self._found.get(word)
        if found is None:
            if self._by_letters is None:
                self._by_letters = {}
                for position in sorted(self._at):
                    self._by_letters.setdefault(self._text[position : position + 2], []).append(position)
            text = self._text
            found = self._found[word] = [p for p in self._by_letters.get(word[:2], ()) if text.startswith(word, p)]
        return found

    def after(self, word: str, start: int):
        """The positions that text.find(word, start), then text.find(word, the end of the last one found)
        and so on give: word's occurrences from start on, each beginning after the last one ends; with at,
        only those of them at one of its positions."""
        if not word:
            raise ValueError("an empty word occurs everywhere")
        if self._at is not None and len(self._text) >= _INDEXED_FROM and len(word) >= 2 and not _overlaps_itself(word):
            found = self._at_positions(word)  # occurrences never overlap: each one is found by the walk
            yield from found[bisect_left(found, start):]
            return
        found = self._all(word)
        index = bisect_left(found, start)
        while index < len(found):
            position = found[index]
            if self._at is None or position in self._at:
                yield position
            index = bisect_left(found, position + len(word), index + 1)


def _overlaps_itself(word: str) -> bool:
    """Whether two occurrences of word can overlap (ああ in あああ): it begins with what it ends with."""
    return any(word[:size] == word[-size:] for size in range(1, len(word)))
