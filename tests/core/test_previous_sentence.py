"""The start of the sentence before another: after a 。, a line break or both; and where a sentence ends."""

from core.text import previous_sentence_start, sentence_end


def test_the_sentence_before_starts_after_the_one_before_it_whether_lines_or_stops_part_them():
    for text in ("A。B。C", "A。\nB。\nC", "A\nB\nC", "A。\n\nB。\n　C"):
        assert text[previous_sentence_start(text, text.index("C")):].startswith("B")


def test_the_first_sentence_has_none_before_it():
    assert previous_sentence_start("A。B", 0) == 0


def test_a_sentence_ends_at_its_stop_or_its_line_break_or_the_text_end():
    assert sentence_end("首相は述べた。外相は", 0) == 6
    assert sentence_end("首相は述べた\n外相は。", 0) == 6
    assert sentence_end("首相は述べた。外相は", 7) == 10  # the last sentence runs to the text's end
