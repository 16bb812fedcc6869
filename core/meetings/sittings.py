"""A body's own sitting or a meeting of many: the forum a meeting word names (ASEAN首脳会議, 北海道洞爺湖サミット,
ASEAN地域フォーラム(ARF)の閣僚会合), and the sittings that are no meeting of sides (日本銀行の決定会合, 労働党の代表
会議, a leader's own cabinet).
"""

from __future__ import annotations

import re

from core.meetings.listed_bodies import listed_member
from core.meetings.mention import MeetingMention
from core.meetings.people import SUBJECT_AFTER
from core.meetings.summit_body import of_states
from core.meetings.triggers import PARTNER_BEFORE
from core.registry import bundled_registry
from core.scan_ending import search_ending


def own_meeting(body: str, name: str, clause: int, start: int) -> bool:
    """Whether the one side named is the clause's subject (日本銀行は…会合で), not the meeting's venue
    (安全保障理事会で緊急会合: a council of many states)."""
    at = body.find(name, clause, start)
    return at >= 0 and SUBJECT_AFTER.match(body, at + len(name)) is not None


# Bodies of states whose own sittings are not meetings of sides: banks and courts
_NOT_A_FORUM = re.compile(r"銀行|裁判所|基金|計画|事務所")


def states_meet(entity_id: str | None) -> bool:
    """Whether a body's own meeting is a meeting of many states: an intergovernmental body the bundled
    gazetteer knows (国連安全保障理事会, 北大西洋条約機構), not a bank's or a court's sitting."""
    registry = bundled_registry()
    return of_states(entity_id, registry) and not _NOT_A_FORUM.search(registry.get(entity_id).name)


# a summit word written bare (サミットに合わせて), after the article named its summit (APEC首脳会議)
SUMMIT_WORDS = ("サミット", "首脳会議", "首脳会合", "外相会議", "外相会合", "閣僚会議", "閣僚会合")


GLUED_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ]")


# a body's own sitting told before the talks word of its clause (理事会を行い、…について話し合いを行った)
SITTING_BEFORE = re.compile(r"(?:理事会|役員会|取締役会|総会|委員会|幹部会|幹事会|評議会|閣議|党大会|執行部会|オーナー会議"
                             r"|代表者会議)を(?:行|開)[いき]、")


def placed_summit(body: str, places, start: int) -> int | None:
    """Where the places written right before a summit word begin (北海道洞爺湖サミット, 九州・沖縄サミット), else None."""
    at = None
    for m in reversed(places):
        if m.type == "LOC" and (m.end == start or m.end == start - 1 and body[start - 1] == "・"):
            at = start = m.start
    return at


# the sittings of a forum's members (閣僚会合, 首脳会議), not talks of two (会談)
SITTING_WORDS = ("外相会議", "外相会合", "閣僚会議", "閣僚会合", "首脳会議", "首脳会合", "会合", "会議")


_OF_EVENT = re.compile(r"(?:[(（][^()（）]{1,16}[)）])?の$")  # (ARF(=ASEAN地域フォーラム)の会議: a gloss)


def event_before(body: str, events, s_start: int, start: int) -> int | None:
    """Where a named gathering written just before the meeting word with の starts (ASEAN地域フォーラム(ARF)の
    閣僚会合): the ministers' sitting of that forum, known by its name."""
    for e in events:
        if s_start <= e.start and e.end < start and _OF_EVENT.fullmatch(body, e.end, start):
            return e.start
    return None


def forum_sitting(body: str, events, s_start: int, start: int) -> int | None:
    """Where the forum of states named just before a bare 会議 with の starts (ARF(=ASEAN地域フォーラム)の会議: its
    members' sitting, a meeting of many), else None: a gathering the gazetteer holds by a body of states, not any
    event (ワールドカップの会議: some body's meeting about it)."""
    registry = bundled_registry()
    for e in events:
        entity = registry.get(e.entity_id) if e.entity_id else None
        if s_start <= e.start and e.end < start and _OF_EVENT.fullmatch(body, e.end, start) and entity is not None \
                and states_meet(entity.attributes.get("org")):
            return e.start
    return None


# G20, G7, EU, APEC, ASEAN+3 written at once before a summit word
ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}(?:[+＋][0-9]{1,2})?$")


_GROUPING_JOINT = re.compile(r"(?<!と)(?:などの|の|関連|主催の)$")  # (ネクシィーズとの交渉: a partner, not a host)


