"""Meeting mentions in an article body, with participants, date, place and status read from the clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.claims.spans import SpanIndex
from core.claims.suggest import sentences
from core.meetings.triggers import (
    DELIBERATION_BEFORE, EVENT_USE_AFTER, EVENT_USE_BEFORE, NEEDS_EVENT_USE, NOT_A_MEETING, PARTNER_BEFORE,
    PRESS_CONFERENCE_BEFORE,
    STATUS_CUES, TRIGGER, kind_of,
)
from core.claims.names import EarlierPeople, missed_people
from core.nlp.offices import office_after

_PARTNER_AFTER = re.compile(r"(?:ら|側)?(?:と|との|とも|や|、)")
_SUBJECT_AFTER = re.compile(r"(?:ら|側)?(?:は|が)")
# …クアラルンプールで, …の首都Xで, 東京都内の飯倉公館で, …を訪れ
_PLACE_AFTER = re.compile(r"(?:都内|市内|郊外|近郊)?(?:の[^、。でにと]{1,12})?で(?!は|も)|を訪(?:れ|問)")
_HELD_AFTER = re.compile(r"(?:し|した|を行[いっ]|を開[いき]|に臨ん|後|では|で|について|の際|中)")
_VISIT_HOST = {"米": "country:US", "中": "country:CN", "ロ": "country:RU", "露": "country:RU", "韓": "country:KR",
               "朝": "country:KP", "日": "country:JP", "英": "country:GB", "仏": "country:FR", "独": "country:DE",
               "印": "country:IN", "豪": "country:AU", "台": "country:TW"}
_OFFICIAL_OF = re.compile(r"の(?:第\d+)?[\u4e00-\u9fff]{0,4}(?:外相|外務次官|次官|首相|大統領|大臣|長官|代表|大使)(?:と|や|、)")
# A title Kaidan has no list for, between a name and its particle (チェアーマン, 弁護士, 社長).
_FREE_TITLE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ff]{1,6}?(?=(?:ら|側)?(?:は|が|と|との|とも|や|、))")
_STAFF_OF = re.compile(r"の(?:幹部|代表|首脳|関係者|社長|会長|代表団|幹部ら)(?=(?:は|が|と|との|とも|、))")
_NORTH_SOUTH = re.compile(r"南北")
_REGION = re.compile(r"(?:東南アジア|東アジア|南アジア|中央アジア|アジア|欧州|ヨーロッパ|中東|アフリカ|中南米|南米|北米|"
                     r"太平洋|大洋州|東欧|西欧|北欧|バルカン|湾岸|カリブ)(?:諸国)?(?:各国)?$")
_OTHER_OF = re.compile(r"(?:ら|側)?と(?P<name>[\u30a1-\u30faーA-Za-z][\u30a1-\u30faーA-Za-z・]{1,15}|[\u4e00-\u9fff]{2,8})の$")
_STAFF_PHRASE = re.compile(r"(?<![\u30a1-\u30ffA-Za-z・])(?P<name>[\u30a1-\u30ffA-Za-z][\u30a1-\u30ffA-Za-z・]{1,15})"
                           r"の(?:幹部|代表|首脳|関係者|社長|会長|代表団)ら?(?:と|との)")
_COMPOUND = re.compile(r"[日米中韓朝露英仏独印豪台伊加比越][日米中韓朝露英仏独印豪台伊加比越](?:首脳|外相|首相)?$")
_OF_TRIGGER = re.compile(r"の(?:[\u4e00-\u9fff]{1,3}の|初の|初|[\u4e00-\u9fff]{0,4})")
# Phrases that refer back to a meeting already named (今回の会談, 会談後, 前日の会談).
ANAPHORIC = re.compile(r"(?:今回の|同|この|その|前日の|両者の|両首脳の|両外相の)$")


@dataclass
class Participant:
    name: str
    entity_id: str | None = None
    role: str = "participant"
    office: str | None = None


@dataclass
class MeetingMention:
    start: int
    end: int
    text: str
    kind: str
    status: str
    sentence: tuple[int, int]
    participants: list[Participant] = field(default_factory=list)
    date: object | None = None  # the DATE mention it was resolved from
    place: object | None = None  # the LOC/GPE mention of the place
    anaphoric: bool = False
    title: str | None = None  # a named or grouping meeting: 東アジア首脳会議, ASEANなどの会合
    attendees_of_previous: bool = False  # 両外相は…に出席: the people of the meeting told before
    summit: bool = False  # 首脳会談, 両首脳会談: a meeting of heads of state or government
    qualified: bool = False  # 閣僚級会談, 南北会談: a level or a pair that no earlier meeting may have


def detect_meetings(body: str, mentions: list, reference=None) -> list[MeetingMention]:
    """Every meeting mention in body; mentions are the article's entity mentions.

    reference is the article's date: a meeting dated after it has not been held yet.
    """
    # each sentence reads only its own mentions: the cost grows with the article, not its square
    all_dates = SpanIndex(mentions, ("DATE",))
    all_actors = SpanIndex(mentions, ("PERSON", "GPE", "ORG"))
    all_places = SpanIndex(mentions, ("LOC", "GPE"))
    all_events = SpanIndex(mentions, ("EVENT",))
    out = []
    last_subject = None  # the person an omitted subject continues (王毅外相は… / カンボジア外相との会談では…)
    paragraph, previous_end = -1, 0
    earlier = EarlierPeople()
    for s_start, s_end in sentences(body):
        newline = body.rfind("\n", previous_end, s_start)
        previous_end = s_end
        if newline >= 0 and newline != paragraph:
            paragraph, last_subject = newline, None
        dates, places = all_dates.within(s_start, s_end), all_places.within(s_start, s_end)
        events = all_events.within(max(0, s_start - 64), s_end)
        actors = all_actors.within(s_start, s_end + 16)  # a visitor may be named just past the sentence
        if any(True for _ in TRIGGER.finditer(body, s_start, s_end)):
            extra = missed_people(body, s_start, s_end, [(_get(m, "start"), _get(m, "end")) for m in actors], earlier)
            actors = sorted(actors + extra, key=lambda m: _get(m, "start")) if extra else actors
        for m in actors:
            if _get(m, "type") == "PERSON":
                earlier.add(_name(body, m), _get(m, "entity_id"))
                aside = _ASIDE.match(body, _get(m, "end"))
                title = office_after(body, aside.end() if aside else _get(m, "end"))
                if title:
                    earlier.add_office(title["office"], _name(body, m), _get(m, "entity_id"))
        previous_trigger = s_start
        for match in TRIGGER.finditer(body, s_start, s_end):
            if NOT_A_MEETING.match(body, match.start()):
                continue
            if match.group(0) == "会見" and (PRESS_CONFERENCE_BEFORE.search(body, max(s_start, match.start() - 4),
                                                                      match.start())
                                           or not PARTNER_BEFORE.search(body, s_start, match.start())):
                continue  # a press conference, not a meeting with someone
            if match.group(0) == "協議" and DELIBERATION_BEFORE.search(body, max(s_start, match.start() - 1),
                                                                     match.start()) \
                    and not PARTNER_BEFORE.search(body, s_start, match.start()):
                continue  # 執行部は対応を協議した: deliberation, nobody met
            if match.group(0) in NEEDS_EVENT_USE and not (
                    EVENT_USE_AFTER.match(body, match.end()) or EVENT_USE_BEFORE.search(body, s_start, match.start())):
                continue
            start, end, kind = match.start(), match.end(), kind_of(match.group(0))
            region = _REGION.search(body, max(s_start, start - 6), start) if kind == "visit" else None
            if region is not None:
                kind = "trip"  # アジア訪問, 欧州訪問: a journey through a region, the container of its visits
            event = next((e for e in events if _get(e, "start") <= start and end <= _get(e, "end")), None)
            if event is not None:
                start, end, kind = _get(event, "start"), _get(event, "end"), "multilateral"
            mention = MeetingMention(start, end, body[start:end], kind, _status(body, start, end, s_end),
                                     (s_start, s_end))
            # a meeting named inside a quote takes its people from the quote, not from who is quoted
            clause = _quote_start(body, s_start, start)
            mention.participants = _participants(body, actors, clause, max(previous_trigger, clause), start, end,
                                                 match.group(0))
            if region is not None:  # the travellers only: no one country hosts a trip through a region
                mention.participants = [p for p in mention.participants if not (p.entity_id or "").startswith("country:")]
            mention.summit = "首脳" in body[max(s_start, start - 3) : end]
            mention.qualified = bool(_QUALIFIED.search(body, max(s_start, start - 4), start))
            grouping = _grouping_before(body, actors, start)
            if event is not None or grouping is not None:
                # 東アジア首脳会議, ASEANなどの会合: a meeting of many, known by its name; its
                # participants are those said to attend it (…に出席), its host comes from the place
                mention.kind = "multilateral"
                mention.title = body[_get(event, "start") : end] if event is not None else \
                    body[_get(grouping, "start") : _get(grouping, "end")] + match.group(0)  # ASEAN会合
                mention.participants, mention.attendees_of_previous = _attendees(body, actors, s_start, s_end, end)
            mention.date = _nearest(dates, start, s_start, s_end) or _last_before(all_dates, s_start, paragraph + 1)
            if mention.kind not in ("phone_call", "video_call"):
                mention.place = _place(body, places, s_start, s_end, start, mention.kind)
            if mention.status == "held" and reference and mention.date is not None \
                    and str(_get(mention.date, "value")) > reference.isoformat()[: len(str(_get(mention.date, "value")))]:
                mention.status = "scheduled"
            if mention.kind == "talks" and _people(mention) == 0 and mention.title is None:
                _office_holders_after(body, mention, actors, end, s_end)
            if mention.kind in ("talks", "phone_call", "video_call", "visit") and _people(mention) < 2:
                _bare_title_subject(body, mention, clause, start, earlier)
            if mention.kind in ("talks", "phone_call", "video_call") and _people(mention) < 2:
                _complete_pair(body, mention, actors, clause, start, last_subject if clause == s_start else None)
            if _SPOKEN_OF.match(body, end) and _people(mention) < 2 and mention.title is None:
                mention.participants = []  # 報道官が会談とその詳細を明らかにした: the speaker did not attend
            mention.anaphoric = bool(ANAPHORIC.search(body, max(s_start, start - 5), start)) or \
                (not mention.participants and mention.title is None)
            out.append(mention)
            previous_trigger = end
        last_subject = _sentence_subject(body, actors, s_start, s_end) or last_subject
    return out


_ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）]")
_BARE_SUBJECT = re.compile(r"(?:^|(?<=[、。\n]))(?:同)?(?P<title>首相|大統領|外相|国務長官|国家主席|主席|総理|長官|大臣)(?:は|が)")


def _bare_title_subject(body: str, mention: MeetingMention, clause: int, start: int, earlier: EarlierPeople) -> None:
    """首相は…を訪問し: the subject is the last person named with that office."""
    found = None
    for found in _BARE_SUBJECT.finditer(body, clause, start):
        pass
    person = earlier.by_office.get(found["title"]) if found else None
    if person is None or any(p.name == person[0] for p in mention.participants):
        return
    role = "visitor" if any(p.role == "host" for p in mention.participants) else "participant"
    mention.participants.insert(0, Participant(person[0], person[1], role=role, office=found["title"]))


_HEADS = ("首相", "大統領", "総理", "国家主席", "主席", "首脳")


def _office_holders_after(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """日ミャンマー外相会談で、A外相はB外相に…: the people holding the meeting's office, named after it."""
    office = next((o for o in ("外相", "首脳") if mention.text.startswith(o) or body[end - 4 : end].startswith(o)
                   or body.startswith(o + "会談", end - len(o) - 2)), None)
    if office is None or not body.startswith("で", end):
        return
    holders = []
    for m in actors:
        if _get(m, "type") != "PERSON" or not end < _get(m, "start") < s_end:
            continue
        title = office_after(body, _get(m, "end"))
        if title and (title["office"] == office or (office == "首脳" and title["office"] in _HEADS)):
            holders.append(Participant(_name(body, m), _get(m, "entity_id"), office=title["office"]))
    holders = _unique(holders)
    if len(holders) >= 2:
        mention.participants = holders


