"""Japan's meetings written as 日 glued to the other side's full name (日・モンテネグロ首脳会談, 日タイ首脳会談,
日・フィリピン外相会談, 日EU首脳協議): the way Japan's foreign ministry and the press name a meeting with a country
that has no one-letter abbreviation. Japan and the other side are both sides (the one-letter compounds, 日米, are
core.meetings.country_letters')."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import people_count
from core.meetings.summit_body import of_states
from core.registry import bundled_registry

_KINDS = ("talks", "phone_call", "video_call", "negotiation_round", "multilateral")
# between the other side's name and the meeting word: its level only (首脳, 外相, 首脳電話, 次官級)
_LEVEL = re.compile(r"[\u4e00-\u9fff]{0,6}")
# 日 or 日・ right before the name, opening a word (not 来日, 毎日: a kanji before 日)
_JAPAN_BEFORE = re.compile(r"(?<![\u4e00-\u9fff々])日・?$")


def japan_and_the_other(body: str, mention: MeetingMention, actors, s_start: int) -> None:
    """Add Japan and the side glued to 日 before the meeting word (a country, or a body of states: 日・ASEAN)."""
    if mention.kind not in _KINDS or people_count(mention) >= 2:
        return  # (岸田外相はファム・ビン・ミン外相と日ベトナム外相会談: the two people are the sides)
    other = next((m for m in actors if s_start <= m.start and m.end <= mention.start and m.end - m.start >= 2
                  and _a_side(m)  # (a name, not a letter: 日韓, 日米 are the letters' compounds)
                  and _LEVEL.fullmatch(body, m.end, mention.start)
                  and _JAPAN_BEFORE.search(body, max(s_start, m.start - 2), m.start)), None)
    if other is None or other.entity_id == "country:JP":
        return
    known = {p.entity_id for p in mention.participants}
    for side in (Participant("日本", "country:JP"), Participant(body[other.start : other.end], other.entity_id)):
        if side.entity_id not in known:
            mention.participants.append(side)


def _a_side(mention) -> bool:
    """A country, or a body whose members are states (ASEAN, EU), as the registry knows them."""
    if mention.type == "GPE":
        return (mention.entity_id or "").startswith("country:")
    return mention.type == "ORG" and of_states(mention.entity_id, bundled_registry())
