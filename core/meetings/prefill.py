"""A new meeting made from a mention, prefilled with what Kaidan read of the mention's sentence.

The user who asks for a new meeting from a mention corrects a reading rather than
types one: the proposal meeting detection reads for the mention, on this article
alone (before it is joined to a meeting other articles told), gives its kind,
participants, date and place; what it leaves empty, the entity mentions of the
sentence fill (core.meetings.guess). No library, no window: the caller reads
the article and its mentions.
"""

from __future__ import annotations

from typing import Mapping

from core.analysis_limit import analysed_part
from core.meetings.guess import guess_meeting
from core.meetings.plan import plan_meetings
from core.model import Mention
from core.registry import Registry


def new_meeting_prefill(body: str, start: int, end: int, mentions: list[Mention], names: Mapping[str, str],
                        published: str | None, dateline: str | None, registry: Registry) -> dict:
    """Kind, participants and fields (date, place, title) for a new meeting from the span start:end; its status
    (held, scheduled…) when detection read one."""
    guess = guess_meeting(body, start, end, mentions, names)
    head = analysed_part(body)  # what detection read of a long text: a mention past it has no proposal
    if end > len(head):
        return guess
    plan = plan_meetings(head, mentions, published, dateline, registry)
    proposal = next((p for p in plan.proposals if any(m.start < end and start < m.end for m in p.mentions)), None)
    if proposal is None:
        return guess
    participants, seen = [], set()
    for p in proposal.participants:
        key = p.entity_id or p.name
        if not key or key in seen:
            continue
        seen.add(key)
        participants.append({"entity_id": p.entity_id, "name": names.get(p.entity_id or "") or p.name,
                             "role": p.role, "office": p.office})
    fields = dict(guess["fields"])
    if proposal.start:
        fields = {"start_date": proposal.start, "precision": proposal.precision}
        if proposal.date_text:
            fields["date_text"] = proposal.date_text
        if proposal.end and proposal.end != proposal.start:
            fields["end_date"] = proposal.end
    if proposal.place or proposal.place_text:
        fields.update(place_entity_id=proposal.place, place_text=proposal.place_text)
    if proposal.title:
        fields["title"] = proposal.title
    return {"kind": proposal.kind, "status": proposal.status, "participants": participants or guess["participants"], "fields": fields}
