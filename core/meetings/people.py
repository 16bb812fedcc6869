"""How a meeting mention's people are read and named: the words after a name (its particle, its office, an aside,
an onlooker's word), a name written whole, a known person's country, office-holders named after the meeting
(日X外相会談で、A外相は…), the host of a visit told just before. The other side of talks: core.meetings.other_side;
the clause's subject and attendees: core.meetings.subject_people; people named after the word:
core.meetings.named_after; 両国: core.meetings.two_countries; private people: core.meetings.private_people.
"""

from __future__ import annotations

import re

from core.claims.names import EarlierPeople
from core.meetings.cut_names import whole_name
from core.meetings.mention import MeetingMention, Participant
from core.model import ShortForm
from core.nlp.office_names import full_office, office_roles
from core.nlp.offices import office_after
from core.registry import bundled_registry, found_name

# (日本と北朝鮮の両政府は, AとBの両首脳が: the last of two sides listed, before the word that counts them)
SUBJECT_AFTER = re.compile(r"(?:ら|側|(?:連邦|中央)?政府|当局|の両(?:国政府|政府|国|首脳|外相|首相|代表団|代表|社|党|行|団体|球団|チーム|陣営))?(?:は|が)")
# は or が marking a clause's subject or topic (両首脳は, 国王が), not a time's, a place's or a partner's (15日には,
# 会談では, 中国とは); the second also not a word's kana going on (ながら, 母親が)
SUBJECT_MARK = re.compile(r"(?<![にでと])(?:は|が)")
_last_mark: dict[int, tuple[int, int]] = {}  # a sentence's end: (where its scan began, the last mark's start or -1)
_marked_text: list = [None]  # the text the kept scans are of


def subject_mark_after(body: str, pos: int, end: int) -> bool:
    """Whether SUBJECT_MARK matches in body[pos:end] (a は or が after the meeting word, to its sentence's end).

    Each meeting word of a sentence asks it of the rest of the sentence: one scan of a sentence, kept for the text,
    tells every word after where it began (the mark is one letter, its look-behind reads before it, so whether it
    matches at a place never depends on where a search began), not a search to the sentence's end for each word."""
    if _marked_text[0] is not body:
        _last_mark.clear()
        _marked_text[0] = body
    kept = _last_mark.get(end)
    if kept is None or pos < kept[0]:
        found = None
        for found in SUBJECT_MARK.finditer(body, pos, end):
            pass
        kept = _last_mark[end] = (pos, found.start() if found is not None else -1)
    return kept[1] >= pos


SUBJECT_MARK_ALONE = re.compile(r"(?<![にでと])(?:は|が)(?![らのにで])")
# An aside in brackets after a name: its reading, party or acronym (玉木雄一郎(たまきゆういちろう), CDU)
ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）]")