def _quote_start(body: str, s_start: int, position: int) -> int:
    """The start of the open quote position is in (after its 「), else the sentence start."""
    opened = body.rfind("「", s_start, position)
    if opened >= 0 and body.rfind("」", opened, position) < 0:
        return opened + 1
    return s_start


def _people(mention: MeetingMention) -> int:
    return sum(1 for p in mention.participants if not (p.entity_id or "").startswith("country:"))


def _complete_pair(body: str, mention: MeetingMention, actors, s_start: int, start: int, last_subject) -> None:
    """Talks need two sides: the other person named in the sentence, or the subject carried over."""
    known = {p.entity_id or p.name for p in mention.participants}
    names = [p.name for p in mention.participants]
    same = lambda name: any(name in n or n in name for n in names)  # 岡田 is 岡田武史  # noqa: E731
    others = [m for m in actors if _get(m, "type") == "PERSON" and s_start <= _get(m, "start") < start
              and (_get(m, "entity_id") or _name(body, m)) not in known and not same(_name(body, m))
              and not body.startswith("によ", _get(m, "end"))]
    if len(others) == 1 and mention.participants:
        m = others[0]
        mention.participants.append(Participant(_name(body, m), _get(m, "entity_id")))
    elif not others and last_subject is not None and last_subject.name not in known and not same(last_subject.name) \
            and not _SUBJECT_IN.search(body, s_start, start):
        mention.participants.insert(0, Participant(last_subject.name, last_subject.entity_id))


