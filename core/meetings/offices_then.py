"""The office a meeting's person held on its day, by the registry, when the text writes none with the name."""

from __future__ import annotations

import re
from datetime import timedelta

from core.meetings.dates import week_monday
from core.registry import Registry

# 岩屋毅前外相, 岩屋・元外相: the text says the office was held before, whatever the registry's dates say
_FORMER = r"[・\s]?(?:前|元)"
_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def offices_then(body: str, proposals, registry: Registry) -> None:
    """Give each person of a dated proposal written without a title the office the registry holds them in on
    the meeting's day (岩屋毅氏は5日…会談: 外相 in February 2025), or through all of its week, month or year; an undated
    meeting, a person the registry holds no office for then, or one the text calls a former holder, keeps none.
    The text is read for a name's former title once, however many of its meetings the name is in."""
    former: dict[str, bool] = {}
    for proposal in proposals:
        if proposal.start:
            _office_then(body, proposal, registry, former)


def _office_then(body: str, proposal, registry: Registry, former: dict[str, bool]) -> None:
    # a week, a month or a year is the meeting's day only when the term holds all of it (2025: 岩屋 then 茂木 were 外相)
    first, last = _day(proposal.start, first=True), _day(proposal.end or proposal.start, first=False)
    if first is None or last is None:
        return
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


def _day(value: str, first: bool) -> str | None:
    """The first or the last day of a date as stored (2025, 2025-02, 2025-02-05, a week 2025-W06), or None."""
    monday = week_monday(value)
    if monday is not None:
        return (monday if first else monday + timedelta(days=6)).isoformat()
    if not _ISO.fullmatch(value):
        return None
    return value + ("-01-01" if first else "-12-31")[len(value) - 4 :]


def _written_former(body: str, name: str) -> bool:
    return bool(name) and re.search(re.escape(name) + _FORMER, body) is not None
