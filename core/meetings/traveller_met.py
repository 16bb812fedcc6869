"""Talks told by their partner alone (英国のメイ首相との会談は…チェッカーズで行われた), after the article told one
traveller's visit to the partner's country: the traveller is the other side. The report goes on from the visit, and
names only the host it was met by."""

from __future__ import annotations

import re

from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.people import SUBJECT_MARK_ALONE, person_country

_REACH = 1500  # how far before the talks the visit may be told (a report of one trip)
_PARTNER = re.compile(r"(?:氏|さん)?(?:との|と)")


def traveller_of_the_visit(body: str, mention: MeetingMention, earlier: list[MeetingMention], clause: int,
                           start: int) -> None:
    """Put the traveller before a partner met alone, when the one visit (or trip) told before to the partner's
    country has one traveller, of another country, and the clause names no subject."""
    if mention.kind not in TALK_KINDS or len(mention.participants) != 1 \
            or SUBJECT_MARK_ALONE.search(body, clause, start):
        return
    (partner,) = mention.participants
    country = person_country(partner.entity_id)
    written = body.find(partner.name, clause, start)
    if country is None or written < 0 or not _PARTNER.search(body, written + len(partner.name), start):
        return
    travellers = {(p.entity_id or p.name): p for m in earlier
                  if m.kind in ("visit", "trip") and 0 <= mention.start - m.end <= _REACH
                  and any(h.role == "host" and h.entity_id == f"country:{country}" for h in m.participants)
                  for p in m.participants if p.role == "visitor"}
    if len(travellers) != 1:
        return
    (traveller,) = travellers.values()
    if person_country(traveller.entity_id) in (None, country):
        return
    mention.participants.insert(0, Participant(traveller.name, traveller.entity_id, office=traveller.office))
