"""The office a meeting's person held on its day, by the registry, when the text writes none with the name."""

from __future__ import annotations

import re

from core.registry import Registry

# 岩屋毅前外相, 岩屋・元外相: the text says the office was held before, whatever the registry's dates say
_FORMER = r"[・\s]?(?:前|元)"


def offices_then(body: str, proposals, registry: Registry) -> None:
    """Give each person of a dated proposal written without a title the office the registry holds them in on
    the meeting's day (岩屋毅氏は5日…会談: 外相 in February 2025), or through all of its month or year; an undated
    meeting, a person the registry holds no office for then, or one the text calls a former holder, keeps none.
    The text is read for a name's former title once, however many of its meetings the name is in."""
    former: dict[str, bool] = {}
    for proposal in proposals:
        if proposal.start:
            _office_then(body, proposal, registry, former)


def _office_then(body: str, proposal, registry: Registry, former: dict[str, bool]) -> None:
    # a month or a year is the meeting's day only when the term holds all of it (2025: 岩屋 then 茂木 were 外相)
    first, last = proposal.start + "-01-01"[len(proposal.start) - 4 :], (proposal.end or proposal.start)
    last += "-12-31"[len(last) - 4 :]
    for participant in proposal.participants:
        entity = registry.entities.get(participant.entity_id or "")
        if participant.office or entity is None or entity.type != "PERSON":
            continue
        office = entity.office_on(first)
        if not (office and office.get("office") and office is entity.office_on(last)):
            continue
        if participant.name not in former:
            former[participant.name] = _written_former(body, participant.name)
        if not former[participant.name]:
            participant.office = office["office"]


def _written_former(body: str, name: str) -> bool:
    return bool(name) and re.search(re.escape(name) + _FORMER, body) is not None
