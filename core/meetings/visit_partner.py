"""The visitor as the partner of the host's talks: マクロン大統領が10日、来日した。岸田首相は11日、首相官邸で会談し… —
talks of one side of the host country alone, told in the sentence of a visit to that country or the one after it,
are held with the visitor (the converse of core.meetings.people.host_of_the_visit: the visitor's talks alone are
held with the host)."""

from __future__ import annotations

from core.clauses.phrases import phrases
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import person_country

# how many visits told before are looked at (a trip's visits, told one after another)
_RECENT = 4


def visitor_of_the_host(body: str, mention: MeetingMention, earlier: list[MeetingMention], clause: int, start: int,
                        s_start: int) -> None:
    """Talks whose one side is a known person of the country a visit told in the sentence (or the one before) goes
    to, and whose clause names no partner: the one visitor of that visit is the other side. A visit with several
    visitors, a host that is no country, a side of another country or unknown, leave the talks as they are."""
    if mention.kind != "talks" or len(mention.participants) != 1:
        return
    (side,) = mention.participants
    country = side.entity_id if (side.entity_id or "").startswith("country:") else _country_id(side.entity_id)
    if country is None or any(p.group == "partner" for p in phrases(body, clause, start)):
        return  # (…と会談し: a partner the clause names, read or not, is its own)
    for visit in reversed(earlier[-_RECENT:]):
        if visit.kind != "visit" or s_start - visit.sentence[1] > 2:
            continue
        visitors = [p for p in visit.participants if p.role == "visitor"]
        hosts = {p.entity_id for p in visit.participants if p.role == "host"}
        if len(visitors) == 1 and hosts == {country} and (visitors[0].entity_id or visitors[0].name) \
                != (side.entity_id or side.name) and _country_id(visitors[0].entity_id) != country:
            mention.participants.append(Participant(visitors[0].name, visitors[0].entity_id))
        return


def _country_id(entity_id: str | None) -> str | None:
    """The country entity a known person stands for (country:JP), None for anyone else."""
    code = person_country(entity_id)
    return f"country:{code}" if code else None
