"""A meeting word that opens its sentence as the setting of what follows (首脳会談後の共同記者会見で、A首相とB大統領は…,
会談で、AとBは…): the pair named as the subject after it are its sides."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.name_read import office_end
from core.meetings.country_letters import written_country
from core.meetings.people import name_of, person_country

# 会談で、 会談後、 会談後の共同記者会見で、 会談の冒頭、 会談に先立つ式典では、: the meeting as the setting, then a comma
_SETTING_AFTER = re.compile(r"(?:後|直後|の冒頭|の席上|の場)?(?:の[^、。「」]{1,10}?)?(?:で|では|に|には|において)?、")
# 10日、 同日午後、: a time between the comma and the subject
_TIME = re.compile(r"(?:[0-9０-９]{1,2}日|同日|翌日)(?:午前|午後|夜)?、?")
# AとBは, A首相と米国のB大統領が: two people joined by と, the second with the topic or subject particle
_JOINED = re.compile(r"と(?:[^、。とはが「」]{1,6}の)?")


def pair_after_setting(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """首脳会談後の共同記者会見で、小泉首相とブッシュ大統領は…: the two people, each written with an office, as the
    subject right after a meeting word that opens the sentence as its setting are its sides (nobody named with it)."""
    setting = _SETTING_AFTER.match(body, end)
    by_country = _by_countries(mention)  # 南北首脳会談で、文在寅大統領と金正恩委員長は: the people are the sides
    if setting is None or mention.participants and not by_country:
        return
    position = setting.end()
    time = _TIME.match(body, position)
    position = time.end() if time else position
    people = [m for m in actors if m.type == "PERSON" and position <= m.start and m.end <= s_end]
    if len(people) < 2 or people[0].start - position > 8 or "、" in body[position : people[0].start]:
        return
    a, b = people[0], people[1]
    a_end, b_end = office_end(body, a.end), office_end(body, b.end)
    if a_end is None or b_end is None or not _JOINED.fullmatch(body, a_end, b.start) \
            or body[b_end : b_end + 1] not in ("は", "が"):
        return
    pair = [Participant(name_of(body, a), a.entity_id, country=written_country(body, actors, a.start, a.end)),
            Participant(name_of(body, b), b.entity_id, country=written_country(body, actors, b.start, b.end))]
    if by_country:
        countries = [_country_of(p) for p in pair]
        if None in countries or countries[0] == countries[1] or not set(countries) <= by_country:
            return  # (会談で、A首相とB外相は: two of one side, or a person of no side the word names)
        mention.participants = pair + [p for p in mention.participants if p.entity_id not in countries]
        return
    mention.participants = [Participant(p.name, p.entity_id) for p in pair]


def _by_countries(mention: MeetingMention) -> set[str] | None:
    """The countries a meeting told only by its countries has as sides (南北, 日韓, 両国), else None."""
    ids = {p.entity_id for p in mention.participants}
    return ids if len(ids) >= 2 and all((i or "").startswith("country:") for i in ids) else None


def _country_of(person: Participant) -> str | None:
    """The side a person stands for: the country the text writes with them, else the one the registry knows."""
    known = person_country(person.entity_id)
    return person.country or (f"country:{known}" if known else None)
