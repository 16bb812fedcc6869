"""A pair of countries written by one character each (日韓, 米中, 日韓両政府) holds as the pair, never as its half.

Newspapers name both sides of a relation at once: 日韓両政府は…会談すると発表した, 拉致問題で日韓が連携して
いくことも確認した. The entity reader finds 日 and 韓 as two countries; a holder read from the second is
one side of an announcement both made. The claim is then held by the pair as written, with what
follows it when it names the sides' governments or leaders (両政府, 両国, 両首脳), and no entity.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from core.clauses.spans import SpanIndex
from core.sentences import sentence_spans

# What the pair's sides are called after it: 日韓両政府, 米中両国, 日中両首脳, 米朝政府
_SIDES = re.compile(r"両?(?:政府|国政府|国|首脳|外相)")


def _pair_at(body: str, singles: tuple[dict, dict], mention) -> str | None:
    """The pair a one-character country mention is half of (日韓 for 韓 in 日韓両政府), with its sides' word;
    singles: the one-character country mentions by where they end and by where they start."""
    if len(mention.text) != 1:
        return None
    before, after = singles[0].get(mention.start), singles[1].get(mention.end)
    if (before is None) == (after is None):
        return None  # alone (米は), or a run of three (日米韓): no pair to name
    start, end = (before.start, mention.end) if before is not None else (mention.start, after.end)
    sides = _SIDES.match(body, end)
    return body[start : sides.end() if sides else end]


def pair_holders(body: str, mentions: list, found: list) -> list:
    """The candidates whose holder was read from half of a country pair in their sentence, held by the pair."""
    countries = SpanIndex(mentions, ("GPE",))
    by_end: dict = {}
    by_start: dict = {}
    for m in countries.items:
        if len(m.text) == 1:
            by_end.setdefault(m.end, m)
            by_start.setdefault(m.start, m)
    if not by_end:
        return found
    spans = sentence_spans(body)
    starts = [s for s, _ in spans]
    out = []
    for candidate in found:
        i = bisect_right(starts, candidate.start) - 1
        s_start = spans[i][0] if i >= 0 else 0
        # the holder's own mention nearest before the claim in its sentence (a bounded look back: linear cost)
        own = next((m for m in countries.before(candidate.start, floor=s_start) if m.entity_id
                    and m.entity_id == candidate.holder_entity_id and m.end <= candidate.start), None)
        pair = _pair_at(body, (by_end, by_start), own) if own is not None else None
        out.append(replace(candidate, holder_entity_id=None, holder_text=pair) if pair else candidate)
    return out
