"""Sides the words around a meeting word tell: the subject of the clause a meeting sets (Aとの会談で、Bは),
people listed before their count (AとB、Cの3首脳は), the place a word for "that place" stands for (当地を訪問).
"""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from dataclasses import replace

from core.clauses.referents import candidates, referred
from core.meetings.people import ASIDE, SUBJECT_AFTER, name_of, not_a_side, person_country
from core.meetings.counted import count_value
from core.meetings.country_letters import written_country
from core.meetings.titles import BARE_SUBJECT, ROLE_OF
from core.nlp.office_names import full_office, office_role
from core.nlp.offices import office_after
from core.registry import bundled_registry
from core.text import last_match

# 麻生外相との会談で、ライス国務長官は: the meeting as the setting of what its subject did there
_AT_MEETING_THEN = re.compile(r"(?:で|では|の席で|の場で|の中で|後|の後|後に|を終え|を終えた後|のため|に臨むため|に向け|に向けて"
                              r"|に先立ち|を前に|の冒頭|の冒頭で|の席上)、")  # (首脳会談の冒頭、A首相は: who spoke first)


def subject_at_meeting(body: str, mention: MeetingMention, actors, end: int, s_end: int, people=None,
                       partnered: bool = False) -> None:
    """麻生外相との会談で、ライス国務長官は…と述べた: the subject of the clause the meeting sets (its partner
    named, its other side not: partnered) sat at it; 日米首脳会談で、小泉首相は: the person stands for their
    country among the sides. Only the first name after the comma, as the subject, or a title standing for
    a person named before (会談で、同長官は). people: the article's actors, a SpanIndex."""
    countries = [p for p in mention.participants if (p.entity_id or "").startswith("country:")]
    by_country = len(countries) == len(mention.participants) >= 2  # 日米首脳会談で、小泉首相は
    if not (len(mention.participants) == 1 and partnered or by_country) or not _AT_MEETING_THEN.match(body, end):
        return
    comma = _AT_MEETING_THEN.match(body, end).end()
    first = next((m for m in actors if m.start >= comma and m.start < s_end), None)
    if first is not None and first.type == "GPE" and body.startswith("の", first.end):  # 北朝鮮の朴宜春外相は
        first = next((m for m in actors if m.start == first.end + 1 and m.type == "PERSON"), first)
        comma = first.start
    if first is None or first.type != "PERSON" or first.start != comma:
        person = _title_subject(body, comma, people, mention.sentence[0])
        if person is None:
            return
    else:
        position = first.end
        aside = ASIDE.match(body, position)
        position = aside.end() if aside else position
        title = office_after(body, position)
        position = title.end() if title and title.start() == position else position
        if not SUBJECT_AFTER.match(body, position) or not_a_side(body, first.end):
            return
        person = Participant(name_of(body, first), first.entity_id,
                             country=written_country(body, actors, first.start, first.end))
    if by_country:  # the person stands for their country among the sides (as the text or the registry has it)
        stands_for = f"country:{person_country(person.entity_id)}" if person_country(person.entity_id) \
            else person.country
        mention.participants = [person if p.entity_id == stands_for else p for p in mention.participants]
        partner = _addressed(body, actors, comma, s_end)  # 日韓外相会談で、麻生外相は潘基文外交通商相に抗議した
        if partner is not None and partner.country != stands_for and partner.country in \
                {p.entity_id for p in mention.participants}:
            mention.participants = [partner if p.entity_id == partner.country else p for p in mention.participants]
    elif (person.entity_id or person.name) not in {p.entity_id or p.name for p in mention.participants}:
        mention.participants.insert(0, person)


# 潘基文外交通商相に抗議した, ブッシュ大統領と握手し, 大統領に対し: the one the subject addresses
# (Bを歓迎した, Bの来日を歓迎した: the one welcomed)
_ADDRESSED = re.compile(r"(?:に対し(?:て)?|に|と|へ|を(?=歓迎|出迎)|の(?:来日|訪日|来訪|訪問)を(?=歓迎))(?:、)?")