_SUBJECT_IN = re.compile(r"(?:は|が)、?")
_QUALIFIED = re.compile(r"(?:級|国間|南北|[日米中韓朝露英仏独印豪]{2})$")
# A meeting that is what a clause speaks of (会談とその詳細を明らかにした, 会談について語った).
_SPOKEN_OF = re.compile(r"(?:とその|について|に関して|の内容|の詳細|を(?:明らかに|発表|伝え|報じ|説明|評価|歓迎|批判|非難|振り返))")


def _sentence_subject(body: str, actors, s_start: int, s_end: int) -> Participant | None:
    """The person the sentence is about (the first Xは/Xが), if any."""
    return _first_person(body, actors, s_start, s_end, _SUBJECT_AFTER)


def _first_person(body: str, actors, begin: int, end: int, particle: re.Pattern) -> Participant | None:
    """The first person in [begin, end) followed (after an optional title) by particle."""
    for m in actors:
        if _get(m, "type") != "PERSON" or not begin <= _get(m, "start") < end:
            continue
        position = _get(m, "end")
        title = office_after(body, position)
        if title:
            position = title.end()
        if particle.match(body, position):
            return Participant(body[_get(m, "start"):_get(m, "end")], _get(m, "entity_id"))
    return None


_GROUPING_JOINT = re.compile(r"(?:などの|の|関連|主催の)$")


