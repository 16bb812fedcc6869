"""An article's row in a long list found by its id in a binary search, not a scan of a million ids."""

from __future__ import annotations

# Lists shorter than this are scanned: a scan of ten thousand ids takes a tenth of a millisecond.
INDEXED_FROM = 10_000


class RowIndex:
    """The ids of one list sorted once, each beside its row (numpy, built off the GUI thread: 8 bytes an id
    while ids stay under 2**31, 12 past that)."""

    def __init__(self, ids: list[int]) -> None:
        import numpy as np  # loaded by the worker reading the first long list, not at the window's start

        values = np.fromiter(ids, dtype=np.int64, count=len(ids))
        if len(values) and values.min() >= 0 and values.max() < 2**31:
            values = values.astype(np.int32)
        order = np.argsort(values)  # ids are unique: no order among equals to keep
        self._sorted = values[order]
        self._rows = order.astype(np.int32)
        self.size = len(ids)
        # the id searched is made of the ids' own type: a Python int would have numpy widen the whole array first
        self._key = values.dtype.type
        self._low, self._high = (int(self._sorted[0]), int(self._sorted[-1])) if self.size else (0, -1)

    def row_of(self, article_id: int) -> int | None:
        """The row holding article_id, or None."""
        if not self._low <= article_id <= self._high:
            return None
        at = int(self._sorted.searchsorted(self._key(article_id)))
        if at < self.size and int(self._sorted[at]) == article_id:
            return int(self._rows[at])
        return None


def index_of(ids: list[int]) -> RowIndex | None:
    """A RowIndex of a long list; None for a short one (its scan costs less than the index)."""
    return RowIndex(ids) if len(ids) >= INDEXED_FROM else None
