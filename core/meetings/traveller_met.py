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
# a cabinet's offices, as Japan's are written (首相, 外相, 経済産業相, 外務大臣, 官房長官)
_CABINET = re.compile(r"(?:相|大臣|官房長官)$")
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
    country = country_told(body, partner, told, home=True)
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
    if country_told(body, traveller, told) in (None, country):
        return
    mention.participants.insert(0, Participant(traveller.name, traveller.entity_id, office=traveller.office))


def country_told(body: str, side: Participant, told, home: bool = False) -> str | None:
    """A person's country code: the one Kaidan knows them by, else the one the article writes with them before
    (told: the people named before, with their countries), else with home Japan's for one written with a public
    office of a cabinet and no country whom Kaidan's registry does not hold (町村外相との会談では: the country a Japanese
    report is at home in; アナン事務総長, held with no country, serves no state; 大統領 and 議長 Japan has none), else None."""
    code = person_country(side.entity_id)
    if code is not None:
        return code
    key = side.entity_id or side.name
    found = next((c for c in told if (c.mention.entity_id or name_of(body, c.mention)) == key), None)
    if found is not None and found.country:
        return found.country[len("country:"):] if found.country.startswith("country:") else None
    if home and not (side.entity_id or "").startswith("person:") and found is not None and found.office is not None \
            and _CABINET.search(found.office["office"]):
        return "JP"
    return None
