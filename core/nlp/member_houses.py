"""The house a named member sits in, before 議員: 河野太郎衆議院議員, ラウラー元下院議員, 同国上院議員.

The news gold names the house in 上院議員, 下院議員, 衆議院議員 and 参議院議員 (bench/news_gold: the
fourth and seventh draws' calls) and a country glued on makes one body with it (米上院, フィリピン下院);
the seeds' gold leaves an office on its own unnamed (ルビオ氏は上院議員を務め). So the gazetteer pass
leaves every house before 議員 out, and this pass names it where the office is a named member's: a
person right before it (元, 前 or 現 between; a country glued on between too: マケイン米上院議員), 同国, or a person right after
議員 (元衆議院議員米原昶, 衆議院議員・石川知裕, 参議院議員の片山さつき). 上院議員に立候補, 議員を務め with no one named stay offices, and a delegation
(米上院議員団) stays its country, the side its talks have.
"""

from __future__ import annotations

import re

from core.model import Mention

_HOUSE = re.compile(r"(?:上院|下院|衆議院|参議院|衆院|参院)(?=議員)")
# Between a member's name and the house: 元下院議員, 前衆院議員, 現上院議員.
_STANDING = ("元", "前", "現")
# A name's reading in brackets between it and the house: 池坊保子(いけのぼうやすこ)衆議院議員.
_READING_BEFORE = re.compile(r"[(（][\u3041-\u3093\u30a1-\u30faー・ ]{1,16}[)）]$")
# Between 議員 and the member named after it: 衆議院議員・石川知裕, 参議院議員の片山さつき.
_JOINS_AFTER = ("・", "の")
# 同国 before the house names the article's country, which is no mention of its own (同国上院議員).
_SAME_COUNTRY = "同国"


def member_houses(folded: str, chosen: list[Mention], registry) -> list[Mention]:
    """chosen (sorted, non-overlapping) with an ORG mention of each house before 議員 that a named member sits in;
    a country mention glued before the house becomes one ORG mention with it (マケイン米上院議員 → 米上院)."""
    if "議員" not in folded:
        return chosen
    ending = {m.end: m for m in chosen}
    starting = {m.start: m for m in chosen}
    added: list[Mention] = []
    replaced: set[int] = set()
    for found in _HOUSE.finditer(folded):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in chosen):
            continue  # read already: 第47回衆議院議員総選挙, a body the rules named
        glued = ending.get(start)
        if glued is not None and not (glued.type == "GPE" and (glued.entity_id or "").startswith("country:")):
            glued = None  # a member's name (河野太郎衆議院議員), read below
        first = glued.start if glued is not None else start
        left = first - 1 if folded[first - 1 : first] in _STANDING else first
        reading = _READING_BEFORE.search(folded, max(0, left - 20), left)
        before = ending.get(reading.start() if reading else left)
        after = starting.get(end + 3 if folded[end + 2 : end + 3] in _JOINS_AFTER else end + 2)
        if not ((before is not None and before.type == "PERSON") or (after is not None and after.type == "PERSON")
                or (glued is None and folded[max(0, left - 2) : left] == _SAME_COUNTRY)):
            continue  # an office no one named holds (上院議員を務め), or a delegation, its country's (米上院議員団)
        if glued is not None:
            replaced.add(id(glued))
        added.append(Mention(first, end, "", "ORG", _known(registry, folded, first, end),
                             source="compound" if glued is not None else "gazetteer"))
    if not added:
        return chosen
    return sorted([m for m in chosen if id(m) not in replaced] + added, key=lambda m: m.start)


def _known(registry, folded: str, start: int, end: int) -> str | None:
    """The registry's entity for exactly folded[start:end], if it knows one."""
    for match_end, ids in registry.longest_matches(folded, start):
        if match_end == end and ids:
            return ids[0]
    return None
