"""The sides of a meeting read from its clause: from the role each name plays there (core.meetings.clause_roles: its
subject and those joined to it by と, や, 、, countries of a compound (日米), staff of an organisation, the host of a
visit), which of them the meeting was held by. How countries are written by their letters is
core.meetings.country_letters; where a side's name ends, core.meetings.name_read; a headline's topic,
core.meetings.headline_topic."""

from __future__ import annotations

import re

from core.meetings.clause_roles import read_roles
from core.meetings.country_letters import VISIT_HOST, compound_before
from core.meetings.country_partner import countries_across, country_partner
from core.meetings.headline_topic import headline_topic
from core.meetings.joined_pair import countries_joined
from core.meetings.mention import Participant
from core.meetings.name_read import DELEGATION
from core.meetings.people import name_of, person_country, unique
from core.meetings.role_cues import VISITED, visit_to
from core.meetings.triggers import kind_of
from core.meetings.visitors import RELATIVE_VISIT, described_visitor, hosted_place_before, invited, visitor_after, visitor_of_purpose
from core.meetings.written_sides import other_as_written, pair_as_written
from core.registry import bundled_registry

# 大統領の訪問を受けた, 訪問を受け入れた: the subject receives the visit
_RECEIVED = re.compile(r"を受け(?!入れ)")


# 会談について, 会談をめぐり: the meeting as what a clause speaks of
_ABOUT = re.compile(r"(?:について|に関して|に関し|をめぐ|を巡|に対し|を評価|を歓迎|を批判)")


_NORTH_SOUTH = re.compile(r"南北")
# スーダンの南北は: the north and south of another country, not the two Koreas (朝鮮半島の南北 still are)
_KOREA = re.compile(r"韓国|朝鮮")


# 南北は27日、…会談を開いた; 南北双方が, 南北両首脳は, 南北の首脳が: the two Koreas as the subject of the clause, also by
# the level of those who meet for them (as 日中両首脳は is Japan and China)
_NORTH_SOUTH_SIDES = re.compile(r"(?<![\u4e00-\u9fff])南北の?(?:双方|両国|両政府|当局|代表団|両?(?:首脳|首相|外相|閣僚|"
                                r"国防相|代表|当局者|高官))?(?:ら)?(?:は|が)")


def _ministry(participant: Participant) -> bool:
    """Whether the gazetteer knows a side as a ministry (外務省, 国務省)."""
    entity = bundled_registry().get(participant.entity_id) if participant.entity_id else None
    return entity is not None and entity.attributes.get("kind") == "ministry"


def _delegation_after(body: str, actors, end: int) -> Participant | None:
    """来日した米国の議員代表団, 来日中の中国政府代表団, 訪日中の米議会代表団, 来日したEU代表団: the country or the
    body whose delegation the visit's relative clause describes, right after it, or None."""
    relative = RELATIVE_VISIT.match(body, end)
    if relative is None:
        return None
    for m in actors:
        if m.start == relative.end() and m.type in ("GPE", "ORG") and DELEGATION.match(body, m.end):
            return Participant(body[m.start : m.end], m.entity_id)
    return None


def _official_comers(body: str, end: int, officials: list[Participant], hosts: list[Participant]) -> list[Participant]:
    """中国の首相が来日した, ブータン国王が来日, 韓国政府代表団が日本を訪問した: with no person read as the visitor, the
    country the unnamed office-holder or delegation nearest the word stands for (no host) comes; not when the clause
    speaks of the visit (中国の外相は…の来日を歓迎した: the speaker does not travel), nor an official before the one
    the visit verb takes (韓国の外相は、米国の大統領が来日したことを歓迎した: the speaker stays home)."""
    if _ABOUT.match(body, end) or _RECEIVED.match(body, end):
        return []
    return [p for p in officials if all(p.entity_id != h.entity_id for h in hosts)][-1:]


