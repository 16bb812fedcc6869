"""Code-point ↔ UTF-16 offsets, checked against Python's own UTF-16 encoder."""

import pytest

from core.offsets import OffsetMap, from_utf16, to_utf16, utf16_length

TEXT = "𠮷野家で米中会談、𠮷田氏も同席"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_bmp_text_is_unchanged():
    text = "米中外相が会談"
    assert [to_utf16(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_astral_character_shifts_later_offsets():
    assert to_utf16(TEXT, 0) == 0
    assert to_utf16(TEXT, 1) == 2  # after 𠮷, two UTF-16 units
    start = TEXT.index("会談")
    assert to_utf16(TEXT, start) == start + 1
    assert to_utf16(TEXT, len(TEXT)) == len(TEXT) + 2 == utf16_length(TEXT) == OffsetMap(TEXT).utf16_length


def test_every_offset_agrees_with_the_encoder_and_round_trips():
    mapping = OffsetMap(TEXT)
    for i in range(len(TEXT) + 1):
        assert mapping.to_utf16(i) == to_utf16(TEXT, i) == _units(TEXT[:i])
        assert from_utf16(TEXT, to_utf16(TEXT, i)) == i
    start = TEXT.index("田氏")
    assert mapping.span_to_utf16(start, start + 2) == (_units(TEXT[:start]), _units(TEXT[:start + 2]))


def test_a_split_surrogate_pair_rounds_down():
    assert from_utf16(TEXT, 1) == 0  # inside the surrogate pair of the first 𠮷
    second = TEXT.index("𠮷", 1)
    assert OffsetMap(TEXT).from_utf16(_units(TEXT[:second]) + 1) == second


def test_out_of_range_is_an_error():
    with pytest.raises(ValueError):
        to_utf16(TEXT, len(TEXT) + 1)
    with pytest.raises(ValueError):
        from_utf16(TEXT, -1)
    with pytest.raises(ValueError):
        OffsetMap(TEXT).from_utf16(utf16_length(TEXT) + 1)


def test_astral_characters_are_found_at_the_edges_of_their_range():
    """U+FFFF is one unit, U+10000 and U+10FFFF two: every UTF-16 offset agrees with Python's own encoder."""
    import random

    from core.offsets import OffsetMap, utf16_length

    rng = random.Random(14)
    alphabet = "あ漢\n𠮷a😀\U0010FFFF\uFFFF\U00010000 "
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        offsets = OffsetMap(text)
        assert utf16_length(text) == offsets.utf16_length == len(text.encode("utf-16-le")) // 2
        for i in range(len(text) + 1):
            assert offsets.to_utf16(i) == len(text[:i].encode("utf-16-le")) // 2
            assert offsets.from_utf16(offsets.to_utf16(i)) == i
