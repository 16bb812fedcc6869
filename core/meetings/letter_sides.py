"""A meeting named by its countries' letters (日中韓首脳会談, 日米韓外相会談, 日米豪印首脳会合, 米朝協議, 南北首脳会談):
every country of the compound is a side, and the people the sentence names stand in their countries' places.

Japanese news writes a country by one letter inside such compounds. The letters are read as countries only when the
whole run before the meeting word is letters (after no other kanji or digit: 来日中, 3日中 are no Japan or China) and
each letter names another country; 南北 is the two Koreas. Countries listed by ・ (インド・パキスタン外相会談,
米・韓・日外相会談) are read the same way, each a letter or a name the registry holds. A person of a country the
compound does not name only speaks of the meeting (a Japanese minister asking about 南北首脳会談), and at a heads'
meeting a person who holds no head's office is no side (a foreign minister telling of 日中韓首脳会談). A country its
own person already stands for is not added beside them.
"""

from __future__ import annotations

import re

from core.meetings.country_letters import COMPOUND_LETTERS, written_country
from core.meetings.mention import MeetingMention, Participant
from core.meetings.levels import level_at
from core.meetings.people import held_a_head_office, person_country
from core.registry import bundled_registry

_LETTERS = "".join(COMPOUND_LETTERS)
# the compound, then what may stand between it and the meeting word: 両国, 間, の, how many they are (日米韓の3者協議,
# 日中韓3カ国首脳会議), a level or topic (首脳, 外相, 外務省局長級, 国交正常化, 外務・防衛担当閣僚); the mention itself may
# open with its level (外相会談)
_COUNTED = r"(?:[2-9２-９二三四五六]|[1-9１-９][0-9０-９])(?:者|カ国|か国|ヶ国|ケ国|国)"
_COMPOUND = re.compile(r"(?<![\u4e00-\u9fff々0-9０-９])(?P<letters>[" + _LETTERS + r"]{2,6}|南北)"
                       r"(?:両国|間|・)?の?(?:" + _COUNTED + r"間?の?)?(?:[\u4e00-\u9fff]・?){0,10}?の?[「『]?$")
_KINDS = ("talks", "phone_call", "video_call", "negotiation_round", "multilateral")


def compound_letters(body: str, s_start: int, start: int) -> list[Participant]:
    """The countries a letters compound right before the meeting word at start names, in its order, each by its
    letter; empty when none stands there or a letter repeats (日日, no two countries)."""
    found = _COMPOUND.search(body, max(s_start, start - 24), start)
    if found is None:
        return []
    letters = found["letters"]
    if letters == "南北":
        return [Participant("韓国", "country:KR"), Participant("北朝鮮", "country:KP")]
    return [Participant(c, COMPOUND_LETTERS[c]) for c in letters] if len(set(letters)) == len(letters) else []


# インド・パキスタン外相会談, 米・韓・日外相会談, トルコ・シリア国防相会談: names and letters listed by ・, the last
# glued to the meeting word by a level or office in kanji alone (not インド・ムンバイで, 日本の首相・外相会談)
_NAME = r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-z]"
_MIDDOT_RUN = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<listed>(?:" + _NAME + r"{1,12}・){1,5})"
                         r"(?P<last>" + _NAME + r"{1,20}?)(?:両国|間)?の?$")
_LEVEL = re.compile(r"[\u4e00-\u9fff]{0,10}")