def _city_visited(body: str, places, start: int, found: list[Participant]) -> bool:
    """ルビオ米国務長官は…クアラルンプールを訪れた: an office-holder visits a city the registry places in a
    country, right before start (the country hosts the visit, read from the place; a tourist's or a
    lobbyist's journey is no visit of sides)."""
    if not any(p.office for p in found):
        return False
    registry = bundled_registry()
    for m in places:
        if m.type == "LOC" and m.end < start and VISITED.fullmatch(body, m.end, start):
            entity = registry.get(m.entity_id)
            if entity is not None and entity.attributes.get("kind") == "city" and entity.attributes.get("country"):
                return True
    return False


def clause_participants(body, actors, s_start, previous_trigger, start, end, word, places=(),
                        names=None) -> list[Participant]:
    """The people (or countries) of the clause: its subject and those joined to it by と, や, 、
    (a headline's topic: headline_topic). places: the sentence's places (a city visited: its country
    hosts; a city or prefecture joined to another side by と, or the subject, is a side itself)."""
    found = _clause_participants(body, actors, s_start, previous_trigger, start, end, word, places, names)
    found = headline_topic(body, actors, s_start, start, found) if word not in ("訪問", "訪れ", "来日", "訪日") \
        else found
    return _partner_described(body, actors, end, word, found)


# 前日に会談したブッシュ大統領に, 電話会談を行ったばかりの米国のオバマ大統領と: the person the meeting's relative clause
# describes, right after it (a country and の between), is its partner
_DESCRIBING = re.compile(r"(?:を行った|を行っている|した|していた|している)(?:ばかりの|直後の)?")


def _partner_described(body: str, actors, end: int, word: str, found: list[Participant]) -> list[Participant]:
    """The sides with the person a relative clause ending on the meeting word describes, when one person only was read
    (小泉首相は、前日に会談したブッシュ大統領に電話をかけた: ブッシュ)."""
    if kind_of(word) not in ("talks", "phone_call") or len(found) != 1 or (found[0].entity_id or "").startswith("country:"):
        return found
    described = _DESCRIBING.match(body, end)
    at = described.end() if described else -1
    country = next((m for m in actors if m.type == "GPE" and m.start == at and body.startswith("の", m.end)), None)
    at = country.end + 1 if country is not None else at  # (米国のオバマ大統領: a country and の between; 翌日の: no)
    person = next((m for m in actors if m.type == "PERSON" and m.start == at), None)
    if person is None:
        return found
    side = Participant(name_of(body, person).split("(")[0], person.entity_id)
    if (side.entity_id or side.name) == (found[0].entity_id or found[0].name):
        return found
    return found + [side]


def _pair_of_others(body: str, actors, s_start: int, start: int, found, subjects, sides, countries) -> list[Participant]:
    """菅官房長官は…米国と北朝鮮の5日の実務者協議の報告を受ける: the two countries the word is glued to (AとBの),
    when every person read is a subject from neither of them, who speaks or hears of the talks; else empty."""
    if not found or any(p not in subjects for p in found):
        return []
    joined = countries_joined(body, actors, s_start, start)
    codes = {c.removeprefix("country:") for c in joined}
    if not joined or any(person_country(p.entity_id) in codes | {None} for p in found):
        return []  # (岸田首相は日本と中国の首脳会談に臨んだ: the subject is of one of the two)
    return unique([c for c in sides + countries if c.entity_id in joined])


def _named_at(body: str, name: str, s_start: int, start: int) -> int:
    """Where name is first written in the clause [s_start, start), or start when it is not."""
    at = body.find(name, s_start, start)
    return at if at >= 0 else start


