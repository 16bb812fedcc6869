"""Krippendorff's unitizing alpha (uα): agreement on where units begin and end, and of which category.

The coefficient of Krippendorff (2004, Content Analysis, 2nd ed., section 12.4)
for coders who cut a continuum into units of categories. For each category,
each coder's continuum is a run of segments: the units of that category and the
gaps between them. Two coders disagree by the squared differences of the ends
of overlapping units, or by a unit's squared length where the other coder left a
gap around it; the disagreement expected by chance comes from the lengths of all
units and gaps. Kaidan's continuum is the text of the articles every compared
annotator holds, one after another (offsets in characters); a coder's units of
one category that overlap are joined, as the coefficient requires.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True)
class Segment:
    """A stretch of one coder's continuum: a unit of the category, or a gap between units."""

    begin: int
    length: int
    unit: bool

    @property
    def end(self) -> int:
        """The offset just after the segment."""
        return self.begin + self.length


def distance(first: Segment, second: Segment) -> int:
    """Krippendorff's squared distance between two coders' overlapping segments (0 when they agree)."""
    if first.unit and second.unit:
        if -first.length < first.begin - second.begin < second.length:
            return (first.begin - second.begin) ** 2 + (first.end - second.end) ** 2
        return 0
    if first.unit and not second.unit:
        return first.length ** 2 if second.begin <= first.begin and first.end <= second.end else 0
    if second.unit and not first.unit:
        return second.length ** 2 if first.begin <= second.begin and second.end <= first.end else 0
    return 0


def segments(units, length: int) -> list[Segment]:
    """One coder's continuum of the given length cut by its units [(start, end)]: units and the gaps between.

    Units that overlap or touch are joined; units outside the continuum are clipped.
    """
    joined: list[list[int]] = []
    for start, end in sorted((max(s, 0), min(e, length)) for s, e in units):
        if end <= start:
            continue
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    out, at = [], 0
    for start, end in joined:
        if start > at:
            out.append(Segment(at, start - at, False))
        out.append(Segment(start, end - start, True))
        at = end
    if at < length:
        out.append(Segment(at, length - at, False))
    return out


def observed_sum(first: list[Segment], second: list[Segment]) -> int:
    """The sum of distances between every overlapping pair of two coders' segments (both cover one continuum)."""
    total, j = 0, 0
    for seg in first:
        while j < len(second) and second[j].end <= seg.begin:
            j += 1
        k = j
        while k < len(second) and second[k].begin < seg.end:
            total += distance(seg, second[k])
            k += 1
    return total


def observed(coders: list[list[Segment]], length: int) -> float:
    """D_o of one category: the coders' mean squared disagreement per ordered pair, scaled by the continuum."""
    m = len(coders)
    total = sum(observed_sum(coders[i], coders[j]) for i in range(m) for j in range(m) if i != j)
    return total / (m * (m - 1) * length ** 2)


def expected(coders: list[list[Segment]], length: int) -> float:
    """D_e of one category: the disagreement expected when units and gaps are placed by chance."""
    m = len(coders)
    units = [s.length for c in coders for s in c if s.unit]
    gaps = sorted(s.length for c in coders for s in c if not s.unit)
    # sum over gaps at least as long as l of (gap - l + 1), from suffix sums of the sorted gap lengths
    suffix = list(accumulate(reversed(gaps)))[::-1] + [0]
    n_units = len(units)
    numerator = 0.0
    for l in units:
        i = bisect_left(gaps, l)
        longer = len(gaps) - i
        numerator += (n_units - 1) / 3 * (2 * l ** 3 - 3 * l ** 2 + l)
        numerator += l ** 2 * (suffix[i] - longer * (l - 1))
    denominator = m * length * (m * length - 1) - sum(l * (l - 1) for l in units)
    return 2 / length * numerator / denominator if denominator > 0 else 0.0


def unitizing_alpha(units: dict[str, dict[str, list[tuple[int, int]]]], coders: list[str],
                    length: int) -> dict:
    """uα over a continuum: {category: {coder: [(start, end)]}} for the given coders.

    Returns the overall alpha (1 - sum D_o / sum D_e over categories), each
    category's alpha, D_o and D_e; None where undefined (fewer than two coders,
    an empty continuum, or no unit at all).
    """
    result: dict = {"alpha": None, "categories": {}, "coders": len(coders), "length": length}
    if len(coders) < 2 or length <= 0:
        return result
    sum_o = sum_e = 0.0
    for category in sorted(units):
        cut = [segments(units[category].get(c, ()), length) for c in coders]
        if not any(s.unit for c in cut for s in c):
            continue
        d_o, d_e = observed(cut, length), expected(cut, length)
        sum_o, sum_e = sum_o + d_o, sum_e + d_e
        result["categories"][category] = {"alpha": 1 - d_o / d_e if d_e else None, "observed": d_o,
                                          "expected": d_e}
    result["alpha"] = 1 - sum_o / sum_e if sum_e else None
    return result


def concatenate(articles: list[tuple[int, int]], spans) -> tuple[dict, int]:
    """Lay articles [(article_id, length)] end to end; spans [(coder, article_id, start, end, category)]
    become {category: {coder: [(start, end)]}} on that continuum. Spans of other articles are left out."""
    offset, at = {}, 0
    for article_id, size in articles:
        offset[article_id] = (at, size)
        at += size
    units: dict = {}
    for coder, article_id, start, end, category in spans:
        if article_id not in offset:
            continue
        base, size = offset[article_id]
        start, end = max(start, 0), min(end, size)
        if end > start:
            units.setdefault(category, {}).setdefault(coder, []).append((base + start, base + end))
    return units, at
