"""News agencies in a dateline written after a place: 北京・共同, ワシントン=時事.

Wire copy and the source lines under Wikinews articles name the place a story was
filed from and the agency that filed it, joined by ・ or =. The agency's short
name is a common word (共同 is "joint"), so neither UniDic nor the tagger reads it
as a name once the tagger no longer draws the place and the agency as one span:
the rule reads it here, where a place ends right before the mark and no word goes
on after the agency (北京・共同『…』, not 日米・共同声明), and where the short name is cited
as a source (共同によると, 時事の報道では, 共同電). A katakana word opening a bracket before = and the agency or reporter that close it (【トゥールーズ＝共同】,
【ベルリン＝赤川省吾】, 【クニスナ(南アフリカ)AFP=時事】) is the place the story was filed from, known or not (a known
place at its end after a section's name: スポーツロンドン=; a gloss, クラリティ＝透明度, is no dateline).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.model import Mention
from core.nlp.tokens import Token, tokenize
from core.scan import finditer
from core.registry import Registry

_JOINED_AGENCY = re.compile(r"[・=＝](?P<agency>共同|時事)(?![\u3041-\u309f\u30a1-\u30fa\u4e00-\u9fffー])")
_AGENCY_NAMES = {"共同": "共同通信", "時事": "時事通信"}
# The short name cited as a source: 共同によると, 時事通信ではなく時事の報道では, 共同電は (共同の取り組み is no source).
_CITED_AGENCY = re.compile(r"(?<![\u3041-\u309f\u30a1-\u30fa\u4e00-\u9fffー])(?P<agency>共同|時事)"
                           r"(?=電|によると|によれば|の報道|が報じ|は[^。「」]{0,30}と報じ|の取材に|の世論調査)")
# The place of a dateline: a katakana word opening a bracket, before = and the agency or the reporter closing it (its
# country in brackets or an agency written at once may come before =); not a name with = (ジャン=ポール)
_DATELINE_PLACE = re.compile(r"(?<=[【(（])(?P<place>[\u30a1-\u30faー][\u30a1-\u30faー・]{1,15})"
                             r"(?=(?:[(（][^()（）]{1,10}[)）])?(?:AFP|AP)?[=＝]"
                             r"(?P<by>共同|時事|ロイター|AFP|AP|EPA|新華社|聯合|タス|[\u4e00-\u9fff]{2,6})[】)）])")
_AGENCIES = {"共同", "時事", "ロイター", "AFP", "AP", "EPA", "新華社", "聯合", "タス"}
# How many tokens a place before the mark may span (ニュー|デリー, サンクト|ペテルブルク).
_MAX_PLACE_TOKENS = 3


def joined_dateline_agencies(folded: str, tokens: list[Token], starts: list[int],
                             registry: Registry) -> list[Mention]:
    """ORG mentions for 共同 and 時事 written after a place and ・ or = (a dateline), or cited as a source
    (共同によると, 時事の報道では), linked to the agency."""
    out = []
    dateline_ends = {p.end() for p in finditer(_DATELINE_PLACE, folded)} if "【" in folded or "(" in folded else set()
    joined = [m for m in _JOINED_AGENCY.finditer(folded) if _place_ends_at(folded, tokens, starts, registry, m.start())
              or m.start() in dateline_ends]
    for match in joined + list(finditer(_CITED_AGENCY, folded)):
        ids = next((ids for _, ids in registry.longest_matches(_AGENCY_NAMES[match["agency"]], 0)), [])
        out.append(Mention(match.start("agency"), match.end("agency"), "", "ORG", ids[0] if ids else None,
                           source="title"))
    return out


def _place_ends_at(folded: str, tokens: list[Token], starts: list[int], registry: Registry, position: int) -> bool:
    """Whether a place name ends at position: a token UniDic knows as a place, or a place in the registry."""
    last = bisect_right(starts, position - 1) - 1
    if last < 0 or tokens[last].end != position:
        return False
    if ",固有名詞,地名," in tokens[last].pos:
        return True
    for index in range(last, max(last - _MAX_PLACE_TOKENS, -1), -1):
        for stop, ids in registry.longest_matches(folded, tokens[index].start):
            if stop == position and any(i in registry.entities and registry.entities[i].type in ("GPE", "LOC")
                                        for i in ids):
                return True
    return False


def dateline_places(folded: str, registry: Registry) -> list[Mention]:
    """LOC mentions for the place of a dateline no list knows (【トゥールーズ＝共同】: トゥールーズ)."""
    out = []
    for match in finditer(_DATELINE_PLACE, folded):
        if match["by"] not in _AGENCIES and not any(",人名," in t.pos for t in tokenize(match["by"])):
            continue  # (クラリティ＝透明度): a gloss, not a reporter
        known = _known_place_ending(folded, registry, match.start(), match.end())
        if known is None:
            out.append(Mention(match.start(), match.end(), "", "LOC", source="title"))
        elif known.start > match.start():
            out.append(known)  # (スポーツロンドン=大塚貴司): the section's name, then the place
    return out


def _known_place_ending(folded: str, registry: Registry, start: int, end: int) -> Mention | None:
    """The longest place the registry knows ending at end and starting in [start, end), as a mention."""
    for begin in range(start, end - 1):
        for stop, ids in registry.longest_matches(folded, begin):
            places = [i for i in ids if i in registry.entities and registry.entities[i].type in ("GPE", "LOC")]
            if stop == end and places:
                return Mention(begin, end, "", registry.entities[places[0]].type, places[0], source="gazetteer")
    return None