def _addressed(body: str, actors, after: int, s_end: int) -> Participant | None:
    """The first person named after the subject of a clause a meeting sets, addressed by it (Bに, Bと, Bに対し),
    with the country the text or the registry gives them; None when none or no country is known."""
    for m in actors:
        if m.start <= after or m.start >= s_end or m.type != "PERSON":
            continue
        aside = ASIDE.match(body, m.end)
        position = aside.end() if aside else m.end
        title = office_after(body, position)
        position = title.end() if title and title.start() == position else position
        if not _ADDRESSED.match(body, position) or not_a_side(body, m.end):
            return None
        country = written_country(body, actors, m.start, m.end) or (
            f"country:{person_country(m.entity_id)}" if person_country(m.entity_id) else None)
        return Participant(name_of(body, m), m.entity_id, country=country) if country else None
    return None


def _title_subject(body: str, position: int, people, s_start: int) -> Participant | None:
    """同長官は, 首相は at position: the person named before the title stands for (core.clauses.referents)."""
    found = BARE_SUBJECT.match(body, position) if people is not None else None
    if found is None:
        return None
    referent = referred(body, people, body[found.start() : found.end("title")], found.start(), s_start)
    if referent is None or referent.type != "PERSON":
        return None
    return Participant(name_of(body, referent), referent.entity_id, office=found["title"] if found["title"] != "氏" else None)


# 当地を訪問予定だった, 同地を訪れた: a word for a place named before, as the destination
_PLACE_WORD = re.compile(r"(?P<word>当地|同地)(?:を|へ|に)[^、。をにへ]{0,4}$")


def place_referred(body: str, mention: MeetingMention, places, s_start: int) -> None:
    """当地を訪問予定だったローマ教皇: the place 当地 stands for is the article's own (the first place it
    names in a country), 同地 the last one named before; it becomes the visit's place, whose country hosts.
    places: the article's places (LOC, GPE), a SpanIndex."""
    if mention.kind != "visit" or mention.place is not None:
        return
    found = _PLACE_WORD.search(body, max(s_start, mention.start - 8), mention.start)
    if found is None:
        return
    registry = bundled_registry()
    in_a_country = [m for m in (places.within(0, s_start) if found["word"] == "当地" else places.before(s_start))
                    if (m.entity_id or "").startswith("country:")
                    or (registry.get(m.entity_id) is not None and registry.get(m.entity_id).attributes.get("country"))]
    if in_a_country:
        mention.place = in_a_country[0]