_ATTEND = re.compile(r"[^。]{0,6}?に(?:出席|参加|臨)")
_ATTENDEE_AFTER = re.compile(r"(?:は|が|も)")
_BOTH = re.compile(r"両(?:外相|首脳|氏|者|国首脳|閣僚)(?:は|が|も)")


def _attendees(body: str, actors, s_start: int, s_end: int, end: int) -> tuple[list[Participant], bool]:
    """Who attends a multilateral meeting: the clause's subject when it says 出席/参加."""
    if not _ATTEND.match(body, end):
        return [], False
    attendee = _first_person(body, actors, s_start, end, _ATTENDEE_AFTER)  # トランプ大統領が…, カーニー首相も…
    if attendee is not None:
        return [attendee], False
    return [], bool(_BOTH.search(body, s_start, s_end))


def _grouping_before(body: str, actors, start: int):
    """An organisation named just before the trigger (ASEANなどの会合), or None."""
    for mention in actors:
        if _get(mention, "type") == "ORG" and start - 4 <= _get(mention, "end") <= start \
                and _GROUPING_JOINT.search(body[_get(mention, "end") : start] or "の") \
                and body[_get(mention, "end") : start] != "":
            return mention
    return None


def _status(body: str, start: int, end: int, s_end: int) -> str:
    """held / scheduled / proposed / cancelled / none_planned from the words around the trigger."""
    after = re.split(r"[、。]", body[end : min(s_end, end + 30)])[0]
    before = re.split(r"[、。]", body[max(0, start - 12) : start])[-1]
    for status, cue in STATUS_CUES:
        if cue.search(after) or (status in ("proposed", "scheduled") and cue.search(before)):
            return status
    return "held"


