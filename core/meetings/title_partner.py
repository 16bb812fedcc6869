"""A bare title as the one the subject receives or dines with, in the sentence of talks (安倍首相は…温泉旅館で大統領を
出迎え、首脳会談に臨んだ; 夕食会に招かれ、大統領夫妻と食事をしながら意見を交わし): the person named before with that
title is the other side, as 大統領と会談 would say. Only verbs of receiving a guest or sharing a meal are read: who is
greeted or dined with is met; a title as the object of anything else (大統領を批判) is talked of, not met."""

from __future__ import annotations

import re

from core.clauses.referents import referred
from core.meetings.guests import RECEIVING
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of
from core.meetings.titles import BARE_TITLES

# (not 米大統領, トランプ大統領: a title written after a name or a country is read with them)
_BARE_PARTNER = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30ffー・])(?P<title>" + BARE_TITLES + r")(?:夫妻|夫人|一行)?"
                           r"(?:を" + RECEIVING +
                           r"|と(?:とも|共)?に?(?:食事|夕食|昼食|朝食|会食|懇談|歓談|握手))")
_KINDS = ("talks",)


def title_partner(body: str, mention: MeetingMention, people, clause: int, s_start: int, s_end: int) -> None:
    """The person a bare title received or dined with in the sentence stands for joins talks that have one side.
    people: the article's actors, a SpanIndex."""
    if mention.kind not in _KINDS or len(mention.participants) != 1:
        return
    for found in _BARE_PARTNER.finditer(body, clause, s_end):
        referent = referred(body, people, found["title"], found.start(), s_start)
        if referent is None or referent.type != "PERSON":
            continue
        key = referent.entity_id or name_of(body, referent)
        if all((p.entity_id or p.name) != key for p in mention.participants):
            mention.participants.append(Participant(name_of(body, referent), referent.entity_id,
                                                    office=found["title"]))
        return
