"""Partners met apart with no subject written (…を訪問する。インドではモディ首相と、パキスタンではカーン首相と会談する):
each partner has its own と, so they did not meet each other; the subject the sentences before carried meets each
of them, in a meeting of its own (core.meetings.each splits them). Without it the two partners read as one pair,
and a trip's two talks as one meeting of two leaders who never met."""

from __future__ import annotations

from core.meetings.each import name_end
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import SUBJECT_MARK_ALONE



def carried_into_partners_apart(body: str, mention: MeetingMention, clause: int, start: int, carried) -> None:
    """Put the carried subject first when the mention's sides are all partners written apart (Aと、…Bと会談) and
    the clause names no subject of its own."""
    if carried is None or len(mention.participants) < 2 or SUBJECT_MARK_ALONE.search(body, clause, start):
        return
    if any((p.entity_id or p.name) == (carried.entity_id or carried.name) for p in mention.participants):
        return
    ends = sorted(name_end(body, p, clause, start) for p in mention.participants)
    if ends[0] < 0 or not all(body.startswith("と、", e) for e in ends[:-1]) or not body.startswith("と", ends[-1]):
        return
    mention.participants.insert(0, Participant(carried.name, carried.entity_id))
