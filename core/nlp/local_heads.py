"""Heads of local governments written with their place between name and title: 橋下大阪府知事, 河村名古屋市長,
森田千葉県知事, 高橋北海道知事. The place is named by the other rules; the surname before it is the head's.

UniDic reads such a surname as a person's (河村), a common word (橋下, 林) or a place (大村, 西脇): what makes it a
name is where it stands, right before a place, its unit and the head's title. A word a qualifier begins
(前長崎市長), a word of doing or of time (検討|上小阿仁村長), a unit (長崎県|大村市長: 県) or a place the gazetteer knows (大阪|堺市長) is no surname.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.name_chars import KANJI_ONLY, is_kanji
from core.nlp.tokens import Token
from core.registry import Registry
from core.scan import finditer

# The head of a prefecture after its unit (千葉|県|知事, 北海道|知事); the head of a city, town, village or ward
# after the place's name (名古屋|市長).
_PREFECTURE_UNITS = {"都", "道", "府", "県"}
_TOWN_HEADS = {"市長", "町長", "村長", "区長"}
# Not the election for the seat (大阪府知事選, 苫小牧市長選): a headline's verb before it is no surname.
_TITLE = re.compile("(?:知事|市長|町長|村長|区長)(?!選)")
# Characters that begin a qualifier of the title, never a surname (前長崎市長, 元大阪府知事, 新潟県副知事).
_QUALIFIERS = set("前元新副次同現故両各総全旧")
# A head's title right after a place's name, its unit between (横浜|市長, 千葉|県知事, 北海|道知事).
_HEAD_AFTER_PLACE = re.compile("(?:[都道府県]?知事|[市町村区]長)(?!選)")


def head_after_place(folded: str, end: int) -> bool:
    """Whether a local government head's title follows a place name ending at end: the place is the head's
    seat, never part of the name before it (林|横浜|市長 is 林, not the given name 横浜)."""
    return _HEAD_AFTER_PLACE.match(folded, end) is not None


def local_heads(folded: str, tokens: list[Token], index_at: dict, registry: Registry) -> list[Mention]:
    """PERSON mentions for the surname (or full name) before a place and its head's title."""
    out = []
    for title in finditer(_TITLE, folded):  # only the titles' tokens are looked at
        index = index_at.get(title.start())
        if index is None:
            continue
        token = tokens[index]
        if token.surface == "知事" and index >= 2:
            unit = tokens[index - 1]
            place = index - 2 if unit.surface in _PREFECTURE_UNITS else index - 1 if unit.surface.endswith("道") else None
        elif token.surface in _TOWN_HEADS and index >= 1:
            place = index - 1
        else:
            continue
        if place is None or place < 1 or ",地名," not in tokens[place].pos or not _joined(tokens, place, index):
            continue
        name = tokens[place - 1]
        if name.end != tokens[place].start or not _surname_like(folded, name, registry):
            continue
        start = name.start
        if ",人名,名" in name.pos and place >= 2 and ",人名,姓" in tokens[place - 2].pos \
                and tokens[place - 2].end == name.start:
            start = tokens[place - 2].start  # 中田|宏|横浜市長: the full name
        if is_kanji(folded[start - 1 : start]):
            continue  # the name runs on into the word before: no name boundary
        out.append(Mention(start, name.end, "", "PERSON", source="title"))
    return out


def _joined(tokens: list[Token], first: int, last: int) -> bool:
    """tokens[first..last] are written with nothing between them."""
    return all(tokens[i].end == tokens[i + 1].start for i in range(first, last))


def _surname_like(folded: str, token: Token, registry: Registry) -> bool:
    """A word of one to three kanji that may be a surname here: no qualifier, unit, number or known place."""
    surface = token.surface
    if not KANJI_ONLY.match(surface) or len(surface) > 3 or surface[0] in _QUALIFIERS \
            or surface in _PREFECTURE_UNITS or surface in ("市", "町", "村", "区", "郡") \
            or any(kind in token.pos for kind in (",数詞", ",助数詞", ",代名詞", ",サ変可能", ",副詞可能", ",形状詞可能")):
        return False
    known = registry.named(surface)
    return not known or all(entity_id.startswith("person:") for entity_id in known)