def listed_countries(body: str, s_start: int, start: int, registry) -> list[Participant]:
    """The countries (and bodies) listed by ・ right before the meeting word at start, each as written: a country's
    letter or a name the registry holds for a country or body, the last one glued to the word by a level in kanji
    (インド・パキスタン外相会談, 米・韓・日外相会談); empty unless every name of the list is one, at least one a country,
    and the list is no one name of its own (ボスニア・ヘルツェゴビナ)."""
    registry = registry or bundled_registry()
    found = _MIDDOT_RUN.search(body, max(s_start, start - 80), start)
    if found is None or registry.named(found["listed"] + found["last"]):
        return []
    names = found["listed"].split("・")[:-1]
    last = found["last"]
    opening = found.start("last")
    # (a letter is glued only by a level or the word itself: 日・韓財務相会談, 米・朝会談; not 日産, 中東)
    glued = next((last[:n] for n in range(len(last), 0, -1) if _side_id(last[:n], registry)
                  and _LEVEL.fullmatch(last, n) and (n > 1 or opening + 1 == start or level_at(body, opening + 1))),
                 None)
    if glued is None:
        return []
    sides = [Participant(name, _side_id(name, registry)) for name in names + [glued]]
    ids = [p.entity_id for p in sides]
    if None in ids or len(set(ids)) != len(ids) or not any(i.startswith("country:") for i in ids):
        return []
    return sides


def _side_id(name: str, registry) -> str | None:
    """The country a letter names, or the one country or body the registry holds by this name; else None."""
    if name in COMPOUND_LETTERS:
        return COMPOUND_LETTERS[name]
    ids = registry.named(name) or []
    return ids[0] if len(ids) == 1 and ids[0].startswith(("country:", "org:")) else None


def compound_sides(body: str, mention: MeetingMention, s_start: int, actors=(), registry=None) -> None:
    """The sides of a meeting its countries' letters name, or its countries listed by ・ (インド・パキスタン外相会談):
    the people of those countries the sentence names (each in their country's place, known to the registry or written
    with them: 北朝鮮の金桂冠次官), the countries nobody stands for, and nobody of another country."""
    if mention.kind not in _KINDS or mention.title is not None:
        return
    named = compound_letters(body, s_start, mention.start) or listed_countries(body, s_start, mention.start, registry)
    countries = [c.entity_id for c in named]
    if not countries:
        return
    letters = {c.name for c in named}
    kept, unknown = [], 0
    for p in mention.participants:
        entity = p.entity_id or ""
        if entity.startswith("found:PERSON:") and p.name in letters:
            continue  # 日中韓外相会談: 韓 read as a person's name is the letter (インド・パキスタン外相会談: the country)
        country = _country_of(p)
        if country is None and entity.startswith("found:PERSON:"):
            country = p.country = _written_with(body, p, actors, s_start, mention.start)
        if entity.startswith(("person:", "found:PERSON:")):
            if country is not None and country not in countries:
                continue  # 河野外相が…南北首脳会談で…要請: of another country, the person only speaks of it
            if mention.summit and entity.startswith("person:") \
                    and not held_a_head_office(entity):
                continue  # 王毅外相が…日中韓首脳会談について: no head at the heads' meeting
            unknown += country is None
        elif entity.startswith("country:") and entity not in countries:
            continue  # (a country outside the compound: the place or the topic)
        kept.append(p)
    people_of = {_country_of(p) for p in kept if not (p.entity_id or "").startswith("country:")} - {None}
    kept = [p for p in kept if p.entity_id not in people_of]  # 岸田首相…日米首脳会談: Japan is 岸田
    stood_for = ({_country_of(p) for p in kept} | {p.entity_id for p in kept}) - {None}  # (日・EU首脳協議: EU read)
    missing = [c for c in named if c.entity_id not in stood_for]
    if unknown >= len(missing):
        missing = []  # (people no list places may stand for the countries left)
    mention.participants = kept + missing


def _country_of(participant: Participant) -> str | None:
    """The country a side stands for, as an entity id: a country itself, a known person's, or the one the text
    writes with the person; None when unknown."""
    entity = participant.entity_id or ""
    if entity.startswith("country:"):
        return entity
    known = person_country(entity) if entity.startswith("person:") else None
    return f"country:{known}" if known else participant.country


def _written_with(body: str, participant: Participant, actors, s_start: int, start: int) -> str | None:
    """The country the sentence writes with a person no list knows (北朝鮮の金桂冠第1外務次官, 朴宜春北朝鮮外相)."""
    spans = [m for m in actors if m.type == "PERSON" and m.entity_id == participant.entity_id and s_start <= m.start]
    written = {written_country(body, actors, m.start, m.end) for m in spans} - {None}
    return written.pop() if len(written) == 1 else None
