"""Agreement coefficients against worked examples from the literature."""

import pytest

from core.team.metrics import cohen_kappa, counts_table, fleiss_kappa, nominal_alpha, span_f1


def _pairs(yes_yes, yes_no, no_yes, no_no):
    first = ["yes"] * (yes_yes + yes_no) + ["no"] * (no_yes + no_no)
    second = ["yes"] * yes_yes + ["no"] * yes_no + ["yes"] * no_yes + ["no"] * no_no
    return first, second


@pytest.mark.parametrize("cells, expected", [
    ((20, 5, 10, 15), 0.4),          # Wikipedia, "Cohen's kappa", simple example
    ((45, 15, 25, 15), 0.1304),      # same marginals problem, first table
    ((25, 35, 5, 35), 0.2593),       # second table
])
def test_cohen_kappa_worked_examples(cells, expected):
    assert cohen_kappa(*_pairs(*cells)) == pytest.approx(expected, abs=1e-4)


def test_cohen_kappa_edges():
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["a", "a"], ["a", "a"]) == 1.0
    with pytest.raises(ValueError):
        cohen_kappa(["a"], [])


FLEISS_1971 = [  # Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_worked_example():
    assert fleiss_kappa(FLEISS_1971) == pytest.approx(0.210, abs=5e-4)


def test_fleiss_kappa_from_labels_equals_cohen_scale():
    units = [["a", "a", "b"], ["b", "b", "b"], ["a", "b", "a"]]
    assert counts_table(units) == [[2, 1], [0, 3], [2, 1]]
    with pytest.raises(ValueError):
        fleiss_kappa([[2, 1], [1, 1]])


N = None
KRIPPENDORFF_2011 = [  # "Computing Krippendorff's Alpha-Reliability" (2011), 4 coders x 12 units, missing values
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def test_nominal_alpha_worked_example():
    assert nominal_alpha(KRIPPENDORFF_2011) == pytest.approx(0.743, abs=5e-4)


def test_nominal_alpha_takes_labels_and_skips_unpairable_units():
    labelled = [[None if v is None else f"label{v}" for v in row] for row in KRIPPENDORFF_2011]
    assert nominal_alpha(labelled) == pytest.approx(0.743, abs=5e-4)
    assert nominal_alpha([["x", None], [None, "y"]]) is None
    assert nominal_alpha([["x", "x"], ["x", "x"]]) == 1.0


def test_span_f1_exact_and_overlap():
    first = {(1, 0, 2, "PERSON"), (1, 5, 8, "GPE"), (2, 0, 3, "ORG")}
    second = {(1, 0, 2, "PERSON"), (1, 6, 9, "GPE"), (2, 0, 3, "GPE")}
    assert span_f1(first, second) == pytest.approx(1 / 3)
    assert span_f1(first, second, overlap=True) == pytest.approx(2 / 3)
    assert span_f1(set(), set()) is None
    # an overlap in another article is no match
    assert span_f1({(1, 0, 5, "X")}, {(2, 0, 5, "X")}, overlap=True) == 0
