"""A meeting told first by its countries alone (日中首脳会談が9日、北京で行われた) and then by one of its people with
no partner (安倍首相は人民大会堂で首脳会談に臨み): the person's telling is of that meeting, their country one of its
sides. Japanese news names the pair once, in the lead, and goes on with the side it reports from."""

from __future__ import annotations

from core.meetings.agreement import is_country
from core.meetings.proposal import Proposal


def told_by_its_countries(candidate: Proposal, earlier: Proposal, country_of) -> bool:
    """Whether the earlier meeting names two countries only and the candidate names people (and countries) of one
    of them: a side of it told again. A person Kaidan knows no country of, or of another country (a trip's next
    host, フランスを訪れ首脳会談), makes it another meeting; so do people of both (another pair's talks)."""
    countries = {p.entity_id for p in earlier.participants}
    if len(countries) != 2 or not all(is_country(p) for p in earlier.participants):
        return False  # (日中韓首脳会談 to come is no talks of two of its people)
    people = [p for p in candidate.participants if not is_country(p)]
    if not people:
        return False
    theirs = {p.entity_id if is_country(p) else country_of(p.entity_id) if p.entity_id else None
              for p in candidate.participants}
    return len(theirs) == 1 and theirs < countries
