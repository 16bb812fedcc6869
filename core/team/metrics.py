"""Agreement coefficients: Cohen's and Fleiss' kappa, Krippendorff's alpha, F1 between annotators."""

from __future__ import annotations

import math
from collections import Counter

from core.numeric import numpy_module

MISSING = None


def cohen_kappa(first: list, second: list) -> float | None:
    """Cohen's kappa of two annotators' labels on the same units (None when undefined)."""
    if len(first) != len(second):
        raise ValueError("both annotators must label the same units")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second)) / n
    ca, cb = Counter(first), Counter(second)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(table: list[list[int]]) -> float | None:
    """Fleiss' kappa from a units x categories table of counts (each unit rated by the same number of raters)."""
    if not table:
        return None
    raters = sum(table[0])
    if raters < 2 or any(sum(row) != raters for row in table):
        raise ValueError("every unit needs the same number (2 or more) of ratings")
    n_units = len(table)
    p_j = [sum(row[j] for row in table) / (n_units * raters) for j in range(len(table[0]))]
    p_i = [(sum(c * c for c in row) - raters) / (raters * (raters - 1)) for row in table]
    p_bar, p_e = sum(p_i) / n_units, sum(p * p for p in p_j)
    if p_e == 1:
        return 1.0 if p_bar == 1 else None
    return (p_bar - p_e) / (1 - p_e)


def counts_table(units: list[list]) -> list[list[int]]:
    """Turn units (each a list of the raters' labels) into the counts table fleiss_kappa takes."""
    labels = sorted({label for unit in units for label in unit}, key=str)
    index = {label: i for i, label in enumerate(labels)}
    table = []
    for unit in units:
        row = [0] * len(labels)
        for label in unit:
            row[index[label]] += 1
        table.append(row)
    return table


def nominal_alpha(matrix: list[list]) -> float | None:
    """Krippendorff's alpha (nominal) of a coders x units matrix; None marks a missing value.

    Computed by the maintained krippendorff package; None when fewer than two
    values are pairable or every pairable value is the same.
    """
    np = numpy_module()
    import krippendorff

    labels = sorted({v for row in matrix for v in row if v is not MISSING}, key=str)
    if not matrix or not labels:
        return None
    code = {label: i for i, label in enumerate(labels)}
    data = np.array([[np.nan if v is MISSING else code[v] for v in row] for row in matrix], dtype=float)
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    if pairable.sum() == 0:
        return None
    data = data[:, pairable]
    if len(labels) == 1 or len(np.unique(data[~np.isnan(data)])) == 1:
        return 1.0 if not np.isnan(data).all() else None
    value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                               value_domain=list(range(len(labels))))
    return None if math.isnan(value) else float(value)


def span_f1(first: set, second: set, overlap: bool = False) -> float | None:
    """F1 of one annotator's spans against another's (symmetric); spans are (article, start, end, label...) tuples.

    Exact: the whole tuple must match. Overlap: same article and label, and
    overlapping offsets, each span matched at most once.
    """
    if not first and not second:
        return None
    if not overlap:
        return 2 * len(first & second) / (len(first) + len(second))
    by_article: dict = {}
    for span in second:
        by_article.setdefault(span[0], []).append(span)
    hits = 0
    for span in sorted(first, key=str):
        remaining = by_article.get(span[0], [])
        for i, other in enumerate(remaining):
            if other[3:] == span[3:] and other[1] < span[2] and span[1] < other[2]:
                hits += 1
                del remaining[i]
                break
    return 2 * hits / (len(first) + len(second))


def percent(agree: int, total: int) -> float | None:
    """Share of units on which annotators agree."""
    return agree / total if total else None
