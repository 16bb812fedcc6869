"""The start of the sentence before another: after a 。, a line break or both."""

from core.text import previous_sentence_start


def test_the_sentence_before_starts_after_the_one_before_it_whether_lines_or_stops_part_them():
    for text in ("A。B。C", "A。\nB。\nC", "A\nB\nC", "A。\n\nB。\n　C"):
        assert text[previous_sentence_start(text, text.index("C")):].startswith("B")


def test_the_first_sentence_has_none_before_it():
    assert previous_sentence_start("A。B", 0) == 0
