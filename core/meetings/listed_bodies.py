"""Organisations written beside countries and other bodies as the sides of one meeting word: one that closes a list
(ギリシャとEU、IMFの協議: a side, not the host whose own meeting the word names, as in ASEANの会合), one brought into
the talks (財務省を交えて), and one glued to country letters (日EU首脳協議: the countries and the body meet)."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of

_LIST_MARKS = ("、", "・")
# 連邦準備理事会や財務省を交えて…交渉をしてきた: a body brought into the talks takes part in them, as a person does
# (core.meetings.role_cues.SITTING_IN); a body's 立ち会い or 同席 may be a witness's, so only 交えて
BODY_JOINING_IN = re.compile(r"(?:を|も)交え(?:て|、)?")


def listed_member(body: str, actors, mention) -> bool:
    """Whether the organisation mention is written after another side's name and a list mark (EU、IMFの協議), so
    it is one member of the list; not with などの after it (ASEAN、APECなどの会合: a meeting of that grouping)."""
    before = mention.start - 1
    if body[before : mention.start] not in _LIST_MARKS or body.startswith("などの", mention.end):
        return False
    return any(m.end == before and m.type in ("ORG", "GPE", "LOC") for m in actors)


# 日EU首脳協議, 日米EU首脳会談, 日・EU定期首脳協議: only a level or a kind of meeting between the body and the word
_LEVEL_BETWEEN = re.compile(r"・?[\u4e00-\u9fff]{0,6}")


def countries_glued_to_body(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """日EU首脳協議, 日米EU首脳会談: countries written by their letters, glued to an organisation glued to the meeting
    word, are its sides with the organisation (beside the people the clause names: 安倍首相は日EU首脳協議に臨んだ;
    the store drops a country its own person stands for, as for 日豪首脳会談)."""
    if len(mention.participants) >= 2 or mention.kind in ("visit", "trip"):
        return  # (安倍首相はトゥスク大統領と日EU首脳協議: the two people stand for Japan and the EU)
    ending = {m.end: m for m in actors if clause <= m.start and (m.entity_id or "").startswith("country:")}
    for m in actors:
        if m.type != "ORG" or not clause < m.start < m.end <= start \
                or not _LEVEL_BETWEEN.fullmatch(body, m.end, start):
            continue
        countries, position = [], m.start - (body[m.start - 1] == "・")
        while position in ending:
            countries.insert(0, ending[position])
            position = ending[position].start
        if countries:
            held = {p.entity_id or p.name for p in mention.participants}
            mention.participants += [Participant(name_of(body, x), x.entity_id) for x in countries + [m]
                                     if (x.entity_id or name_of(body, x)) not in held]
            return
