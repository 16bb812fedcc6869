"""Talks named by the union the sides work out, told with no side of their own (その後の対応は合併協議の中で行う): the
two parties of that union as the article told it before, in the clause of the same word (AはBを吸収・合併する,
AがBと経営統合する, AとBの統合), read through the shared clause reader (its は/が, を, と phrases and its の group)."""

from __future__ import annotations

import re

from core.clauses.phrases import of_group, phrases
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of
from core.text import sentence_start

# 合併協議, 経営統合交渉, 買収交渉, 提携協議, 連立協議: a union of two sides, written right before the meeting word
_UNION = re.compile(r"(?P<union>合併|統合|買収|提携|連立)(?:の|に向けた|へ向けた)?$")
# how far back the union may have been told
_REACH = 1500
_SUBJECTS = ("topic", "subject")
_OTHERS = ("object", "partner")


def _body_in(body: str, bodies, start: int, end: int):
    """The last organisation named in body[start:end] outside brackets (新日本石油(新日石)は: 新日本石油), or None."""
    found = None
    for m in bodies:
        if start <= m.start and m.end <= end and body.count("(", start, m.start) + body.count("（", start, m.start) \
                == body.count(")", start, m.start) + body.count("）", start, m.start):
            found = m
    return found


def _parties(body: str, bodies, at: int) -> tuple | None:
    """The two organisations the clause of the union word at position at names: its subject and the one it takes (を)
    or joins (と) right before the word, or the pair joined to it by の (AとBの統合); None when not two."""
    s_start = sentence_start(body, at)
    cut = phrases(body, s_start, at)
    joined = of_group(body, s_start, at)
    if joined:  # AとBの統合: the last phrase joined by の, and the と phrase right before it
        before = [p for p in cut if p.after <= joined[-1].start]
        pair = [before[-1], joined[-1]] if before and before[-1].particle == "と" \
            and before[-1].after == joined[-1].start else []
    else:
        subject = next((p for p in cut if p.group in _SUBJECTS and p.particle != "では"), None)
        # (Bを10月に合併: a time or a place may stand between the one taken and the word)
        other = next((p for p in reversed(cut) if p.group != "other"), None)
        other = other if other is not None and other.group in _OTHERS else None
        other = other if other is not None and "、" not in body[other.after : at] else None
        pair = [subject, other] if subject is not None and other is not None and subject.end < other.start else []
    found = [_body_in(body, bodies, p.start, p.end) for p in pair]
    if len(found) != 2 or None in found or name_of(body, found[0]) == name_of(body, found[1]):
        return None
    return tuple(found)


def union_parties(body: str, mention: MeetingMention, all_actors, clause: int, start: int) -> None:
    """合併協議 (統合交渉, 買収交渉…) with nobody named in its clause: the two organisations the article last told
    working out the same union, within the reach before it, are its sides."""
    union = _UNION.search(body, max(0, start - 8), start)
    if mention.participants or union is None or all_actors.within(clause, start):
        return
    word = union["union"]
    bodies = [m for m in all_actors.within(max(0, clause - _REACH), clause) if m.type == "ORG"]
    told = {}  # each pair told working out a union of that word, by their names
    at = body.rfind(word, max(0, clause - _REACH), clause)
    while at >= 0:
        parties = _parties(body, bodies, at)
        if parties is not None:
            told.setdefault(frozenset(name_of(body, m) for m in parties), parties)
        at = body.rfind(word, max(0, clause - _REACH), at)
    if len(told) == 1:  # (two mergers told: whose talks these are is not said)
        [parties] = told.values()
        mention.participants = [Participant(name_of(body, m), m.entity_id) for m in parties]
        mention.sides_elsewhere = True  # read from another sentence: less sure