def office_holders_after(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """日ミャンマー外相会談で、A外相はB外相に…: the people holding the meeting's office, named after it."""
    office = next((o for o in ("外相", "首脳") if mention.text.startswith(o) or body[end - 4 : end].startswith(o)
                   or body.startswith(o + "会談", end - len(o) - 2)), None)
    if office is None or not body.startswith("で", end):
        return
    holders = []
    for m in actors:
        if m.type != "PERSON" or not end < m.start < s_end:
            continue
        title = office_after(body, m.end)
        if title and holds_level(full_office(title), title["office"], office):
            holders.append(Participant(name_of(body, m), m.entity_id, office=full_office(title)))
    holders = unique(holders)
    if len(holders) >= 2:
        mention.participants = holders


def holds_level(full: str, word: str, level: str) -> bool:
    """Whether an office read whole (full: 外交通商相, 国務長官, 副大統領) or its last office word (word: 通商相,
    長官, 大統領) is one of a meeting's level, 外相 or 首脳, by the roles the gazetteer records either under
    (外交通商相, 国務長官, 外務大臣: a foreign minister; 首相, 国家主席, 国王: a head) or the level word itself.
    A deputy holds the level by the word (副大統領 at a 首脳会談 sits for the head); pass the whole office as
    word too to leave deputies out."""
    roles = _ROLES_OF_LEVEL[level]
    return level in (word, full) or bool(office_roles(full) & roles or office_roles(word) & roles)


# The roles the gazetteer records the offices of a meeting's level under
_HEADS = frozenset({"head_of_state", "head_of_government"})
_ROLES_OF_LEVEL = {"外相": frozenset({"foreign_minister"}), "首脳": _HEADS}


def host_of_the_visit(mention: MeetingMention, earlier: list[MeetingMention], s_start: int) -> None:
    """小泉首相はモンゴルを訪問し、首脳会談を行った: talks of the visitor alone, told in the sentence of the visit
    or the one after it, are held with the country that hosts the visit; with the body or the person visited when
    the visit names one of those instead (孫社長はヤフーを訪問し、提携について協議した: who is called on is met)."""
    (side,) = mention.participants
    for visit in reversed(earlier[-4:]):
        if visit.kind != "visit" or s_start - visit.sentence[1] > 2:
            continue
        travellers, hosts = visitors_and_host_countries(visit)
        visitors = {p.entity_id or p.name for p in travellers}
        if not hosts and visit.place is not None:  # 麻生外相は北京を訪問し、会談した: the country of the city
            hosts = _country_of_city(visit.place.entity_id, side)
            visitors = {p.entity_id or p.name for p in visit.participants}
        if not hosts and not mention.summit:  # (a summit is no call on a company)
            hosts = _hosts_called_on(visit)
        if visitors == {side.entity_id or side.name} and len(hosts) == 1:
            mention.participants.append(Participant(hosts[0].name, hosts[0].entity_id))
        return


def visitors_and_host_countries(visit: MeetingMention) -> tuple[list[Participant], list[Participant]]:
    """A visit's visitors and the countries hosting it, the one reading of who went where (小泉首相は韓国を訪問した:
    小泉, 韓国) for the talks the visit holds; a person or body received is no host country."""
    return ([p for p in visit.participants if p.role == "visitor"],
            [p for p in visit.participants if p.role == "host" and (p.entity_id or "").startswith("country:")])


# A body or a person a visit calls on, as the found entities and the gazetteer's name them (a city, a region, a
# building is a place: its country is the host a visit there meets)
_CALLED_ON = ("org:", "found:ORG:", "person:", "found:PERSON:")


def _hosts_called_on(visit: MeetingMention) -> list[Participant]:
    """The hosts of a visit that are a body or a person (ヤフーを訪問, 長野選手を訪ね), not a place."""
    return [Participant(p.name, p.entity_id) for p in visit.participants
            if p.role == "host" and (p.entity_id or "").startswith(_CALLED_ON)]


def one_visitor_to_one_country(visit: MeetingMention) -> tuple[Participant, Participant] | None:
    """The visitor and the host country of a visit that names those two alone, else (孫社長はヤフーを訪れた) the
    visitor and the body or person it calls on; None for any other visit."""
    visitors, hosts = visitors_and_host_countries(visit)
    hosts = hosts or _hosts_called_on(visit)
    if len(visitors) != 1 or len(hosts) != 1 or len(visit.participants) != 2:
        return None
    return visitors[0], hosts[0]


def _country_of_city(place_id: str | None, visitor: Participant) -> list[Participant]:
    """The country of a city a visit is told to (北京を訪問: China) as its host, none for the visitor's own country."""
    registry = bundled_registry()
    city = registry.get(place_id) if place_id else None
    code = city.attributes.get("country") if city is not None and city.attributes.get("kind") == "city" else None
    country = registry.get(f"country:{code}") if code else None
    if country is None or person_country(visitor.entity_id) == code:
        return []
    return [Participant(country.name, country.id)]


def held_a_head_office(entity_id: str | None) -> bool:
    """Whether the registry knows the person as one who held a head of state's or government's office (one who may
    sit at a summit)."""
    entity = bundled_registry().get(entity_id) if entity_id else None
    offices = entity.attributes.get("offices", []) if entity else []
    return bool({role for office in offices for role in office.get("roles", [])} & _HEADS)


def people_count(mention: MeetingMention) -> int:
    """How many participants are people or bodies, not countries."""
    return sum(1 for p in mention.participants if not (p.entity_id or "").startswith("country:"))


def person_country(entity_id: str | None) -> str | None:
    """A known person's country (a side they would stand for); None for anyone else."""
    entity = bundled_registry().get(entity_id)
    return entity.attributes.get("country") if entity is not None and entity.type == "PERSON" else None


def place_country(place) -> str | None:
    """The country entity a place mention (LOC) lies in, as the bundled registry knows it (北京, ワシントン: a
    city of theirs), else None: a visit there is hosted by that country."""
    entity = bundled_registry().get(place.entity_id) if place.type == "LOC" and place.entity_id else None
    code = entity.attributes.get("country") if entity is not None else None
    return f"country:{code}" if code else None


# Named beside a meeting without sitting at it: ロイターのハル記者, 専門家の…教授, トランプ新政権
_ONLOOKER = re.compile(r"(?:[(（][^()（）。]{1,20}[)）])?[\u4e00-\u9fff]{0,4}(?:記者|特派員|アナリスト|研究員|専門家|教授|"
                       r"准教授|解説委員|編集委員|評論家)")
_ADMINISTRATION = re.compile(r"(?:新|前|現|次期)?(?:政権|陣営|政府|体制|時代|派)")


# A place named after someone (シャルル・ド・ゴール国際空港, ケネディ宇宙センター, 金日成広場)
_NAMED_PLACE = re.compile(r"(?:国際)?(?:空港|駅|港|通り|広場|記念館|記念堂|公園|宇宙センター|病院|宮殿|基地|大橋|橋|像|廟)")


def named_place(body: str, name_end: int) -> bool:
    """Whether the name ending at name_end is the start of a place named after someone."""
    return _NAMED_PLACE.match(body, name_end) is not None


def names_administration(body: str, name_end: int) -> bool:
    """Whether the person whose name ends at name_end stands for an administration or a camp (オバマ政権高官として,
    トランプ陣営は): the name qualifies a body, no one acts in the sentence."""
    return _ADMINISTRATION.match(body, name_end) is not None


def not_a_side(body: str, name_end: int) -> bool:
    """Whether the person whose name ends at name_end is a reporter, an analyst, stands for an administration
    or names a place (シャルル・ド・ゴール国際空港)."""
    return named_place(body, name_end) or bool(_ONLOOKER.match(body, name_end)) or names_administration(body, name_end)


def unique(participants: list[Participant]) -> list[Participant]:
    """Participants in order, each entity or name once (a name read without its entity, 西武 beside
    西武 the body Kaidan found, is that entity)."""
    named = {p.name for p in participants if p.entity_id}
    seen, out = set(), []
    for p in participants:
        key = p.entity_id or p.name
        if key not in seen and (p.entity_id or p.name not in named):
            seen.add(key)
            out.append(p)
    return out


def name_of(body: str, mention) -> str:
    """The name as written, or the full name a surname stands for."""
    full = mention.full_name if isinstance(mention, ShortForm) else None
    full = full or found_name(mention.entity_id)  # a name no list holds: its entity is its full name
    if full and getattr(mention, "type", None) == "PERSON" and (mention.entity_id or "").startswith("found:") \
            and full == body[mention.start : mention.end]:
        start, end = whole_name(body, mention.start, mention.end)
        return body[start:end]
    return full or body[mention.start : mention.end]


def titled_people(mention: MeetingMention, earlier: EarlierPeople) -> None:
    """前原大臣 read as an organisation: a surname and an office stand for the person named before with it."""
    for i, p in enumerate(mention.participants):
        if (p.entity_id or "").startswith(("person:", "country:", "org:")) or len(p.name) < 3:
            continue
        for cut in (2, 1, 3):
            title = office_after(p.name, cut)
            person = earlier.resolve(p.name[:cut]) if title and title.end() == len(p.name) else None
            if person is not None:
                mention.participants[i] = Participant(person[0], person[1], role=p.role, office=full_office(title))
                break