def grouping_before(body: str, actors, start: int):
    """An organisation named just before the trigger (ASEANなどの会合), or None."""
    for mention in actors:
        if mention.type == "ORG" and start - 4 <= mention.end <= start \
                and _GROUPING_JOINT.search(body[mention.end : start] or "の") \
                and body[mention.end : start] != "" and body[mention.start - 1 : mention.start] not in ("と", "や") \
                and not listed_member(body, actors, mention) \
                and not body.startswith("と", mention.end):  # (東京TYと詰めの協議: a partner, not a host)
            # (住友商事とKDDIの会談 is a meeting of two sides, not one of KDDI's; nor ギリシャとEU、IMFの協議 one of IMF's)
            return mention
    return None


_OF_BODY_SITTING = re.compile(r"」?の?[\u4e00-\u9fff\u30a0-\u30ff]{0,6}$")


# AとBが共催した官民会議, 関係者を集めて緊急対策会議, 米国の代表を交えて会議, 3か国による会議, 3社の会議: a 会議
# the clause says two or more sides hold together
HELD_TOGETHER = re.compile(r"(?:共催|合同で|共同で|を集め|を招[いき]|を交え|が参加(?:する|した)|が出席(?:する|した)"
                           r"|(?:[0-9０-９]+|[二三四五六七八九十]+)(?:[かカヵヶケ]国|者|社|党|団体|機関|自治体)(?:間)?(?:による|の))"
                           r"[^、。]{0,12}$")


def body_of_sitting(body: str, actors, start: int) -> bool:
    """Whether a bare 会議 follows a body's name and の (労働党の代表会議, 「模擬国連」の会議): that body's own
    sitting, unless its members are states."""
    return any(m.type in ("ORG", "EVENT") and start - 9 <= m.end < start and _OF_BODY_SITTING.fullmatch(body, m.end, start)
               and not states_meet(m.entity_id) for m in actors)


_OF_STATES = re.compile(r"の?[\u4e00-\u9fff\u30a0-\u30ff]{0,6}")
# 緊急閣僚級会議を行い, 会議を開催: a 会議 its subject holds
_HELD_AFTER = re.compile(r"を(?:[^、。を]{0,8}?)(?:行[いっうわ]|開[いかきく]|開催|招集)|が(?:[^、。]{0,8}?)(?:開かれ|行われ|開催され)")


def sitting_of_states(body: str, actors, s_start: int, start: int, end: int):
    """The body of states whose bare 会議 this is, or None: named right before it (北大西洋条約機構の会議,
    アフリカ連合の緊急会議) or the subject of the clause that holds it (アフリカ連合は…緊急閣僚級会議を行い). Its
    members are states: a meeting of many, not a body's own sitting."""
    for m in actors:
        if m.type != "ORG" or not s_start <= m.start or m.end > start or not states_meet(m.entity_id) \
                or GLUED_BEFORE.match(body, m.start - 1) and m.start > s_start:
            continue  # (「模擬国連」の会議, エイズ国連会議: the name of something else)
        if start - 9 <= m.end and _OF_STATES.fullmatch(body, m.end, start):
            return m
        if SUBJECT_AFTER.match(body, m.end) and "。" not in body[m.end : start] and _HELD_AFTER.match(body, end) \
                and not any(m.end <= o.start and o.end <= start and SUBJECT_AFTER.match(body, o.end) for o in actors):
            return m  # (国連は、日本政府が緊急会議を開いたと: another subject holds it)
    return None


def own_sitting(body: str, word: str, grouping, start: int) -> bool:
    """Whether a bare 会合 right after a body's name and の (日本サッカー協会の会合) is that body's own sitting:
    any body but one whose members are states (安保理の会合 is a meeting of many states)."""
    return grouping is not None and word == "会合" and body[grouping.end : start] == "の" \
        and not states_meet(grouping.entity_id)


# 閣僚会議を開いて, 閣僚会議を開催: the ministers' meeting a lone subject opens
_OPENED = re.compile(r"を(?:開[いきくけ]|開催|招集|召集)")


def cabinet_of_one(body: str, mention: MeetingMention, word: str, clause: int, start: int, end: int,
                    subject) -> bool:
    """Whether a ministers' meeting (閣僚会議) is one government's own: opened by the one person the clause
    names, the sentence's subject (a leader calling the cabinet), with no partner named.
    (日本政府は…閣僚会議を開催した may host other states' ministers: a body's meeting is kept.)"""
    if word not in ("閣僚会議", "閣僚会合") or start != mention.start or len(mention.participants) != 1 \
            or subject is None or not (subject.entity_id or "").startswith(("person:", "found:PERSON:")) \
            or _OPENED.match(body, end) is None \
            or search_ending(PARTNER_BEFORE, body, clause, start):
        return False
    side = mention.participants[0]
    return (side.entity_id or side.name) == (subject.entity_id or subject.name) \
        and not states_meet(side.entity_id)