# 小泉首相とブッシュ大統領、ブレア英首相の3首脳は: people listed, then their count as the subject
# (A首相とB首相、C大統領の日中韓3首脳は: the countries of the people counted may stand between them and the count)
_COUNTED_PEOPLE = re.compile(r"(?:らの|の|ら)?(?:[日米中韓朝露ロ英仏独伊加印豪台]{2,6})?(?P<n>[2-9２-９二三四五六七八九])(?:首脳|外相|閣僚|首相|氏|者|人)(?:は|が|による|の間で)")
def counted_people(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """AとB、Cの3首脳は会談した: the people listed right before a count that agrees with them are the sides."""
    found = last_match(_COUNTED_PEOPLE, body, clause, start)
    if found is None or len(mention.participants) >= count_value(found["n"]):
        return
    listed, end = [], found.start()
    countries = {m.end: m.start for m in actors if m.type == "GPE" and clause <= m.start}
    for m in reversed([m for m in actors if m.type == "PERSON" and clause <= m.start and m.end <= found.start()]):
        position = m.end
        title = office_after(body, position)
        position = title.end() if title and title.start() == position else position
        if position != end:
            break
        listed.insert(0, Participant(name_of(body, m), m.entity_id))
        head = m.start
        if body[head - 1 : head] == "の" and head - 1 in countries:
            head = countries[head - 1]  # フランスのシラク大統領: the person's country written before them
        joint = re.search(r"(?:と|、|や|及び|および)$", body[max(clause, head - 2) : head])
        if joint is None:
            break
        end = head - len(joint.group(0))
    if len(listed) == count_value(found["n"]):
        mention.participants = listed


# …らが出席した, …も参加した: the people listed are said to attend
_ATTENDED = re.compile(r"(?:ら|など)?(?:が|も)、?(?:[^、。]{0,8}?)(?:出席|参加|臨ん|臨み|臨む)")
# 会談は9日、AとBの間で行われた: the meeting as the topic, held between the people listed
_HELD_BETWEEN_TOPIC = re.compile(r"(?:は|が)、?(?:[^、。「」]{0,16}?、)?(?:[^、。「」]{0,12}?で)?")
_BETWEEN = re.compile(r"(?:ら)?の間で(?:行われ|開かれ|開催され|行なわれ)")
# 会議には、…が出席した, 会談には…が同席した: the meeting as where those named attend or sit in
_ATTENDED_AT = re.compile(r"(?:には|に)、?")
# 相手は…だった, 会談の相手は: the sentence that names who the talks told before were with
_PARTNER_TOLD = re.compile(r"(?:(?:会談|電話会談|電話|協議|交渉)の)?(?:相手|会談相手)は、?")
_PAIRED_KINDS = ("talks", "phone_call", "video_call", "negotiation_round")
# 首脳会談に臨んだのは、A首相とB大統領だった: who attended, told as the answer of a cleft sentence
_CLEFT = re.compile(r"に(?:臨んだ|臨む|出席した|出席する|参加した|参加する)のは、?")
_CLEFT_END = re.compile(r"(?:ら|の両首脳|両首脳|の両氏)?(?:だ|で|です|。)")


_FREE_TITLE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ffー]{0,10}?(?=ら|、|と|や|が|も)")
# 日本の佐々江局長, 日本からは安倍首相, 日本側は原口大使、北朝鮮側は宋大使が: who stands for the country
_OF_OR_FROM = re.compile(r"(?:側)?の|(?:側)?からは?、?|側(?:は|が)、?")  # (日本側の原口大使: the side's person)


def _people_listed(body: str, actors, position: int, s_end: int) -> tuple[list[tuple[Participant, str | None]], int]:
    """The people listed from position (日本の佐々江局長、米国のヒル国務次官補), each with the country written
    before them (or None), joined by 、, と or や, their offices read past; and where the list ends."""
    listed, country = [], None
    for m in actors:
        if m.start < position or m.start >= s_end:
            continue
        if m.start != position:
            break
        joint = _OF_OR_FROM.match(body, m.end) if m.type == "GPE" else None
        if joint is not None:  # 日本の佐々江賢一郎局長, 日本からは安倍首相: the person's country
            position, country = joint.end(), m.entity_id
            continue
        if m.type != "PERSON" or not_a_side(body, m.end):
            break
        title = office_after(body, m.end)
        after = title.end() if title and title.start() == m.end else m.end
        free = _FREE_TITLE.match(body, after)  # アジア大洋州局長, 国務次官補: an office no list holds
        after = free.end() if free else after
        written = country or written_country(body, actors, m.start, m.end)  # (朴宜春北朝鮮外相: in the title)
        listed.append((Participant(name_of(body, m), m.entity_id), written))
        country = None
        joint = re.match(r"(?:、|と|や|及び|および|＆|&)", body[after:])
        if joint is None:
            return listed, after
        position = after + joint.end()
    return listed, position


# 会談は…で行われ、: the meeting as the topic of a clause that tells where or when it took place
_HELD_TOPIC = re.compile(r"(?:は|が)[^。「」]{0,30}?(?:行われ|開かれ|開催され)、")
_LISTED_SUBJECT = re.compile(r"(?:ら|の両首脳|両首脳|の両外相|両外相|両氏)?(?:は|が)")


