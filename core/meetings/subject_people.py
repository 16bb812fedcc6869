"""The people a clause's subject names: the person the sentence is about (the first Xは/Xが), and who attends a
multilateral meeting when the clause says 出席/参加 (its subject, a listed subject, the one a relative clause qualifies)."""

from __future__ import annotations

import re

from core.meetings.mention import Participant
from core.meetings.people import ASIDE, SUBJECT_AFTER
from core.nlp.offices import office_after


def sentence_subject(body: str, actors, s_start: int, s_end: int) -> Participant | None:
    """The person the sentence is about (the first Xは/Xが), if any."""
    return _first_person(body, actors, s_start, s_end, SUBJECT_AFTER)


def _first_person(body: str, actors, begin: int, end: int, particle: re.Pattern) -> Participant | None:
    """The first person in [begin, end) followed (after an optional title) by particle."""
    for m in actors:
        if m.type != "PERSON" or not begin <= m.start < end:
            continue
        position = _past_aside(body, m.end)  # 李容浩(リ・ヨンホ)外相は: a reading between the name and the title
        title = _WORKING_TITLE.match(body, position) or office_after(body, position)
        if title:
            position = title.end()
        position = _past_aside(body, position)  # スティルウェル国務次官補(東アジア・太平洋担当)は: a portfolio
        if particle.match(body, position):
            return Participant(body[m.start:m.end], m.entity_id)
    return None


# The titles of the officials who hold working-level talks, which the offices of core.nlp.offices (a minister's, an
# ambassador's) do not end on: ヒル国務次官補, 佐々江アジア大洋州局長, 藪中外務審議官, 小野寺外務政務官
_WORKING_TITLE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー・]{0,10}?(?:次官補|局長|審議官|政務官|参事官)(?:代理)?"
                            r"(?=[(（]|は|が)")


def _past_aside(body: str, position: int) -> int:
    """The position past an aside in brackets written there (a reading, a portfolio, an age), else position."""
    aside = ASIDE.match(body, position)
    return aside.end() if aside else position


_ATTEND = re.compile(r"[^。]{0,6}?に(?:出席|参加|臨)")


_LIST_GLUE = re.compile(r"(?:と|、|や|・|及び|および|＆|&)")  # (A国王＆B王妃)
_LIST_END = re.compile(r"(?:ら|など|たち)?(?:は|が|も)")


def _subject_list(body: str, actors, begin: int, end: int) -> list[Participant]:
    """The people listed as the clause's subject (福田首相とブッシュ大統領は, A、B、Cらが), two or more, or none."""
    chain: list = []
    position = begin
    for m in actors:
        if m.type != "PERSON" or not begin <= m.start < end:
            continue
        if chain and not _LIST_GLUE.fullmatch(body, position, m.start):
            chain = []
        chain.append(m)
        title = office_after(body, m.end)
        position = title.end() if title else m.end
        if _LIST_END.match(body, position):
            if len(chain) >= 2:
                return [Participant(body[c.start : c.end], c.entity_id) for c in chain]
            chain = []
    return []


# サミットに出席した / 参加中の [person]: a relative clause on who attends
_ATTENDING = re.compile(r"[^。、]{0,6}?に(?:出席|参加)(?:した|する|中の|している|予定の)")
_ATTENDEE_AFTER = re.compile(r"(?:は|が|も)")


BOTH = re.compile(r"両(?:外相|首脳|氏|者|国首脳|閣僚)(?:は|が|も)")


def attendees(body: str, actors, s_start: int, s_end: int, end: int) -> tuple[list[Participant], bool]:
    """Who attends a multilateral meeting: the clause's subject when it says 出席/参加."""
    if not _ATTEND.match(body, end):
        return [], False
    listed = _subject_list(body, actors, s_start, end)  # AとBは, A、B、Cらが…に出席した
    if listed:
        return listed, False
    attendee = _first_person(body, actors, s_start, end, _ATTENDEE_AFTER)  # トランプ大統領が…, カーニー首相も…
    if attendee is not None:
        return [attendee], False
    attending = _ATTENDING.match(body, end)  # サミットに参加したブッシュ大統領は: the one the clause qualifies
    for m in actors if attending else ():
        if m.type == "PERSON" and attending.end() <= m.start <= attending.end() + 10 \
                and not _STOP.search(body, attending.end(), m.start):
            return [Participant(body[m.start : m.end], m.entity_id)], False
    return [], bool(BOTH.search(body, s_start, s_end))


_STOP = re.compile(r"[。、\n]")
