"""Entity mentions sorted by position, so a sentence reads only its own (linear cost per article)."""

from __future__ import annotations

from bisect import bisect_left


class SpanIndex:
    """Mentions ordered by start; slices by position cost a binary search, not a scan."""

    def __init__(self, mentions, types: tuple[str, ...] | None = None):
        chosen = [m for m in mentions if types is None or m.type in types]
        self.items = sorted(chosen, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, begin: int, end: int) -> list:
        """Mentions starting in [begin, end)."""
        return self.items[bisect_left(self.starts, begin) : bisect_left(self.starts, end)]

    def before(self, position: int, floor: int = 0, limit: int = 64):
        """Mentions starting in [floor, position), nearest first, at most limit of them."""
        i = bisect_left(self.starts, position) - 1
        seen = 0
        while i >= 0 and self.starts[i] >= floor and seen < limit:
            yield self.items[i]
            i -= 1
            seen += 1