def attendees_listed(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """6か国協議には、日本の佐々江局長、米国のヒル国務次官補らが出席した: the people listed after a meeting
    of many (…には) and said to attend it are its participants; 会談はホワイトハウスで行われ、AとBが出席した:
    those of a meeting told as the topic, with no sides of its own."""
    cleft = _CLEFT.match(body, end) if not mention.participants else None
    if cleft is not None:  # 首脳会談に臨んだのは、小泉首相とブッシュ大統領だった: those it names sat at it
        written, after = _people_listed(body, actors, cleft.end(), s_end)
        if written and _CLEFT_END.match(body, after):
            mention.participants = [p for p, _ in written]
        return
    countries = [p for p in mention.participants if (p.entity_id or "").startswith("country:")]
    by_country = len(countries) == len(mention.participants) >= 2  # 米朝協議は…行われ、米国のAと北朝鮮のBが出席
    if any(p.role != "host" for p in mention.participants) and not by_country:
        return
    at = _ATTENDED_AT.match(body, end) if mention.kind == "multilateral" or by_country or not mention.participants \
        else None  # (9日の首脳会談には、AとBが臨んだ: talks with no sides of their own)
    at = at or _HELD_TOPIC.match(body, end)
    if at is None and (by_country or not mention.participants) and mention.kind != "multilateral":
        between = _HELD_BETWEEN_TOPIC.match(body, end)  # 首脳会談は9日、AとBの間で行われた
        written, after = _people_listed(body, actors, between.end(), s_end) if between else ([], end)
        if len(written) < 2 or not _BETWEEN.match(body, after):
            return
        of = {country or f"country:{person_country(p.entity_id)}": p for p, country in written}
        if not by_country:
            mention.participants = [p for p, _ in written]
        elif set(of) == {p.entity_id for p in countries}:  # 日中首脳会談は…: each stands for their country
            mention.participants = [of[p.entity_id] for p in countries]
        return
    if at is None:
        return
    written, after = _people_listed(body, actors, at.end(), s_end)
    listed = [p for p, _ in written]
    if by_country and listed and _HELD_TOPIC.match(body, end) and _LISTED_SUBJECT.match(body, after):
        # 日米首脳会談が…行われ、小泉首相とブッシュ大統領は…確認した: the people of the next clause's subject
        # whose countries are the meeting's own stand for them (whatever they did there)
        of = {country or f"country:{person_country(p.entity_id)}": p for p, country in written}
        if len(of) == len(written) and set(of) <= {p.entity_id for p in countries}:
            mention.participants = [of.get(p.entity_id, p) for p in countries]
        return
    if not by_country and not mention.participants and len(listed) >= 2 and _HELD_TOPIC.match(body, end) \
            and _LISTED_SUBJECT.match(body, after):
        mention.participants = listed  # 首脳会談は…行われ、岸田首相とバイデン大統領は…確認した: the two who met
        return
    if not listed or not _ATTENDED.match(body, after):
        return
    if by_country:  # each person stands for the country written with them, or that the registry knows
        of = {country or f"country:{person_country(p.entity_id)}": p for p, country in written}
        if set(of) == {p.entity_id for p in countries}:
            mention.participants = [of[p.entity_id] for p in countries]
        return
    mention.participants = listed + mention.participants


# 会談には、町村外相と安倍官房長官が同席した: those who sat in on the talks (an interpreter or an aide
# named by their work, 通訳の…, starts no list of people)
_SAT_IN = re.compile(r"(?:ら|など)?(?:が|も)、?(?:[^、。]{0,6}?)(?:同席|陪席)")


def sat_in(body: str, mention: MeetingMention, out: list[MeetingMention], actors, end: int, s_end: int) -> None:
    """小泉首相はブッシュ大統領と会談した。会談には安倍官房長官が同席した: the people listed as sitting in on
    talks that name no sides of their own sat at the talks told last with two sides, in this sentence or
    the two before; the mention itself still refers back to them."""
    at = _ATTENDED_AT.match(body, end)
    if mention.participants or mention.kind not in _TALKS or at is None:
        return
    _sat_in_last(body, out, actors, at.end(), mention.sentence[0], s_end)


_TALKS = ("talks", "phone_call", "video_call", "negotiation_round")


def _sat_in_last(body: str, out: list[MeetingMention], actors, position: int, s_start: int, s_end: int) -> bool:
    """The people listed from position and said to sit in (…が同席した) join the talks told last with two
    sides, in this sentence or the two before; whether they did."""
    written, after = _people_listed(body, actors, position, s_end)
    if not written or not _SAT_IN.match(body, after):
        return False
    earlier = [m for m in out[-8:] if m.kind in _TALKS and len(m.participants) >= 2 and s_start - m.sentence[0] <= 400]
    if not earlier:
        return False
    told = earlier[-1]
    told.participants = told.participants + [p for p, _ in written if (p.entity_id or p.name) not in
                                             {q.entity_id or q.name for q in told.participants}]
    return True


def sat_in_told_next(body: str, out: list[MeetingMention], actors, s_start: int, s_end: int) -> None:
    """麻生外相はライス国務長官と会談した。ヒル国務次官補も同席した。: the people a sentence opens with, said
    to sit in (with no meeting word of its own), sat at the talks told just before."""
    if out and out[-1].sentence[1] <= s_start and _SAT_IN_SENTENCE.search(body, s_start, s_end):
        _sat_in_last(body, out, actors, s_start, s_start, s_end)


_SAT_IN_SENTENCE = re.compile(r"(?:同席|陪席)(?:した|している|する)。")


def told_just_before(out: list[MeetingMention], gap: int, s_start: int) -> list[MeetingMention]:
    """The mentions whose sentence ends in [gap, s_start], in order: read from the end of out, so a
    sentence costs the mentions of the one before it, not the whole article's."""
    found = []
    for m in reversed(out):
        if m.sentence[1] < gap:
            break
        if m.sentence[1] <= s_start:
            found.append(m)
    return found[::-1]


def attendees_told_next(body: str, out: list[MeetingMention], actors, s_start: int, s_end: int) -> None:
    """主要国首脳会議が開幕した。小泉首相、ブッシュ大統領らが出席した。: the people the next sentence opens
    with, said to attend (with no meeting word of its own), attend the meeting of many told just before."""
    gap = s_start
    while gap and body[gap - 1].isspace():
        gap -= 1
    told = told_just_before(out, gap, s_start)
    partner = _PARTNER_TOLD.match(body, s_start)
    if partner is not None:  # 電話会談を行った。相手は中国の李肇星外相だった。: the partner of the talks told before
        written, after = _people_listed(body, actors, partner.end(), s_end)
        alone = [m for m in told if len(m.participants) == 1 and m.kind in _PAIRED_KINDS]
        if len(written) == 1 and alone and _CLEFT_END.match(body, after):
            alone[-1].participants.append(written[0][0])
        return
    written, after = _people_listed(body, actors, s_start, s_end)
    listed = [p for p, _ in written]
    attended = _ATTENDED.match(body, after)
    by_country = [m for m in told if len(m.participants) >= 2
                  and all((p.entity_id or "").startswith("country:") for p in m.participants)]
    if by_country and listed and attended and _AT_END.match(body, attended.end()):
        # 米国とイランの大使級協議が行われた。米国のA大使とイランのB大使が出席した。: each person stands for
        # the country written with them (or that the registry knows), when they are the meeting's countries
        of = {country or f"country:{person_country(p.entity_id)}": p for p, country in written}
        last = by_country[-1]
        if len(of) == len(written) and set(of) == {p.entity_id for p in last.participants}:
            last.participants = [Participant(of[p.entity_id].name, of[p.entity_id].entity_id, role=p.role)
                                 for p in last.participants]
        return
    unnamed = [m for m in told if not m.participants and m.title is None
               and m.kind in ("talks", "negotiation_round", "phone_call", "video_call")]
    if unnamed and listed and attended and _AT_END.match(body, attended.end()) and len(written) >= 2 \
            and all(country for _, country in written) and len({c for _, c in written}) == len(written):
        # 両国は先月、局長級協議を開いた。日本のA局長と北朝鮮のB大使が出席した。: the sides no clause named are
        # the people of two countries said to attend it
        for mention in unnamed:
            mention.participants = [Participant(p.name, p.entity_id) for p in listed]
            mention.anaphoric = False
        return
    before = [m for m in told if m.kind == "multilateral"]
    if not before or any(p.role != "host" for p in before[-1].participants):
        return
    if listed and attended and _AT_END.match(body, attended.end()):
        last = before[-1]
        for mention in (m for m in before if m.sentence == last.sentence and m.participants == last.participants):
            mention.participants = [Participant(p.name, p.entity_id) for p in listed] + mention.participants


_AT_END = re.compile(r"(?:した|している|する予定だ|する)。")


# クアラルンプールを訪れた両外相は: a visit told as a relative clause of the two people named before
_BOTH_AFTER_VISIT = re.compile(r"(?:中の|した|していた|た)両(?P<title>外相|首脳|首相|大統領|氏)(?:は|が|も|と|の)")
_HEAD_TITLES = ("首相", "大統領", "国家主席", "主席", "総統", "首脳")


def both_travel(body: str, mention: MeetingMention, people, end: int) -> None:
    """クアラルンプールを訪れた両外相は: the two people named before with the title travelled (visitors).
    people: the article's actors, a SpanIndex."""
    found = _BOTH_AFTER_VISIT.match(body, end)
    if mention.kind != "visit" or found is None or any(p.role == "visitor" for p in mention.participants):
        return
    two = _named_before(body, people, mention.start, found["title"], 2)
    if len(two) != 2:
        return
    for p in two:
        p.role = "visitor"
    mention.participants = two + [p for p in mention.participants if p.role == "host"]


def _named_before(body: str, people, before: int, title: str, n: int) -> list[Participant]:
    """The last n people named before position with the title's role (両外相: foreign ministers, a
    secretary of state among them; 3首脳: heads; 両氏: anyone), in the order named."""
    named = candidates(body, people, before)
    if title == "首脳":
        named = [c for c in named if c.office is not None and c.office.group("office") in _HEAD_TITLES]
    elif title != "氏":  # 両外相: a secretary of state is a foreign minister too (the same role)
        named = [c for c in named if c.office is not None and (office_role(full_office(c.office))
                                                                or _role(c.office.group(0))) == _role(title)]
    return [Participant(name_of(body, c.mention), c.mention.entity_id) for c in reversed(named[:n])]


# 両首脳は10日、京都で会談した, 3首脳は…会談した: the people counted, named before, as the subject of talks
_BOTH_SUBJECT = re.compile(r"(?<![\u4e00-\u9fff0-9０-９])(?P<n>[両2-9２-９二三四五六七八九])"
                           r"(?P<title>外相|首脳|首相|大統領|氏|者)(?:は|が)")


def both_named_before(body: str, mention: MeetingMention, people, clause: int, start: int, earlier) -> None:
    """両首脳は10日、会談した (3首脳は…) with no meeting of two sides told before in the article: the people
    named before with the title's role, as many as counted, are its sides (with one told before, the words
    refer back to it, unless the sentence dates them to another day: 両首脳は昨年11月にも会談している)."""
    if mention.participants:
        return
    found = last_match(_BOTH_SUBJECT, body, clause, start)
    # (a call is never talks told before: 両首脳は11日にも電話で会談した is a meeting of its own)
    calls = ("phone_call", "video_call")
    told = [m for m in earlier if len(m.participants) >= 2 and m.kind not in ("visit", "trip")
            and (m.kind in calls) == (mention.kind in calls)]
    if found is not None and (not told or _another_day(mention, told[-1])):
        n = count_value(found["n"])
        title = "氏" if found["title"] == "者" else found["title"]
        named = _named_before(body, people, found.start(), title, n)
        if found["title"] == "者" and not _named_since_sentence_before(body, people, named, found.start()):
            named = []  # 両者 (people or bodies): only people just named, in its sentence or the one before
        mention.participants = named if len(named) == n else []


def _named_since_sentence_before(body: str, people, named: list[Participant], position: int) -> bool:
    """Whether every one named has a mention since the start of the sentence before position's."""
    own = body.rfind("。", 0, position)
    since = body.rfind("。", 0, own) + 1 if own >= 0 else 0
    near = {m.entity_id or name_of(body, m) for m in people.within(since, position)} | \
        {name_of(body, m) for m in people.within(since, position)}
    return bool(named) and all((p.entity_id or p.name) in near or p.name in near for p in named)


def _another_day(mention: MeetingMention, told: MeetingMention) -> bool:
    """Whether the mention's sentence dates it to a day or month of its own, other than the meeting told before."""
    if mention.date is None or mention.date_carried or told.date is None or not mention.date.value:
        return False
    mine, theirs = str(mention.date.value), str(told.date.value or "")
    return not (mine.startswith(theirs) or theirs.startswith(mine))


def _role(office: str) -> str:
    """The role of an office as written (米国務長官: foreign_minister), else the office itself."""
    return next((ROLE_OF[k] for k in sorted(ROLE_OF, key=len, reverse=True) if office.endswith(k)), office)


def apart_by_country(mention: MeetingMention) -> list[MeetingMention]:
    """A visit of several visitors from different countries (両外相が…を訪れた) is one visit each: they come
    from their own capitals; visitors of one country (or unknown ones) travel together."""
    visitors = [p for p in mention.participants if p.role == "visitor"]
    countries = {person_country(p.entity_id) for p in visitors}
    if mention.kind != "visit" or len(visitors) < 2 or None in countries or len(countries) != len(visitors):
        return [mention]
    others = [p for p in mention.participants if p.role != "visitor"]
    return [replace(mention, participants=[replace(v)] + [replace(o) for o in others]) for v in visitors]


def someone_else(body: str, actors, s_start: int, s_end: int, subject: Participant | None) -> bool:
    """Whether a sentence with no person as its subject names another person, or has a subject of its own
    (日本経団連は, 首相は): after it, a new paragraph no longer continues the subject named before."""
    key = None if subject is None else subject.entity_id or subject.name
    for m in actors:
        if not s_start <= m.start < s_end:
            continue
        if m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) != key:
            return True
        if m.type in ("ORG", "GPE") and SUBJECT_AFTER.match(body, m.end):
            return True
    return BARE_SUBJECT.search(body, s_start, s_end) is not None


