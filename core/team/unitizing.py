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


def joined(units, length: int) -> list[tuple[int, int]]:
    """One coder's units [(start, end)] on a continuum of the given length: clipped, sorted, overlaps joined."""
    out: list[list[int]] = []
    for start, end in sorted((max(s, 0), min(e, length)) for s, e in units):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def segments(units, length: int) -> list[Segment]:
    """One coder's continuum cut by its units: the units (joined) and the gaps between them."""
    out, at = [], 0
    for start, end in joined(units, length):
        if start > at:
            out.append(Segment(at, start - at, False))
        out.append(Segment(start, end - start, True))
        at = end
    if at < length:
        out.append(Segment(at, length - at, False))
    return out


def _gaps(units: list[tuple[int, int]], length: int) -> list[int]:
    ends = [0] + [e for _s, e in units]
    starts = [s for s, _e in units] + [length]
    return [b - a for a, b in zip(ends, starts) if b > a]


def pair_sum(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> int:
    """The sum of distances between two coders' joined units, as the segment-by-segment sum gives it.

    Overlapping units differ by their ends; a unit that overlaps none of the other
    coder's units lies in one of their gaps and counts its squared length.
    """
    total, j = 0, 0
    hit_second = [False] * len(second)
    for b1, e1 in first:
        while j < len(second) and second[j][1] <= b1:
            j += 1
        k, hit = j, False
        while k < len(second) and second[k][0] < e1:
            b2, e2 = second[k]
            total += (b1 - b2) ** 2 + (e1 - e2) ** 2
            hit = hit_second[k] = True
            k += 1
        if not hit:
            total += (e1 - b1) ** 2
    return total + sum((e - b) ** 2 for (b, e), hit in zip(second, hit_second) if not hit)


def observed(coders: list[list[tuple[int, int]]], length: int) -> float:
    """D_o of one category from each coder's joined units: the mean disagreement per ordered pair of coders."""
    m = len(coders)
    total = sum(pair_sum(coders[i], coders[j]) for i in range(m) for j in range(i + 1, m))
    return 2 * total / (m * (m - 1) * length ** 2)


def expected(coders: list[list[tuple[int, int]]], length: int) -> float:
    """D_e of one category: the disagreement expected when the coders' units and gaps are placed by chance."""
    m = len(coders)
    units = [e - b for c in coders for b, e in c]
    gaps = sorted(g for c in coders for g in _gaps(c, length))
    # sum over gaps at least as long as l of (gap - l + 1), from suffix sums of the sorted gap lengths
    suffix = list(accumulate(reversed(gaps)))[::-1] + [0]
    n_units = len(units)
    numerator = 0.0
    for l in units:
        i = bisect_left(gaps, l)
        numerator += (n_units - 1) / 3 * (2 * l ** 3 - 3 * l ** 2 + l)
        numerator += l ** 2 * (suffix[i] - (len(gaps) - i) * (l - 1))
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
        cut = [joined(units[category].get(c, ()), length) for c in coders]
        if not any(cut):
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
