"""Code point ↔ UTF-16 offsets for formats that count UTF-16 units (Label Studio, JavaScript tools).

core/ counts code points; a character outside the BMP (𠮷) is two UTF-16 units.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Repeated conversions over one text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_u16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} outside text of length {self.length}")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code-point offset of a UTF-16 offset (inside a surrogate pair rounds down)."""
        if not 0 <= offset <= self.length + len(self._astral):
            raise ValueError(f"UTF-16 offset {offset} outside the text")
        return offset - bisect_right(self._astral_u16, offset - 1)


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
