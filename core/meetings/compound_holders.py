"""The people behind a meeting named by its two countries (日英首脳会談, 日米外相会談): when the article has named,
before the word, exactly one person of each country with an office of the meeting's level, those two are its
sides, not the countries. Newspapers name both leaders first and then write the summit by its compound
(英国のメイ首相が来日した。…安倍晋三首相と合流。…31日には正式な日英首脳会談がある): the compound stands for
them, as 両首脳 would. Two holders of one country (胡錦濤国家主席 and 温家宝首相 at a 日中首脳会談) or none
leave the countries: the text does not say which one sat."""

from __future__ import annotations

import re

from core.clauses.referents import office_of
from core.meetings.country_letters import compound_before
from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.people import holds_level, name_of, person_country
from core.nlp.office_names import full_office

_FORMER = re.compile(r"前|元|次期|故")  # 元首相, 次期大統領: no holder of the office at the meeting
_REACH = 400  # people mentions read back (nearest first): the article's lead, not a book


def holders_of_compound(body: str, mention: MeetingMention, people, s_start: int, start: int) -> None:
    """Replace the two countries of a compound-named summit or foreign ministers' meeting by the one person of
    each the article named before with an office of that level. people: the article's actors, a SpanIndex."""
    level = "首脳" if mention.summit else "外相" if mention.level == "foreign" else None
    sides = mention.participants
    if mention.kind not in TALK_KINDS or level is None or len(sides) != 2 \
            or not all((p.entity_id or "").startswith("country:") for p in sides) \
            or not compound_before(body, s_start, start):
        return
    holders = _holders(body, people, start, level, {p.entity_id for p in sides})
    if all(len(holders[p.entity_id]) == 1 for p in sides):
        chosen = [next(iter(holders[p.entity_id].items())) for p in sides]
        mention.participants = [Participant(name, entity_id, role=p.role, office=level)
                                for p, (entity_id, name) in zip(sides, chosen)]


def _holders(body: str, people, before: int, level: str, countries: set[str]) -> dict[str, dict[str, str]]:
    """Each country's people (entity id → name) named before position with an office of the level."""
    out: dict[str, dict[str, str]] = {c: {} for c in countries}
    for m in people.before(before, limit=_REACH):
        if m.type != "PERSON" or not (m.entity_id or "").startswith("person:"):
            continue
        country = f"country:{person_country(m.entity_id)}"
        office = office_of(body, m) if country in out else None
        if office is not None and office.start("office") >= m.end \
                and not _FORMER.search(body, office.start(), office.start("office")) \
                and holds_level(full_office(office), full_office(office), level):
            out[country].setdefault(m.entity_id, name_of(body, m))
    return out
