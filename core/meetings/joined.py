"""Bodies joined by ・ to a body the registry knows: キリスト教民主同盟(CDU)・キリスト教社会同盟(CSU), CDU・CSU.

The meetings read such a pair as one side, named by the known body (the union's talks with the
SPD have two sides). The second body is one the registry does not know; the rules never found
it, but a tagger that learns its name (the bundled one or a library's own) does: it then stays
with the first body's side instead of becoming a side of its own.
"""

from __future__ import annotations

import re

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
