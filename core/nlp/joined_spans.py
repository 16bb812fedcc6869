"""Tagger spans that hold two names: two sides of a match (広島対東北楽天), a place and a place in it or a
dateline (神奈川・平塚, ニューヨーク・共同); and two places that are one club named after its city (コロラド・ロッキーズ)."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tagger import KAIDAN_TYPE
from core.nlp.tokens import Token
from core.registry import Registry

_AGENCIES = ("共同", "時事")
# After a city and a club in katakana: one of its players or staff (コロラド・ロッキーズの松井稼頭央選手), or a match.
_CLUB_AFTER = re.compile(r"の[^。、\n]{1,12}?(?:選手|投手|捕手|内野手|外野手|監督|コーチ|オーナー)|戦|所属|入団|入り")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")


def split_at_versus(folded: str, tokens: list[Token], index_at: dict, spans):
    """The tagger's spans, each cut in two at a 対 of its own between two names (福岡ソフトバンク|対|西武, 広島|対|東北楽天):
    a match or a contest between two sides, each named on its own. 対 inside a word (対策, 対抗) is another token; a
    score (2対1) names no side; a match the tagger reads as an event (鹿島対川崎F戦) stays whole."""
    for start, end, label, confidence in spans:
        at = folded.find("対", start + 1, end - 1) if KAIDAN_TYPE.get(label) == "ORG" and "対" in folded[start:end] else -1
        index = index_at.get(at) if at > 0 else None
        if index is None or tokens[index].end != at + 1 or not index or index + 1 >= len(tokens) \
                or not tokens[index - 1].pos.startswith(("名詞", "接尾辞")) or not tokens[index + 1].pos.startswith("名詞") \
                or tokens[index - 1].pos.startswith("名詞,数詞") or tokens[index + 1].pos.startswith("名詞,数詞"):
            yield start, end, label, confidence
            continue
        yield start, at, label, confidence
        yield at + 1, end, label, confidence


def clubs_joined(folded: str, registry: Registry, mentions: list[Mention]) -> list[Mention]:
    """A place in katakana, ・ and a katakana word no registry place, both read as places, before a player of
    theirs or a match, are one club named after its city (コロラド・ロッキーズの松井稼頭央選手); a country and
    its city stay two (イタリア・トリノ), as do two places elsewhere (ニューヨーク・クーパーズタウンの野球殿堂)."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and before.type == "LOC" and mention.type in ("GPE", "LOC") \
                and mention.start == before.end + 1 and folded[before.end] == "・" \
                and _KATAKANA_WORD.fullmatch(folded, before.start, before.end) \
                and _KATAKANA_WORD.fullmatch(folded, mention.start, mention.end) \
                and mention.entity_id is None and registry_place(folded, registry, mention.start, mention.end) is None \
                and _CLUB_AFTER.match(folded, mention.end):
            out[-1] = Mention(before.start, mention.end, "", "ORG", source="tagger",
                              confidence=min(before.confidence or 0.0, mention.confidence or 0.0))
            continue
        out.append(mention)
    return out


def places_joined(folded: str, tokens: list[Token], index_at: dict, registry: Registry, start: int, end: int):
    """(start, end, type, id) of the two parts of a span that is two places joined by ・ (a prefecture and its
    town: 鹿児島・鹿屋), or a place and a news agency (a dateline: ニューヨーク・共同); None otherwise."""
    middle = folded.find("・", start, end)
    if middle < 0 or folded.find("・", middle + 1, end) >= 0:
        return None
    left = place_run(folded, tokens, index_at, registry, start, middle)
    if left is None:
        return None
    if folded[middle + 1 : end] in _AGENCIES:
        return [(start, middle, *left), (middle + 1, end, "ORG", None)]
    if not any("\u4e00" <= c <= "\u9fff" for c in folded[middle + 1 : end]):
        return None  # コロラド・ロッキーズ: katakana joined by ・ is a club's or a person's name
    right = place_run(folded, tokens, index_at, registry, middle + 1, end)
    return [(start, middle, *left), (middle + 1, end, *right)] if right else None


def place_run(folded: str, tokens: list[Token], index_at: dict, registry: Registry, start: int, end: int):
    """(type, id) when folded[start:end] is a place: a registry place, or words UniDic knows as place names only."""
    place = registry_place(folded, registry, start, end)
    if place is not None:
        return place.type, place.id
    index = index_at.get(start)
    kind = None
    while index is not None and index < len(tokens) and tokens[index].start < end:
        token = tokens[index]
        if token.end > end or ",固有名詞,地名," not in token.pos:
            return None
        kind = "GPE" if ",地名,国," in token.pos and kind is None else "LOC"
        index += 1
    return (kind, None) if kind else None


def registry_place(folded: str, registry: Registry, start: int, end: int):
    """The country or place the registry names with exactly folded[start:end], if any."""
    for stop, ids in registry.longest_matches(folded, start):
        if stop == end:
            return next((registry.entities[i] for i in ids
                         if i in registry.entities and registry.entities[i].type in ("GPE", "LOC")), None)
    return None
