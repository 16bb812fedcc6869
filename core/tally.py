"""A count of an import's items (articles stored, duplicates, failures) that keeps only the first few of them.

A summary that listed every article grew with the import (a 100,000-file import, ~35 MB kept to
its end) while its readers want the counts and a few names: the status line, the command line's
report, a test's first article. Items past the first KEPT are counted, not kept.
"""

from __future__ import annotations

from typing import Iterable, Iterator

# Items kept for the report: every one of a small import, the first thousand of a large one.
KEPT = 1000


class Tally:
    """How many items were added, and the first `limit` of them; reads like a list of those."""

    __slots__ = ("count", "first", "limit")

    def __init__(self, items: Iterable = (), limit: int | None = None) -> None:
        self.count, self.first, self.limit = 0, [], KEPT if limit is None else limit
        self.extend(items)

    def append(self, item) -> None:
        self.count += 1
        if len(self.first) < self.limit:
            self.first.append(item)

    def extend(self, items: Iterable) -> None:
        """Add items; another Tally adds its whole count, beyond the items it kept."""
        if isinstance(items, Tally):
            for item in items.first[:max(0, self.limit - len(self.first))]:
                self.first.append(item)
            self.count += items.count
            return
        for item in items:
            self.append(item)

    def __add__(self, items: Iterable) -> "Tally":
        both = Tally(self, limit=self.limit)
        both.extend(items)
        return both

    def __iadd__(self, items: Iterable) -> "Tally":
        self.extend(items)
        return self

    @property
    def left_out(self) -> int:
        """How many items were counted but not kept."""
        return self.count - len(self.first)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator:
        return iter(self.first)

    def __getitem__(self, index):
        return self.first[index]

    def __eq__(self, other) -> bool:
        if isinstance(other, Tally):
            return self.count == other.count and self.first == other.first
        if isinstance(other, (list, tuple)):
            return self.count == len(other) and self.first == list(other)
        return NotImplemented

    __hash__ = None  # mutable, like the list it stands for

    def __repr__(self) -> str:
        more = f" (+{self.left_out} more)" if self.left_out else ""
        return f"Tally({self.first!r}{more})"
