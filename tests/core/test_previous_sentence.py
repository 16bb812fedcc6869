"""The start of the sentence before another: after a 。, a line break or both; and where a sentence ends."""

from core.text import previous_sentence_start, sentence_end, stop_start


def test_the_sentence_before_starts_after_the_one_before_it_whether_lines_or_stops_part_them():
    for text in ("A。B。C", "A。\nB。\nC", "A\nB\nC", "A。\n\nB。\n　C"):
        assert text[previous_sentence_start(text, text.index("C")):].startswith("B")


def test_the_first_sentence_has_none_before_it():
    assert previous_sentence_start("A。B", 0) == 0


def test_a_sentence_ends_at_its_stop_or_its_line_break_or_the_text_end():
    assert sentence_end("首相は述べた。外相は", 0) == 6
    assert sentence_end("首相は述べた\n外相は。", 0) == 6
    assert sentence_end("首相は述べた。外相は", 7) == 10  # the last sentence runs to the text's end


def test_a_stop_start_is_after_the_last_stop_not_a_line_break_and_looks_back_only_so_far():
    text = "首相は述べた。外相は\n「遺憾だ」と述べた"
    assert text[stop_start(text, text.index("遺憾"), 2000):].startswith("外相は")  # the line break is no stop
    assert stop_start("首相は述べた", 5) == 0  # no stop: the text's start
    page = "米国は懸念を示し、" * 1000  # a page with no 。: where the reach starts, not the page's start
    assert stop_start(page, len(page), 2000) == len(page) - 2000