def _clause_participants(body, actors, s_start, previous_trigger, start, end, word, places=(),
                         names=None) -> list[Participant]:
    roles = read_roles(body, actors, s_start, previous_trigger, start, end, word, places, names)
    found, countries, officials, subjects, visitor_of = \
        roles.found, roles.countries, roles.officials, roles.subjects, roles.visitor_of
    hosts, organisations, sides, venues, partner_governments = \
        roles.hosts, roles.organisations, roles.sides, roles.venues, roles.partner_governments
    described = described_visitor(body, actors, end) if word in ("訪問", "訪れ") and body[start - 1 : start] == "を" \
        and hosted_place_before(body, [*actors, *places], start) else None
    if described is not None:  # 金総書記は…平壌を訪問中の中国の唐家セン国務委員と: the one the visit describes
        described.role = "visitor"
        return unique([described] + hosts)
    if word == "訪問" and not hosts and not found and body[start - 1 : start] == "を":
        after = visitor_after(body, actors, end)  # バレンシアを訪問予定だったローマ教皇: a city's visitor, after it
        if after is not None:
            after.role = "visitor"
            return [after]
    if word == "訪れ" and not hosts and not _city_visited(body, places, start, found):
        return []  # 多くの観光客が訪れた: a visit only to a country, a person or a city of a country
    if hosts:  # Xは…Yを訪問し, 安倍首相の米国への訪問
        visitors = [p for p in found if p not in hosts] or ([visitor_of] if visitor_of is not None else []) \
            or _official_comers(body, end, officials, hosts)  # 中国の首相が日本を訪問した: the country comes
        after = visitor_after(body, actors, end) if not visitors else None
        visitors = [after] if after is not None else visitors  # …を訪問予定だったローマ教皇は
        for p in visitors:
            p.role = "visitor"
        return unique(visitors + hosts)
    if sum(1 for p in found if not (p.entity_id or "").startswith("country:")) < 2:
        # …らがJリーグ事務局で会談: with two people named, only the place; a ministry is a person's place (麻生外相と
        # 外務省で会談した: the partner is told elsewhere, not the ministry)
        organisations = organisations + [v for v in venues if not (found and _ministry(v))]
    if visitor_of is not None and word == "訪問" and not countries:
        visitor_of.role = "visitor"  # 専門家は、ルビオ氏による初訪問は…: the speaker did not travel
        received = [p for p in subjects if p is not visitor_of] if _RECEIVED.match(body, end) else []
        for p in received:
            p.role = "host"  # 首相は…大統領の訪問を受けた: the subject receives the visitor
        return [visitor_of] + received[-1:]
    if _ABOUT.match(body, end) and sum(1 for p in found if p not in subjects) >= 2:
        found = [p for p in found if p not in subjects]  # 官房長官は…AとBの会談について述べた: who speaks of it
    if not found and organisations and (sides or countries) and not officials and word not in ("訪問", "訪れ"):
        # スリランカ政府とLTTEは…交渉, ヒズボラとイスラエルの停戦交渉: a state and a body are the sides
        return unique(sides + [o for o in organisations] + countries)
    found = found + [o for o in organisations if not any(o.name in p.name for p in found)]
    if len(found) == 1 and not officials:
        other = other_as_written(body, s_start, previous_trigger, start, found[0])  # 住友商事とKDDIの会談, Xの幹部と会談
        found = found + [other] if other is not None else found
    if not found and not officials and not countries:
        pair = pair_as_written(body, s_start, start)  # 住友商事とKDDIの会談, 「東京メトロ」と「都営地下鉄」が…協議へ
        if pair:
            return pair
    north_south = None if found or officials or countries else \
        _NORTH_SOUTH.search(body, max(s_start, start - 6), start) or _NORTH_SOUTH_SIDES.search(body, s_start, start)
    owner = re.split(r"[、。\n]", body[max(0, north_south.start() - 12) : north_south.start()])[-1] \
        if north_south is not None else ""
    if north_south is not None and not (owner.endswith("の") and not _KOREA.search(owner)):
        return [Participant("韓国", "country:KR"), Participant("北朝鮮", "country:KP")]  # 南北閣僚級会談
    if word == "訪問" and countries and body[start - 1 : start] != "の":  # 中国訪問
        host = next((c for c in countries if body.find(c.name, max(0, start - len(c.name) - 1), start) >= 0), None)
        if host:
            host.role = "host"
            visitor = visitor_of or (found[-1] if found else None) or visitor_of_purpose(body, actors, end)
            if visitor:
                visitor.role = "visitor"
            return unique(([visitor] if visitor else []) + [host])
    if word in ("来日", "訪日"):
        # トランプ氏の来日, 来日中のノルウェーのハンセン外相, ハンセン外相は来日し…, 来日した米国の代表団
        comers = [p for p in found if not any(m.type == "LOC" and body[m.start : m.end] == p.name for m in places)]
        visitor = invited(body, actors, s_start, start, end) or visitor_of or visitor_after(body, actors, end) \
            or _delegation_after(body, actors, end)  # (…はブッシュ大統領に訪日を招請した: the one invited comes)
        # (竹島が自国の領土であることを…来日し: a place comes nowhere; A国王＆B王妃は来日した: both come)
        visitors = [visitor] if visitor is not None else [p for p in comers if p.role == "participant"]
        # (岸田首相は来日中の議員団と会談した: a leader of Japan never comes to Japan; the one who comes is unnamed)
        visitors = [p for p in visitors if person_country(p.entity_id) != "JP"]
        visitors = visitors or _official_comers(body, end, officials, [Participant("日本", "country:JP")])
        if visitors:
            for p in visitors:
                p.role = "visitor"
            return unique(visitors) + [Participant("日本", "country:JP", role="host")]
        return []  # 来日できなかった母: nobody named comes (a visit told before may be meant)
    if visit_to(word):
        visitor = visitor_after(body, actors, end) or visitor_of  # 訪米中の岩屋毅外相, ヒル次官補の訪朝
        visitor = invited(body, actors, s_start, start, end) or visitor  # …は福田首相に訪韓を要請した: 福田 travels
        visitor = visitor or _delegation_after(body, actors, end)  # 習主席は訪中した日本の代表団と: Japan comes
        if visitor is not None:
            found = [visitor]  # 金総書記は訪朝したプーチン大統領と会談: the subject is of the talks, not the visit
        # (プーチン大統領は訪露した議員団と会談: a leader never visits their own country; the one who comes is unnamed)
        home = VISIT_HOST[word[1]].removeprefix("country:")
        found = [p for p in found if person_country(p.entity_id) != home]
        for p in found:
            p.role = "visitor"
        found.append(Participant(word[1], VISIT_HOST[word[1]], role="host"))
    # Countries stand in for the participants only where no person is named (米中会談).
    people = [p for p in found if not (p.entity_id or "").startswith("country:")]
    if len(people) >= 2 and (countries or officials) and compound_before(body, s_start, start):
        # 鳩山首相はオバマ大統領と日米首脳会談, A外相はB外相と日韓外相会談: the two people are the two countries
        return unique(found + [o for o in officials if not (o.entity_id or "").startswith("country:")])
    if found and countries and compound_before(body, s_start, start):
        # 日豪首脳会談 with only 岸田 named: the other country is a side too (the store drops
        # a country its own person already stands for)
        return unique(found + officials + [c for c in countries if c.role == "participant"])
    if pair := _pair_of_others(body, actors, s_start, start, found, subjects, sides, countries):
        return pair  # 菅官房長官は…米国と北朝鮮の実務者協議の報告を受ける: the two countries, not the speaker
    if roles.towns and people and not officials and not countries:
        # 沖縄県知事は…岸田首相と会談, 首相は大阪府の知事と会談: the local government meets the person named, its head unnamed
        return unique(found + roles.towns)
    if sides and countries and not found and not officials:
        return unique(sides + countries)  # 米国と北朝鮮の協議: the side joined by と and the one glued to the word
    if officials and sides and not found and not countries:
        # 米国の代表団は…北朝鮮と協議した: a delegation and the country it meets; 日本と中国の外相は: in the order named
        return unique(sorted(officials + sides, key=lambda p: _named_at(body, p.name, s_start, start)))
    if partner_governments and not officials and not countries \
            and (len(people) == 1 or not people and all(s in partner_governments for s in sides)):
        # 谷川外務副大臣はパキスタン政府と協議する: a person meets a government; with nobody named in the clause
        # (…演説した。その後、ドイツ政府と協議した) the government is the partner of the subject carried over
        return unique(found + partner_governments)
    if len(people) == 1 and len(found) == 1 and not officials and not countries \
            and (partner := country_partner(body, sides, s_start, start, found[0])) is not None:
        return unique(found + [partner])  # ティラーソン国務長官は…中国と協議: the country the person meets
    if len(people) == 1 and len(found) == 1 and not officials and not countries \
            and (across := countries_across(body, sides, s_start, start)):
        return unique(found + across)  # 首相は中国と韓国を相手に交渉: the countries across the table
    return unique(found + officials or countries or (sides if len(unique(sides)) >= 2 else []))