def _participants(body, actors, s_start, previous_trigger, start, end, word) -> list[Participant]:
    """The people (or countries) of the clause: its subject and those joined to it by と, や, 、."""
    found: list[Participant] = []
    countries: list[Participant] = []
    officials: list[Participant] = []
    subjects: list[Participant] = []
    person_ends = {_get(m, "end") for m in actors if _get(m, "type") == "PERSON"}
    person_starts = {_get(m, "start") for m in actors if _get(m, "type") == "PERSON"}
    visitor_of = None
    hosts: list[Participant] = []
    organisations: list[Participant] = []
    sides: list[Participant] = []
    for mention in actors:
        m_start, m_end = _get(mention, "start"), _get(mention, "end")
        if m_start < s_start or m_end > start or m_start in person_ends:
            continue  # outside the clause, or the country in a person's title (ルビオ米国務長官)
        position = m_end
        title = office_after(body, position)
        office = title["office"] if title else None
        if office and body[title.start("office") - 1] == "副":
            office = "副" + office  # 何立峰副総理 is a deputy, not the head of government
        kind = _get(mention, "type")
        if title:
            position = title.end()
        elif kind == "PERSON":
            free = _FREE_TITLE.match(body, position)  # 鬼武健二チェアーマンと, 浦田弁護士は
            position = free.end() if free else position
        elif kind == "ORG":
            staff = _STAFF_OF.match(body, position)  # F・マリノスの幹部と: the organisation meets
            position = staff.end() if staff else position
        subject = _SUBJECT_AFTER.match(body, position)
        partner = _PARTNER_AFTER.match(body, position)
        glued = position >= start - 4 and re.fullmatch(r"[\u4e00-\u9fffロウ]*", body[position:start])
        glued = glued or _OF_TRIGGER.fullmatch(body, position, start)  # AとBの(初の)会談
        participant = Participant(_name(body, mention), _get(mention, "entity_id"), office=office)
        if kind == "PERSON" and word == "訪問" and body.startswith("を", position) and position + 1 == start:
            participant.role = "host"  # ブッシュ大統領を訪問: the person visited receives the visitor
            hosts.append(participant)
        elif kind == "ORG" and body.startswith("で", position) and position + 4 >= start \
                and re.fullmatch(r"で[\u4e00-\u9fff]{0,3}", body[position:start]):
            organisations.append(participant)  # 安全保障理事会で緊急会合: the body that meets
        elif kind == "ORG" and (subject or partner) and (m_start >= previous_trigger or subject):
            organisations.append(participant)  # 自由アチェ運動は…と会談, F・マリノスの幹部と会談
        elif kind == "GPE" and body.startswith("側", m_end) and (subject or partner):
            officials.append(participant)  # 日本側は, ロシア側と: a side stands for its delegation
        elif kind == "PERSON" and word in ("訪問", "来日", "訪日") and \
                (body.startswith("の", position) or body.startswith("による", position)):
            visitor_of = participant  # トランプ氏の中国訪問, ルビオ氏による…訪問, トランプ氏の来日
        elif kind == "PERSON" and (subject or partner or glued):
            if m_start >= previous_trigger or subject:
                if subject:
                    # the subject nearest the trigger wins: in Xは、YがZと会談する計画を, X is outside
                    found = [p for p in found if p not in subjects]
                    subjects.append(participant)
                found.append(participant)
        elif kind == "GPE" and m_end + 1 not in person_starts and (title or _OFFICIAL_OF.match(body, m_end)) \
                and (subject or partner or glued or _OFFICIAL_OF.match(body, m_end)):
            officials.append(participant)  # マレーシア外相, 韓国の第1外務次官と: a person named by country
        elif kind == "GPE" and glued:
            countries.append(participant)
        elif kind == "GPE" and (subject or partner and body.startswith("と", position)) \
                and (m_start >= previous_trigger or subject):
            sides.append(participant)  # 日本とオーストラリアは…交渉を行った: countries as the sides, when no one is named
    if hosts:  # Xは…Yを訪問し
        visitors = [p for p in found if p not in hosts]
        for p in visitors:
            p.role = "visitor"
        return _unique(visitors + hosts)
    found = found + [o for o in organisations if not any(o.name in p.name for p in found)]
    if len(found) == 1 and not officials:
        other = _OTHER_OF.search(body, max(s_start, start - 20), start)  # 住友商事とKDDIの会談: a side no entity knows
        if other and body.endswith(found[0].name, 0, other.start()) and other["name"] not in found[0].name \
                and not office_after(other["name"], 0):
            found.append(Participant(other["name"]))
    if len(found) == 1 and not officials:
        staff = None
        for staff in _STAFF_PHRASE.finditer(body, max(s_start, previous_trigger), start):
            pass  # F・マリノスの幹部と会談: an organisation no entity knows, met through its staff
        if staff is not None and staff.end() + 4 >= start and staff["name"] not in found[0].name:
            found.append(Participant(staff["name"]))
    if not found and not officials and not countries and _NORTH_SOUTH.search(body, max(s_start, start - 6), start):
        return [Participant("韓国", "country:KR"), Participant("北朝鮮", "country:KP")]  # 南北閣僚級会談
    if word == "訪問" and countries and body[start - 1 : start] != "の":  # 中国訪問
        host = next((c for c in countries if body.find(c.name, start - len(c.name) - 1, start) >= 0), None)
        if host:
            host.role = "host"
            visitor = visitor_of or (found[-1] if found else None)
            if visitor:
                visitor.role = "visitor"
            return _unique(([visitor] if visitor else []) + [host])
    if word in ("来日", "訪日"):
        # トランプ氏の来日, 来日中のノルウェーのハンセン外相, ハンセン外相は来日し…
        visitor = visitor_of or _visitor_after(body, actors, end) or (found[0] if found else None)
        if visitor is not None:
            visitor.role = "visitor"
            return [visitor, Participant("日本", "country:JP", role="host")]
    if word.startswith("訪") and len(word) == 2 and word[1] in _VISIT_HOST:
        visitor = _visitor_after(body, actors, end)  # 訪米中の岩屋毅外相
        if visitor is not None:
            found = [visitor] + [p for p in found if (p.entity_id or p.name) != (visitor.entity_id or visitor.name)]
        for p in found:
            p.role = "visitor"
        found.append(Participant(word[1], _VISIT_HOST[word[1]], role="host"))
    # Countries stand in for the participants only where no person is named (米中会談).
    if found and countries and _COMPOUND.search(body, max(s_start, start - 6), start):
        # 日豪首脳会談 with only 岸田 named: the other country is a side too (the store drops
        # a country its own person already stands for)
        return _unique(found + officials + [c for c in countries if c.role == "participant"])
    return _unique(found + officials or countries or (sides if len(_unique(sides)) >= 2 else []))


