"""Surnames the tagger or UniDic read as a place, before an office no place of that kind holds: 仲井真知事, 堀江前社長.

Many Japanese surnames are also places (仲井真, 堀江, 長野), and UniDic gives them as 地名. Before a governor's
title only a prefecture or a state names the office's place, and a prefecture is written with its unit or is one
of the forty-seven (沖縄知事 is Okinawa's governor; 大阪府知事, カリフォルニア州知事 stay places); before a company's
post (社長, 会長, 頭取) a place names no one at all. So a place read by a guess (no registry, no gazetteer),
written in kanji, not a place the registry knows, before such an office, is the holder's surname.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.place_units import PREFECTURES
from core.registry import Registry

# The offices, with a qualifier before them (堀江|前社長), ending the word (知事会, 社長室 are no titles after a name).
_PERSON_OFFICE = re.compile(r"(?:前|元|新|現)?(?:知事|副?社長|副?会長|頭取|相談役)(?![\u4e00-\u9fff])")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{1,3}")
# A place written with its unit (沖縄県, 静岡市, 北区, ケルンテン州) or a region's name.
_UNIT_AT_END = re.compile(r".*[都道府県州市町村区郡島]$|.*地方$")
_GUESSED = ("tagger", "unidic")
_PLACE_TYPES = ("GPE", "LOC")


def surnames_before_offices(folded: str, chosen: list[Mention], registry: Registry) -> list[Mention]:
    """chosen, with each guessed place before a person's office (知事, 社長, 会長 …) read as the person."""
    return [_as_person(folded, m, registry) if m.type == "LOC" and m.source in _GUESSED and m.entity_id is None
            else m for m in chosen]


def _as_person(folded: str, mention: Mention, registry: Registry) -> Mention:
    """The mention as a PERSON when its name can only be a surname before the office after it."""
    name = folded[mention.start : mention.end]
    if not _PERSON_OFFICE.match(folded, mention.end) or not _KANJI_NAME.fullmatch(name):
        return mention
    if _UNIT_AT_END.match(name) or PREFECTURES.fullmatch(name) or _known_place(name, registry):
        return mention
    return Mention(mention.start, mention.end, "", "PERSON", source=mention.source, confidence=mention.confidence)


def _known_place(name: str, registry: Registry) -> bool:
    """Whether the registry knows the name as a place (大阪, 岩国) and as no person."""
    kinds = {registry.entities[i].type for i in registry.named(name) or () if i in registry.entities}
    return bool(kinds & set(_PLACE_TYPES)) and "PERSON" not in kinds
