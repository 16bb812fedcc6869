"""Where a search's words stand in an article's body: the spans the reader paints and steps through."""

from __future__ import annotations

from core.text import fold


def search_terms(query: str) -> list[str]:
    """The words of a search (space separated, full-width folded), longest first."""
    words = {w for w in fold(query or "").replace("　", " ").split() if w}
    return sorted(words, key=lambda w: (-len(w), w))


def _lower_same_length(text: str) -> str:
    """Lower case, leaving a character whose lower case is longer (İ) as it is, so offsets hold."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def find_hits(body: str, query: str) -> list[tuple[int, int]]:
    """Body spans (code points) of every search word, in reading order, without overlaps."""
    text = _lower_same_length(fold(body))
    spans: list[tuple[int, int]] = []
    for word in search_terms(query):
        needle, start = _lower_same_length(word), 0
        while (found := text.find(needle, start)) >= 0:
            spans.append((found, found + len(needle)))
            start = found + len(needle)
    out: list[tuple[int, int]] = []
    for span in sorted(spans):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out
