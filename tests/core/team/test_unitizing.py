"""Krippendorff's unitizing alpha against the worked examples of Krippendorff (1995, 2004)."""

import pytest

import random

from core.team.unitizing import (Segment, concatenate, distance, expected, joined, observed, pair_sum, segments,
                                 unitizing_alpha)


def _seg(begin, length, category):
    return Segment(begin, length, category is not None)


@pytest.mark.parametrize("first, second, value", [
    # Krippendorff (2004: 252-254): the distances the book works out
    ((225, 70, "c"), (220, 80, "c"), 50),
    ((370, 30, "c"), (355, 20, "c"), 850),
    ((400, 50, None), (400, 20, "c"), 400),
    ((5, 6, "X"), (4, 2, "X"), 26),
    ((5, 6, "X"), (5, 2, "X"), 16),
    ((5, 6, "X"), (6, 2, "X"), 10),
    ((5, 6, "X"), (7, 2, "X"), 8),
    ((5, 6, "X"), (6, 4, "X"), 2),
    ((5, 6, "X"), (5, 6, "X"), 0),
])
def test_distance_worked_examples(first, second, value):
    assert distance(_seg(*first), _seg(*second)) == value


def test_distance_of_a_unit_in_a_gap_counts_both_ways():
    assert distance(_seg(2, 3, None), _seg(2, 2, "X")) + distance(_seg(5, 6, "X"), _seg(4, 7, None)) == 40
    # a unit that sticks out of the other coder's gap is judged against the unit it overlaps instead
    assert distance(_seg(0, 4, None), _seg(3, 4, "X")) == 0


# Krippendorff (2004: 254): two observers, a continuum from 150 to 450, categories c and k
BOOK_2004 = {
    "c": {"i": [(225, 295), (370, 400)], "j": [(220, 300), (355, 375), (400, 420)]},
    "k": {"i": [(180, 240), (300, 350)], "j": [(180, 240), (300, 350)]},
}


def _shifted(units, by):
    return {cat: {coder: [(s - by, e - by) for s, e in spans] for coder, spans in per.items()}
            for cat, per in units.items()}


def test_book_2004_example():
    result = unitizing_alpha(_shifted(BOOK_2004, 150), ["i", "j"], 300)
    c, k = result["categories"]["c"], result["categories"]["k"]
    assert c["observed"] == pytest.approx(0.0144, abs=1e-4)
    assert c["expected"] == pytest.approx(0.0532, abs=1e-4)
    assert c["alpha"] == pytest.approx(0.7286, abs=1e-4)
    assert k["observed"] == 0 and k["expected"] == pytest.approx(0.0490, abs=1e-4) and k["alpha"] == 1.0
    assert result["alpha"] == pytest.approx(0.859, abs=1e-3)


# Krippendorff (1995: 57): four pairs of coders on a continuum of 24, one category each
BOOK_1995 = {
    "A": {"0": [(2, 10), (14, 20)], "1": [(4, 8), (15, 17)]},
    "C": {"0": [(2, 8), (10, 12), (14, 18), (20, 22)], "1": [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)]},
    "D": {"0": [(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)],
          "1": [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)]},
}


@pytest.mark.parametrize("category, value", [("A", 0.03125), ("C", 0.02777)])
def test_book_1995_observed_disagreement(category, value):
    cut = [joined(BOOK_1995[category][c], 24) for c in ("0", "1")]
    assert observed(cut, 24) == pytest.approx(value, abs=1e-5)


def test_book_1995_expected_disagreement_as_the_continuum_grows():
    # the paper's D_e for C on a finely divided continuum (stretched x 50,000): 0.0864, alpha 0.679
    stretch = 50_000
    units = [[(s * stretch, e * stretch) for s, e in BOOK_1995["C"][c]] for c in ("0", "1")]
    cut = [joined(u, 24 * stretch) for u in units]
    assert expected(cut, 24 * stretch) == pytest.approx(0.08642, abs=5e-3)
    assert 1 - observed(cut, 24 * stretch) / expected(cut, 24 * stretch) == pytest.approx(0.679, abs=0.02)


def test_segments_join_overlaps_and_fill_gaps():
    assert segments([(5, 8), (2, 6), (10, 12), (12, 14)], 20) == [
        Segment(0, 2, False), Segment(2, 6, True), Segment(8, 2, False), Segment(10, 4, True), Segment(14, 6, False)]
    assert segments([], 5) == [Segment(0, 5, False)]
    assert segments([(-3, 2), (4, 99)], 6) == [Segment(0, 2, True), Segment(2, 2, False), Segment(4, 2, True)]


def test_identical_coders_agree_perfectly_and_undefined_cases_say_none():
    units = {"PERSON": {"a": [(0, 3), (10, 14)], "b": [(0, 3), (10, 14)]}}
    assert unitizing_alpha(units, ["a", "b"], 40)["alpha"] == 1.0
    assert unitizing_alpha(units, ["a"], 40)["alpha"] is None
    assert unitizing_alpha({}, ["a", "b"], 40)["alpha"] is None
    assert unitizing_alpha(units, ["a", "b"], 0)["alpha"] is None


def test_disagreeing_more_lowers_alpha():
    near = {"ORG": {"a": [(0, 4), (20, 26)], "b": [(0, 5), (20, 26)]}}
    far = {"ORG": {"a": [(0, 4), (20, 26)], "b": [(10, 14), (30, 36)]}}
    assert unitizing_alpha(near, ["a", "b"], 60)["alpha"] > unitizing_alpha(far, ["a", "b"], 60)["alpha"]


def test_concatenate_lays_articles_end_to_end_and_drops_others():
    units, length = concatenate([(7, 10), (9, 5)], [
        ("a", 7, 2, 4, "GPE"), ("b", 9, 0, 3, "GPE"), ("a", 9, 1, 99, "PERSON"), ("b", 8, 0, 2, "GPE")])
    assert length == 15
    assert units == {"GPE": {"a": [(2, 4)], "b": [(10, 13)]}, "PERSON": {"a": [(11, 15)]}}


def test_the_fast_sum_equals_the_definition_segment_by_segment():
    rng = random.Random(7)
    for _ in range(200):
        length = rng.randint(1, 60)
        coders = []
        for _c in range(2):
            spans = []
            for _u in range(rng.randint(0, 6)):
                start = rng.randrange(length)
                spans.append((start, start + rng.randint(1, 12)))
            coders.append(spans)
        by_definition = sum(distance(g, h) for g in segments(coders[0], length) for h in segments(coders[1], length)
                            if g.begin < h.end and h.begin < g.end)
        assert pair_sum(joined(coders[0], length), joined(coders[1], length)) == by_definition
