"""Bodies joined by ・ to a body the registry knows, and bodies a tagger read past their partner's と: キリスト教民主同盟(CDU)・キリスト教社会同盟(CSU), CDU・CSU.

The meetings read such a pair as one side, named by the known body (the union's talks with the
SPD have two sides). The second body is one the registry does not know; the rules never found
it, but a tagger that learns its name (the bundled one or a library's own) does: it then stays
with the first body's side instead of becoming a side of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

_JOINED_BEFORE = re.compile(r"(?:[(（][^()（）]{1,10}[)）])?・$")  # (CDU)・ or ・ right before the body


def _unknown_body(mention) -> bool:
    return mention.type == "ORG" and (mention.entity_id or "found:").startswith("found:")


def without_joined_bodies(body: str, mentions: list) -> list:
    """The mentions less the unknown bodies joined by ・ to a known one, and the acronyms in their asides."""
    known_ends = {m.end for m in mentions if m.type == "ORG" and not _unknown_body(m)}
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        if not _unknown_body(m):
            continue
        joint = _JOINED_BEFORE.search(body, max(0, m.start - 14), m.start)
        if joint is None or joint.start() not in known_ends:
            continue
        dropped.add((m.start, m.end))
        if body.startswith(("(", "（"), m.end):  # キリスト教社会同盟(CSU): its acronym goes with it
            close = min((i for i in (body.find(")", m.end), body.find("）", m.end)) if i > 0), default=-1)
            dropped |= {(a.start, a.end) for a in mentions if _unknown_body(a) and m.end < a.start and a.end <= close}
    return [m for m in mentions if (m.start, m.end) not in dropped] if dropped else mentions


# フジと株式譲渡交渉: a body no list holds, read on past its と into the meeting word after it
_PAST_PARTNER = re.compile(r"と[^と]{0,8}?(?:交渉|協議|会談|会合|話し合い)$")


def cut_at_partner(body: str, mention):
    """A body a tagger named over its partner's と and the meeting word (『…名乗りフジと株式譲渡交渉』): the body
    is the name before と (フジ), a side of the meeting told after it."""
    if not _unknown_body(mention):
        return mention
    cut = _PAST_PARTNER.search(body, mention.start, mention.end)
    if cut is None or cut.start() - mention.start < 2:
        return mention
    name = body[mention.start : cut.start()]
    return replace(mention, end=cut.start(), text=name, entity_id=f"found:ORG:{name}")
