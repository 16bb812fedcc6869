"""What a suspect or a defendant told the police or the court (…と供述した): theirs, never the police's or the outlet's.

供述 and 自供 are said by the one questioned. A が-subject opening the claim (さらに容疑者が…と供述した) is the
speaker, not the matter; with none, the suspect or defendant named last before the claim (勝又拓哉容疑者), or
named later in the sentence (…と供述しており、…勝又容疑者の単独での犯行であるとみている).
"""

from __future__ import annotations

import re
from dataclasses import replace

_CONFESSED = re.compile(r"^(?:供述|自供)")
# The one questioned opening the claim: さらに容疑者が, 男は, 被告は、
_QUESTIONED = re.compile(r"^(?:(?:さらに|また|なお|その後|調べに対し(?:て)?)、?)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・]{0,8}"
                         r"(?:容疑者|被告人|被告|受刑者|少年|男|女))(?:ら)?(?:は|が)、?")
_TITLE_AFTER = re.compile(r"(?:容疑者|被告人|被告|受刑者)")


def confessed(body: str, candidate, people: list, types: dict):
    """The candidate held by the suspect or defendant who confessed it, or as it was."""
    if not _CONFESSED.match(candidate.cue):
        return candidate
    opening = _QUESTIONED.match(candidate.text)
    if opening is not None and len(candidate.text) - opening.end() >= 4:
        start = candidate.start + opening.end()
        named = [m for m in people if candidate.start <= m.start < start and m.type == "PERSON"]
        return replace(candidate, start=start, text=body[start:candidate.end],
                       holder_entity_id=named[-1].entity_id if named else None,
                       holder_text=named[-1].text if named else opening.group("name"))
    if candidate.holder_entity_id is not None and types.get(candidate.holder_entity_id) == "PERSON":
        return candidate
    s_end = body.find("。", candidate.end)
    s_end = len(body) if s_end < 0 else s_end
    suspects = [m for m in people if m.type == "PERSON" and _TITLE_AFTER.match(body, m.end)
                and (m.end <= candidate.start or candidate.end <= m.start < s_end)]
    before = [m for m in suspects if m.end <= candidate.start and candidate.start - m.end <= 600]
    after = [m for m in suspects if m.start >= candidate.end]
    suspect = before[-1] if before else after[0] if after else None
    if suspect is None:
        return candidate
    return replace(candidate, holder_entity_id=suspect.entity_id, holder_text=suspect.text)