# 会談の冒頭、, 同会談の席上、: the meeting word opening the sentence, as the setting of who spoke first there
_OPENING = re.compile(r"(?:この|その|同|今回の)?")
_OPENED = re.compile(r"の(?:冒頭|席上)(?:で)?、")


def opening_told_next(body: str, mention: MeetingMention, earlier: list[MeetingMention], actors, end: int,
                      s_end: int, people=None) -> None:
    """日米首脳会談が9日行われた。会談の冒頭、小泉首相はブッシュ大統領の来日を歓迎した: a bare meeting word opening
    the sentence after a meeting told by its countries alone, with who spoke first there and whom they welcomed
    or addressed: those people sat for their countries at that meeting (as in 日米首脳会談の冒頭、A首相は)."""
    s_start = mention.sentence[0]
    if not _OPENED.match(body, end) or not _OPENING.fullmatch(body, s_start, mention.start):
        return
    last = next((m for m in reversed(earlier[-4:]) if m.kind == mention.kind), None)
    if last is None or s_start - last.sentence[1] > 2 or len(last.participants) < 2 \
            or not all((p.entity_id or "").startswith("country:") for p in last.participants):
        return
    trial = replace(mention, participants=[replace(p) for p in last.participants])
    subject_at_meeting(body, trial, actors, end, s_end, people)
    if any(not (p.entity_id or "").startswith("country:") for p in trial.participants):
        last.participants = trial.participants
        mention.participants = [replace(p) for p in trial.participants]
