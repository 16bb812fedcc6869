"""The one place that converts Python code-point offsets to Qt UTF-16 offsets and back.

core/ and the database count code points; QTextDocument counts UTF-16 units,
so every character outside the BMP (𠮷, many rare kanji) shifts later Qt
offsets by one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def _is_astral(ch: str) -> bool:
    return ord(ch) > 0xFFFF


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 offset of code-point offset in text."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside text of length {len(text)}")
    return offset + sum(1 for ch in text[:offset] if _is_astral(ch))


def from_utf16(text: str, offset: int) -> int:
    """The code-point offset of UTF-16 offset in text (a split surrogate pair rounds down)."""
    if offset < 0:
        raise ValueError(f"negative offset {offset}")
    units = 0
    for index, ch in enumerate(text):
        width = 2 if _is_astral(ch) else 1
        if units + width > offset:
            return index
        units += width
    if offset > units:
        raise ValueError(f"offset {offset} outside text of {units} UTF-16 units")
    return len(text)


def utf16_length(text: str) -> int:
    """Length of text in UTF-16 units (what Qt reports)."""
    return len(text) + sum(1 for ch in text if _is_astral(ch))


class OffsetMap:
    """Fast repeated conversions for one text (a highlighter converts many spans)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Code-point indexes of astral characters, ascending.
        self._astral = [i for i, ch in enumerate(text) if _is_astral(ch)]
        # Their UTF-16 start offsets, ascending.
        self._astral_u16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside text of length {len(self.text)}")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code-point offset of a UTF-16 offset (a split surrogate pair rounds down)."""
        if not 0 <= offset <= len(self.text) + len(self._astral):
            raise ValueError(f"offset {offset} outside the text")
        # Astral characters starting before offset each take one extra unit; one
        # starting exactly at offset - 1 is split, which rounds down to its start.
        return offset - bisect_right(self._astral_u16, offset - 1)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """A (start, end) code-point span as a UTF-16 span."""
        return self.to_utf16(start), self.to_utf16(end)
