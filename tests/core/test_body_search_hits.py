"""The spans of a search's words in a body: folded widths, reading order, offsets that hold."""

from core.nlp.search_hits import find_hits, search_terms


def test_find_hits_folds_width_and_keeps_reading_order():
    body = "米中会談で、米国は中国に　ＡＳＥＡＮとの会談を求めた。"
    assert find_hits(body, "会談") == [(2, 4), (20, 22)]
    assert find_hits(body, "asean 米国") == [(6, 8), (13, 18)]
    assert find_hits(body, "") == [] and find_hits("", "会談") == []


def test_longer_words_win_where_words_overlap():
    body = "日米首脳会談と日米会談"
    assert search_terms("会談 首脳会談　会談") == ["首脳会談", "会談"]
    assert find_hits(body, "会談 首脳会談") == [(2, 6), (9, 11)]


def test_a_letter_whose_lower_case_is_longer_does_not_shift_later_hits():
    body = "İstanbul会談のあと、ASEAN会談"  # İ lowers to two code points
    hits = find_hits(body, "会談 asean")
    assert [body[s:e] for s, e in hits] == ["会談", "ASEAN", "会談"]
