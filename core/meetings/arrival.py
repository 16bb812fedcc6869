"""An office holder's arrival abroad, told as the visit it opens: ライス国務長官は15日夜、北京入りした; 岡田外相は
9日、ソウルに到着し、…と会談した. A leader landing home (首相は…羽田空港に到着した) is none: the visit is hosted by
the country of the place arrived at, never the traveller's own, and an airport the registry places in no country
hosts nothing. An arrival is a visit of its own beside the talks its sentence tells (…に到着し、…首脳会談に臨む),
and none beside a word of a visit that tells it (with_arrivals)."""

from __future__ import annotations

import re

from core.meetings.country_letters import written_country
from core.meetings.mention import Participant
from core.meetings.name_read import title_end
from core.meetings.people import name_of, person_country, place_country
from core.meetings.setting import place_of_parts
from core.registry import bundled_registry

# Xに到着した, X入りした, X入りし、, 到着しました: arriving, told by its verb right after the place
ARRIVED = re.compile(r"(?:に到着|入り)(?=し(?:た|て|、|ま))")
# インドネシアのジャカルタ国際空港に到着: the place, then its airport
_AIRPORT_OF = re.compile(r"の[\u4e00-\u9fff\u30a0-\u30ffー]{0,10}空港")
# the traveller: a person with an office as the clause's subject (ライス国務長官は, 岡田外相が; an office read
# short of its last letters, 国務次官|補, kept)
_SUBJECT_MARK = re.compile(r"[\u4e00-\u9fff]{0,2}(?:ら)?(?:は|が|も)")
# 日本に到着したドイツのメルケル首相, 北京入りしたばかりの国務長官: the traveller the arrival describes, right after it
_DESCRIBED_AFTER = re.compile(r"した(?:ばかりの)?")


def arrives_anywhere(body: str) -> bool:
    """Whether body holds a verb of arriving (…に到着した, …入りした): an article holding one is read for meetings
    though it holds no meeting word."""
    return ARRIVED.search(body) is not None


def arrival(body: str, actors, places, s_start: int, s_end: int) -> tuple[int, int, list[Participant]] | None:
    """(start of the place, end of the verb, the visitor and the host country) of an office holder's arrival in a
    country or a city abroad the sentence tells (北京入り, …のジャカルタ国際空港に到着), else None."""
    for found in ARRIVED.finditer(body, s_start, s_end):
        host, host_start = _host_arrived_at(body, places, s_start, found.start())
        if host is None:
            continue
        # (the one a relative clause describes comes first: 首相は…日本に到着したメルケル首相と会食した)
        person = _described(body, actors, found.end()) or _traveller(body, actors, s_start, host_start)
        if person is None or not _from_abroad(body, actors, person, host.entity_id):
            continue
        visitor = Participant(name_of(body, person), person.entity_id, role="visitor",
                              office=body[person.end:title_end(body, person)])
        host.role = "host"
        return host_start, found.end(), [visitor, host]
    return None


def _host_arrived_at(body: str, places, s_start: int, at: int) -> tuple[Participant | None, int]:
    """The country of the place written right before the verb at at (the country itself, a city the registry places
    in one, or a city's airport) and where the place starts, else (None, at)."""
    for m in places:
        if not s_start <= m.start < m.end <= at:
            continue
        if m.end != at and not _AIRPORT_OF.fullmatch(body, m.end, at):
            continue
        m = place_of_parts(body, m, bundled_registry())  # (山口県長門市: the prefecture Kaidan knows)
        country = m.entity_id if m.type == "GPE" and (m.entity_id or "").startswith("country:") else place_country(m)
        entity = bundled_registry().get(country) if country else None
        if entity is not None:
            return Participant(entity.name, entity.id), m.start
    return None, at


def _traveller(body: str, actors, s_start: int, at: int):
    """The last person before the place at at in the sentence written with an office and then は, が or も (the
    traveller); None when the arrival has a subject of its own after them (首相は、救援物資がハイチに到着したことを
    確認した: the goods arrive) or is told inside a quote they open (首相は「…北京入りした」と述べた)."""
    for m in reversed([m for m in actors if m.type == "PERSON" and s_start <= m.start and m.end < at]):
        office = title_end(body, m)
        mark = _SUBJECT_MARK.match(body, office) if office is not None else None
        if mark is not None:
            between = body[mark.end() : at]
            return None if _OWN_SUBJECT.search(between) or between.count("「") > between.count("」") else m
    return None


# 救援物資が15日、ハイチに: a subject of the arrival's own, with no verb between it and the place (not 大統領が待つ
# ソウルに: a clause describing the place)
_OWN_SUBJECT = re.compile(r"[^ぁ-ゖ「」、。\s]が[^ぁ-ゖ]*$")


def with_arrivals(mentions: list, arrivals: list) -> list:
    """The mentions with the arrivals whose visit the article tells by no word of a visit (訪問, 訪中, 来日) of the
    same traveller to the same country, or to a place not read, each after the mentions written before it: such a
    word tells the visit, and an arrival beside a visit planned elsewhere (北京入りした; 平壌を訪問するよう求めた)
    would join the two. A trip's word (歴訪) leaves them: each country arrived at is a visit of its own within it."""
    told = [m for m in mentions if m.kind == "visit"]
    out = list(mentions)
    for arrived in arrivals:
        if not any(_same_visit(arrived, other) for other in told):
            at = next((i for i, m in enumerate(out) if m.start > arrived.start), len(out))
            out.insert(at, arrived)
    return out


def _same_visit(arrived, other) -> bool:
    visitor = {p.entity_id or p.name for p in arrived.participants if p.role == "visitor"}
    host = {p.entity_id for p in arrived.participants if p.role == "host"}
    other_hosts = {p.entity_id for p in other.participants if p.role == "host"}
    return any((p.entity_id or p.name) in visitor for p in other.participants if p.role != "host") \
        and (not other_hosts or bool(other_hosts & host))


def _described(body: str, actors, end: int):
    """The person with an office right after an arrival told as a relative clause (…に到着したドイツのメルケル首相は),
    a country and の between allowed, else None."""
    described = _DESCRIBED_AFTER.match(body, end)
    if described is None:
        return None
    at = described.end()
    country = next((m for m in actors if m.type == "GPE" and m.start == at and body.startswith("の", m.end)), None)
    at = country.end + 1 if country is not None else at
    person = next((m for m in actors if m.type == "PERSON" and m.start == at), None)
    return person if person is not None and title_end(body, person) is not None else None


def _from_abroad(body: str, actors, person, host: str) -> bool:
    """Whether the traveller comes from another country than the host: a person known or written as of another
    country (フランスのマクロン大統領, ライス米国務長官), or one of unknown country arriving anywhere but Japan (the country a
    Japanese report is at home in: 知事は…大阪に到着した is a journey at home)."""
    known = person_country(person.entity_id)
    country = f"country:{known}" if known else written_country(body, actors, person.start, person.end)
    return country != host if country else host != "country:JP"
