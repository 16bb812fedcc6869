"""The one place that converts code-point offsets to UTF-16 offsets and back.

Kaidan and its library count code points; Qt's text documents, Label Studio
and JavaScript tools count UTF-16 units, so every character outside the BMP
(𠮷, many rare kanji) shifts later UTF-16 offsets by one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Characters outside the BMP: two UTF-16 units each. Found by the regular expression engine, not a loop
# in Python over every character (the reader maps each article it opens, several times).
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Repeated conversions over one text (a highlighter or an export converts many spans)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Code-point indexes of astral characters, ascending, and their UTF-16 starts.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [i + n for n, i in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        """Length of the text in UTF-16 units."""
        return len(self.text) + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside text of length {len(self.text)}")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code-point offset of a UTF-16 offset (a split surrogate pair rounds down)."""
        if not 0 <= offset <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {offset} outside the text")
        # Astral characters starting before offset each take one extra unit; one
        # starting exactly at offset - 1 is split, which rounds down to its start.
        return offset - bisect_right(self._astral_u16, offset - 1)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """A (start, end) code-point span as a UTF-16 span."""
        return self.to_utf16(start), self.to_utf16(end)


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 offset of code-point offset in text."""
    return OffsetMap(text).to_utf16(offset)


def from_utf16(text: str, offset: int) -> int:
    """The code-point offset of UTF-16 offset in text (a split surrogate pair rounds down)."""
    return OffsetMap(text).from_utf16(offset)


def utf16_length(text: str) -> int:
    """Length of text in UTF-16 units (what Qt and JavaScript report)."""
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))
