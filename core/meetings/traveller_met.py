"""Talks told by their partner alone (英国のメイ首相との会談は…チェッカーズで行われた), after the article told one
traveller's visit to the partner's country: the traveller is the other side. The report goes on from the visit, and
names only the host it was met by. A person Kaidan knows no country of stands for the country the article writes
with them (パキスタンのムシャラフ大統領は…中国を訪問した)."""

from __future__ import annotations

import re

from core.clauses.referents import candidates
from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.people import SUBJECT_MARK_ALONE, name_of, person_country

_REACH = 1500  # how far before the talks the visit may be told (a report of one trip)
_PARTNER = re.compile(r"(?:氏|さん)?(?:との|と)")


def traveller_of_the_visit(body: str, mention: MeetingMention, earlier: list[MeetingMention], clause: int,
                           start: int, people=None) -> None:
    """Put the traveller before a partner met alone, when the one visit (or trip) told before to the partner's
    country has one traveller, of another country, and the clause names no subject. people: the article's actors,
    a SpanIndex, to read the country written with a person Kaidan does not know (None: known people only)."""
    if mention.kind not in TALK_KINDS or len(mention.participants) != 1 \
            or SUBJECT_MARK_ALONE.search(body, clause, start):
        return
    (partner,) = mention.participants
    told = candidates(body, people, mention.start) if people is not None else []
    country = _country(body, partner, told)
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
    if _country(body, traveller, told) in (None, country):
        return
    mention.participants.insert(0, Participant(traveller.name, traveller.entity_id, office=traveller.office))


def _country(body: str, side: Participant, told) -> str | None:
    """A person's country code: the one Kaidan knows them by, else the one the article writes with them before
    (told: the people named before, with their countries), else None."""
    code = person_country(side.entity_id)
    if code is not None:
        return code
    written = next((c.country for c in told if (c.mention.entity_id or name_of(body, c.mention))
                    == (side.entity_id or side.name)), None)
    return written[len("country:"):] if written and written.startswith("country:") else None
