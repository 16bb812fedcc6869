"""The visitor as the partner of the host's talks: マクロン大統領が10日、来日した。岸田首相は11日、首相官邸で会談し… —
talks of one side of the host country alone, told in the sentence of a visit to that country or the one after it,
are held with the visitor (the converse of core.meetings.people.host_of_the_visit: the visitor's talks alone are
held with the host)."""

from __future__ import annotations

import re

from core.clauses.phrases import phrases_to
from core.clauses.referents import candidates
from core.meetings.mention import MeetingMention, Participant
from core.meetings.traveller_met import country_told

# how many visits told before are looked at (a trip's visits, told one after another)
_RECENT = 4


def visitor_of_the_host(body: str, mention: MeetingMention, earlier: list[MeetingMention], clause: int, start: int,
                        s_start: int, people=None) -> None:
    """Talks whose one side is a known person of the country a visit told in the sentence (or the one before, or two
    before with a sentence of that paragraph naming nobody between: people, the article's actors) goes
    to, and whose clause names no partner: the one visitor of that visit is the other side. A visit with several
    visitors, a host that is no country, a side of another country or unknown, leave the talks as they are. A person
    Kaidan knows no country of is of the one the article writes with them, and a cabinet's minister written with none
    is Japan's (core.meetings.traveller_met.country_told: 町村外相は11日、外務省で会談した)."""
    if mention.kind != "talks" or len(mention.participants) != 1:
        return
    (side,) = mention.participants
    told = candidates(body, people, mention.start) if people is not None else []
    country = side.entity_id if (side.entity_id or "").startswith("country:") else _country_id(
        country_told(body, side, told, home=True))
    if country is None or any(p.group == "partner" for p in phrases_to(body, clause, start)):
        return  # (…と会談し: a partner the clause names, read or not, is its own)
    for visit in reversed(earlier[-_RECENT:]):
        if visit.kind != "visit" or not _told_just_before(body, visit.sentence[1], s_start, people):
            continue
        visitors = [p for p in visit.participants if p.role == "visitor"]
        hosts = {p.entity_id for p in visit.participants if p.role == "host"}
        if len(visitors) == 1 and hosts == {country} and (visitors[0].entity_id or visitors[0].name) \
                != (side.entity_id or side.name) and _country_id(country_told(body, visitors[0], told)) != country:
            mention.participants.append(Participant(visitors[0].name, visitors[0].entity_id))
        return


# a sentence between the visit's and the talks': one, short, in the same paragraph (米軍横田基地に大統領専用機で到着。)
_ONE_SENTENCE = re.compile(r"[^。\n「」『』]{1,80}。")


def _told_just_before(body: str, visit_end: int, s_start: int, people) -> bool:
    """Whether the visit's sentence ends right before s_start, or one sentence naming no person stands between:
    トランプ米大統領が5日午前、来日した。米軍横田基地に大統領専用機で到着。安倍首相は6日午後に首脳会談に臨み —
    the arrival goes on with the visit, so the host's talks after it are still the visitor's."""
    if s_start - visit_end <= 2:
        return True
    gap = body[visit_end:s_start].strip()
    return people is not None and _ONE_SENTENCE.fullmatch(gap) is not None \
        and not any(m.type == "PERSON" for m in people.within(visit_end, s_start))


def _country_id(code: str | None) -> str | None:
    """The country entity of a country code (JP: country:JP), None for none."""
    return f"country:{code}" if code else None