def _visitor_after(body: str, actors, end: int):
    """The person right after 訪米中の / 来日中の."""
    match = re.match(r"中の|した|する", body[end : end + 2])
    if not match:
        return None
    for mention in actors:
        if _get(mention, "type") == "PERSON" and end + 2 <= _get(mention, "start") <= end + 12:
            return Participant(body[_get(mention, "start") : _get(mention, "end")], _get(mention, "entity_id"))
    return None


def _unique(participants: list[Participant]) -> list[Participant]:
    seen, out = set(), []
    for p in participants:
        key = p.entity_id or p.name
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _nearest(dates, position: int, s_start: int, s_end: int):
    """The date written before the trigger in the sentence, else the finest one after it (先週24日 → 24日)."""
    inside = [d for d in dates if s_start <= _get(d, "start") < s_end and _get(d, "value")]
    before = [d for d in inside if _get(d, "end") <= position]
    if before:
        return before[-1]
    after = [d for d in inside if "W" not in str(_get(d, "value"))] or inside
    return max(after, key=lambda d: len(str(_get(d, "value")))) if after else None


def _last_before(dates: SpanIndex, position: int, paragraph_start: int):
    """The last resolved date of the paragraph before position."""
    return next((d for d in dates.before(position, paragraph_start) if _get(d, "value")), None)


def _place(body: str, places, s_start: int, s_end: int, trigger: int, kind: str):
    """The LOC/GPE written with で (…クアラルンプールで) before the trigger; a city wins over a country."""
    candidates = []
    for mention in places:
        m_start, m_end = _get(mention, "start"), _get(mention, "end")
        after = _PLACE_AFTER.match(body, m_end)
        limit = s_end if kind == "multilateral" else trigger  # …会合に出席するためクアラルンプールを訪れた
        if s_start <= m_start and m_end <= limit and after and (kind in ("visit", "multilateral") or after.group(0).endswith("で")):
            candidates.append(mention)
    if not candidates:
        return None
    cities = [m for m in candidates if _get(m, "type") == "LOC"] or candidates
    return min(cities, key=lambda m: abs(_get(m, "start") - trigger))


def _get(mention, key):
    return mention[key] if isinstance(mention, dict) else getattr(mention, key)


def _name(body: str, mention) -> str:
    """The name as written, or the full name a surname stands for."""
    full = mention.get("full_name") if isinstance(mention, dict) else None
    return full or body[_get(mention, "start") : _get(mention, "end")]
