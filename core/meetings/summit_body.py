"""A meeting of many named by the body of states that holds it (EU首脳会議, NATO首脳会議, ASEAN外相会議, 欧州連合(EU)の
首脳会議) and told with nobody said to attend: the body is its side, as its host. So the meeting is the body's own, not
one of the country its town lies in (core.meetings.plan keeps a body of states' meeting from a host country), and
those the next sentence says attend it join it (core.meetings.attendees: 小泉首相、ブッシュ大統領らが出席した)."""

from __future__ import annotations

from core.meetings.mention import MeetingMention, Participant
from core.registry import Registry


def of_states(entity_id: str | None, registry: Registry) -> bool:
    """Whether an entity is a body whose members are states (国連, ASEAN), by its registry kind."""
    entity = registry.get(entity_id) if entity_id else None
    return entity is not None and entity.attributes.get("kind") == "international"


def body_holding(mention: MeetingMention, event, acronym, grouping, registry: Registry) -> None:
    """Give a meeting of many with no attendee read the body of states that holds it: the organisation of the named
    event (event: NATO首脳会議, G20サミット, by the gazetteer's org of the event), the group written before the word
    (acronym: G20金融サミット) or the organisation joined to it (grouping: 欧州連合(EU)の首脳会議)."""
    if mention.participants or mention.kind != "multilateral":
        return
    entity = registry.get(event.entity_id) if event is not None and event.entity_id else None
    holder = entity.attributes.get("org") if entity is not None else None
    opening = _body_opening(event.text, registry) if event is not None and not holder else None
    if holder and of_states(holder, registry):
        mention.participants = [Participant(registry.get(holder).name, holder, role="host")]
    elif opening is not None:  # アフリカ連合首脳会議, NATO国防相会議: an event the gazetteer lacks, named by its body
        mention.participants = [opening]
    elif acronym is not None:
        found = next((i for i in registry.named(acronym.group(0)) or () if of_states(i, registry)), None)
        if found is not None:
            mention.participants = [Participant(acronym.group(0), found, role="host")]
    elif grouping is not None and of_states(grouping.entity_id, registry):
        mention.participants = [Participant(grouping.text, grouping.entity_id, role="host")]


def _body_opening(name: str, registry: Registry) -> Participant | None:
    """The body of states a meeting's name opens with (アフリカ連合首脳会議: the African Union, NATO国防相会議: NATO),
    the longest the registry names; None when none, or when another side follows it (EU・中国首脳会議, EUと中国の)."""
    for cut in range(len(name) - 2, 1, -1):
        found = next((i for i in registry.named(name[:cut]) or () if of_states(i, registry)), None)
        if found is not None:
            return None if name[cut] in _JOINERS else Participant(name[:cut], found, role="host")
    return None


# what joins a second side to the body a meeting's name opens with (EU・中国, EUと中国)
_JOINERS = "・、とや=＝"
