"""The people a sentence lists as attending a meeting or sitting in on it: after the meeting word (6か国協議には、
AとBらが出席した; 会談はホワイトハウスで行われ、AとBが…; 首脳会談に臨んだのは、AとBだった), or opening the sentence
after it (…が開幕した。A首相、B大統領らが出席した。; 相手は…だった; …も同席した。)."""

from __future__ import annotations

import re

from core.meetings.country_letters import written_country
from core.meetings.mention import PAIRED_KINDS, MeetingMention, Participant
from core.meetings.people import name_of, not_a_side, person_country
from core.nlp.offices import office_after

# …らが出席した, …も参加した: the people listed are said to attend
_ATTENDED = re.compile(r"(?:ら|など)?(?:が|も)、?(?:[^、。]{0,8}?)(?:出席|参加|臨ん|臨み|臨む)")
# 会談は9日、AとBの間で行われた: the meeting as the topic, held between the people listed
_HELD_BETWEEN_TOPIC = re.compile(r"(?:は|が)、?(?:[^、。「」]{0,16}?、)?(?:[^、。「」]{0,12}?で)?")
_BETWEEN = re.compile(r"(?:ら)?の間で(?:行われ|開かれ|開催され|行なわれ)")
# 会議には、…が出席した, 会談には…が同席した: the meeting as where those named attend or sit in
_ATTENDED_AT = re.compile(r"(?:には|に)、?")
# 相手は…だった, 会談の相手は: the sentence that names who the talks told before were with
_PARTNER_TOLD = re.compile(r"(?:(?:会談|電話会談|電話|協議|交渉)の)?(?:相手|会談相手)は、?")
# 首脳会談に臨んだのは、A首相とB大統領だった: who attended, told as the answer of a cleft sentence
_CLEFT = re.compile(r"に(?:臨んだ|臨む|出席した|出席する|参加した|参加する)のは、?")
_CLEFT_END = re.compile(r"(?:ら|の両首脳|両首脳|の両氏)?(?:だ|で|です|。)")


_FREE_TITLE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ffー]{0,10}?(?=ら|、|と|や|が|も)")
# 日本の佐々江局長, 日本からは安倍首相, 日本側は原口大使、北朝鮮側は宋大使が: who stands for the country
_OF_OR_FROM = re.compile(r"(?:側)?の|(?:側)?からは?、?|側(?:は|が)、?")  # (日本側の原口大使: the side's person)
# 岸田首相、バイデン大統領, AとB, A及びB: what joins one person listed to the next
_PERSON_JOINT = re.compile(r"、|と|や|及び|および|＆|&")


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
        joint = _PERSON_JOINT.match(body, after)  # (matched where it stands: no copy of the rest of the page)
        if joint is None:
            return listed, after
        position = joint.end()
    return listed, position


_COUNTRY_JOINT = re.compile(r"と|、|及び|および")


def _countries_listed(body: str, actors, position: int, s_end: int) -> list[Participant]:
    """The states listed from position and joined by と or 、 as the subject of the clause (日本と中国は), else []."""
    listed: list[Participant] = []
    for m in actors:
        if m.start < position or m.start >= s_end:
            continue
        if m.start != position or m.type != "GPE" or not (m.entity_id or "").startswith("country:"):
            return []
        listed.append(Participant(name_of(body, m), m.entity_id))
        if body.startswith(("は", "が"), m.end):
            return listed
        joint = _COUNTRY_JOINT.match(body, m.end, m.end + 3)
        if joint is None:
            return []
        position = joint.end()
    return []


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
    if not mention.participants and not listed and _HELD_TOPIC.match(body, end):
        countries_next = _countries_listed(body, actors, at.end(), s_end)
        if len(countries_next) >= 2:
            mention.participants = countries_next  # 会談が行われ、日本と中国は…一致した: the two states that met
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
    if mention.participants or mention.kind not in PAIRED_KINDS or at is None:
        return
    _sat_in_last(body, out, actors, at.end(), mention.sentence[0], s_end, mention.kind)


def _sat_in_last(body: str, out: list[MeetingMention], actors, position: int, s_start: int, s_end: int,
                 kind: str | None = None) -> bool:
    """The people listed from position and said to sit in (…が同席した) join the talks told last with two
    sides, in this sentence or the two before (of the kind the word sat in on names, when one is: 会談には after
    首脳会談を開き、日朝交渉を再開: the summit, not the negotiation); whether they did."""
    written, after = _people_listed(body, actors, position, s_end)
    if not written or not _SAT_IN.match(body, after):
        return False
    earlier = [m for m in out[-8:]
               if m.kind in PAIRED_KINDS and len(m.participants) >= 2 and s_start - m.sentence[0] <= 400]
    if not earlier:
        return False
    told = ([m for m in earlier if m.kind == kind] or earlier)[-1]
    told.participants = told.participants + [p for p, _ in written if (p.entity_id or p.name) not in
                                             {q.entity_id or q.name for q in told.participants}]
    return True


def sat_in_told_next(body: str, out: list[MeetingMention], actors, s_start: int, s_end: int) -> None:
    """麻生外相はライス国務長官と会談した。ヒル国務次官補も同席した。: the people a sentence opens with, said
    to sit in (with no meeting word of its own), sat at the talks told just before (not at the negotiation the
    talks agreed to resume)."""
    if out and out[-1].sentence[1] <= s_start and _SAT_IN_SENTENCE.search(body, s_start, s_end):
        _sat_in_last(body, out, actors, s_start, s_start, s_end, "talks")


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
        alone = [m for m in told if len(m.participants) == 1 and m.kind in PAIRED_KINDS]
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
    unnamed = [m for m in told if not m.participants and m.title is None and m.kind in PAIRED_KINDS]
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
