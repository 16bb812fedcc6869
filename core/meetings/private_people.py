"""Whether a meeting's people are private: an occupation or honorific written after a name (レアード選手,
ベーレンスさん) or a private occupation told before it (解説者・槙原氏), not an office."""

from __future__ import annotations

import re

from core.meetings.mention import Participant
from core.nlp.offices import HONORIFICS, office_after


# Occupations whose journeys are not diplomatic visits (the private さん as well)
_PRIVATE = re.compile(r"(?:[(（][^()（）。]{1,20}[)）])?[\u4e00-\u9fff\u30a1-\u30ffー・]{0,8}?"
                      r"(?:選手|監督|コーチ|歌手|指揮者|俳優|女優|奏者|ピアニスト|作家|画家|力士|騎手|棋士|容疑者|被告|さん)"
                      r"(?![\u4e00-\u9fff])")


# 野球解説者・槙原寛己氏, プロ野球解説者で巨人軍OBの槙原氏: a private occupation told before the name
_PRIVATE_BEFORE = re.compile(r"(?:解説者|評論家|タレント|アナウンサー|歌手|俳優|女優|選手|声優|モデル|芸人)"
                             r"(?:・|で[^、。]{1,12}の|の)?$")


def private_visitor(body: str, actors, participants: list[Participant]) -> bool:
    """Whether the visitor of a visit is named with a private occupation (レアード選手, ベーレンスさん, 解説者・槙原氏)."""
    visitors = {p.entity_id or p.name for p in participants if p.role == "visitor"}
    people = {p.entity_id or p.name for p in participants if p.role in ("visitor", "participant")}
    return any(m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) in visitors
               and _PRIVATE.match(body, m.end) and not _public_office(body, m.end) for m in actors) \
        or any(m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) in people
               and _PRIVATE_BEFORE.search(body, max(0, m.start - 16), m.start) is not None for m in actors)


def private_sides(body: str, actors, participants: list[Participant]) -> int:
    """How many sides are people named with a private occupation or honorific (長谷川選手, エンドンさん); not
    inside quoted words, where a speaker calls a politician さん (「…福島さんの罷免後に電話があり…」), nor before
    の (福島さんの罷免後に: a time, not a side)."""
    keys = {p.entity_id or p.name for p in participants}
    return len({m.entity_id or body[m.start : m.end] for m in actors
                if m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) in keys
                and (named := _PRIVATE.match(body, m.end)) and not body.startswith("の", named.end())
                and not _public_office(body, m.end) and body.rfind("「", 0, m.start) <= body.rfind("」", 0, m.start)})


def _public_office(body: str, name_end: int) -> bool:
    """Whether an office, not only an honorific (さん, 氏), is written right after a name."""
    title = office_after(body, name_end)
    return title is not None and title["office"] not in HONORIFICS
