"""Code-point ↔ UTF-16 offsets, checked against Qt's own counting."""

import pytest
from PySide6.QtGui import QTextDocument

from ui.common.offsets import OffsetMap, from_utf16, to_utf16, utf16_length

TEXT = "𠮷野家で米中会談、𠮷田氏も同席"


def test_bmp_text_is_unchanged():
    text = "米中外相が会談"
    assert [to_utf16(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_astral_character_shifts_later_offsets():
    assert to_utf16(TEXT, 0) == 0
    assert to_utf16(TEXT, 1) == 2  # after 𠮷, two UTF-16 units
    start = TEXT.index("会談")
    assert to_utf16(TEXT, start) == start + 1
    assert to_utf16(TEXT, len(TEXT)) == len(TEXT) + 2 == utf16_length(TEXT)


def test_round_trip_and_split_pair_rounds_down():
    for i in range(len(TEXT) + 1):
        assert from_utf16(TEXT, to_utf16(TEXT, i)) == i
    assert from_utf16(TEXT, 1) == 0  # inside the surrogate pair of the first 𠮷


def test_offset_map_matches_functions():
    mapping = OffsetMap(TEXT)
    for i in range(len(TEXT) + 1):
        assert mapping.to_utf16(i) == to_utf16(TEXT, i)
    for u in range(utf16_length(TEXT) + 1):
        assert mapping.from_utf16(u) == from_utf16(TEXT, u)
    start = TEXT.index("田氏")
    assert mapping.span_to_utf16(start, start + 2) == (start + 2, start + 4)


def test_out_of_range_is_an_error():
    with pytest.raises(ValueError):
        to_utf16(TEXT, len(TEXT) + 1)
    with pytest.raises(ValueError):
        OffsetMap(TEXT).from_utf16(utf16_length(TEXT) + 1)


def test_agrees_with_qtextdocument(qapp):
    document = QTextDocument()
    document.setPlainText(TEXT)
    cursor = document.find("会談")
    start = TEXT.index("会談")
    assert cursor.selectionStart() == to_utf16(TEXT, start)
    assert from_utf16(TEXT, cursor.selectionEnd()) == start + 2
    assert document.characterCount() - 1 == utf16_length(TEXT)
