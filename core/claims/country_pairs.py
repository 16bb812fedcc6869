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

from core.sentences import sentence_spans

# What the pair's sides are called after it: 日韓両政府, 米中両国, 日中両首脳, 米朝政府
_SIDES = re.compile(r"両?(?:政府|国政府|国|首脳|外相)")


def _pair_at(body: str, countries: list, mention) -> str | None:
    """The pair a one-character country mention is half of (日韓 for 韓 in 日韓両政府), with its sides' word."""
    if len(mention.text) != 1:
        return None
    before = next((m for m in countries if m.end == mention.start and len(m.text) == 1), None)
    after = next((m for m in countries if m.start == mention.end and len(m.text) == 1), None)
    if (before is None) == (after is None):
        return None  # alone (米は), or a run of three (日米韓): no pair to name
    start, end = (before.start, mention.end) if before is not None else (mention.start, after.end)
    sides = _SIDES.match(body, end)
    return body[start : sides.end() if sides else end]


def pair_holders(body: str, mentions: list, found: list) -> list:
    """The candidates whose holder was read from half of a country pair in their sentence, held by the pair."""
    countries = [m for m in mentions if m.type == "GPE"]
    if not any(len(m.text) == 1 for m in countries):
        return found
    spans = sentence_spans(body)
    starts = [s for s, _ in spans]
    out = []
    for candidate in found:
        i = bisect_right(starts, candidate.start) - 1
        s_start = spans[i][0] if i >= 0 else 0
        own = [m for m in countries if m.entity_id and m.entity_id == candidate.holder_entity_id
               and s_start <= m.start and m.end <= candidate.start]
        pair = _pair_at(body, countries, own[-1]) if own else None
        out.append(replace(candidate, holder_entity_id=None, holder_text=pair) if pair else candidate)
    return out
