"""Organisations and places built from parts: a country's bodies, named sites, mountains, islands and waters."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.heads_after_names import NOT_A_FORCE
from core.nlp.name_chars import KANJI_ONLY
from core.nlp.tokens import Token
from core.registry import Registry


# Bodies every state has, named without their country (ORG wherever they stand alone).
_STATE_BODIES = "大統領官邸|首相官邸|大統領府|首相府|憲法裁判所|最高裁判所|連邦議会|連邦院|国民議会|最高会議"
# Heads that make an organisation of the country before them (a chamber too: フィリピン下院, 米国上院).
_BODY_AFTER_COUNTRY = re.compile(r"(?:総領事館|領事館|大使館|代表部|上院|下院|国軍|軍" + NOT_A_FORCE + "|" + _STATE_BODIES +
                                 r")(?![\u4e00-\u9fff]*(?:長官|大臣|相|議長|選))")
_STATE_BODY = re.compile(r"(?:" + _STATE_BODIES + r")(?!選)")


def body_mentions(folded: str, candidates: list[Mention], registry: Registry) -> list[Mention]:
    """Organisation mentions for a full country name with a body head (韓国大使館, イスラエル軍),
    and for a state's bodies named alone (大統領府, 憲法裁判所)."""
    out = [Mention(m.start(), m.end(), "", "ORG", source="compound") for m in _STATE_BODY.finditer(folded)]
    for place in candidates:
        if place.type != "GPE" or place.end - place.start < 2:
            continue  # 米軍 stays the country: one-character abbreviations are read alone
        head = _BODY_AFTER_COUNTRY.match(folded, place.end)
        if head:
            out.append(Mention(place.start, head.end(), "", "ORG", source="compound"))
    return out


# Heads of named sites (a site is a place in Kaidan's scheme): 平和公園, 靖国神社, 浦上天主堂.
SITE_HEADS = re.compile(r"公園|庭園|広場|神社|神宮|大社|天主堂|大聖堂|聖堂|寺院|宮殿|記念館|記念碑|墓地|国際空港|空港")
# Words before a head that make it a kind of site, not a name: 国立公園, 近くの公園.
SITE_KINDS = {"国立", "県立", "市立", "都立", "町立", "村立", "公立", "私立", "国営", "地元", "近く", "同", "各", "当",
               "周辺", "付近", "大", "小", "新", "旧", "ハブ", "地方", "国際", "民間", "軍用", "主要", "拠点", "第"}


def site_mentions(folded: str, tokens: list[Token], index_at: dict, ends: set) -> list[Mention]:
    """LOC mentions for named sites: one to three nouns before a site head (爆心地公園, アレクサンドル庭園)."""
    out = []
    for head in SITE_HEADS.finditer(folded):
        if head.end() not in ends or head.start() not in index_at:
            continue
        first = index_at[head.start()]
        taken = 0
        while first > 0 and taken < 3:
            token = tokens[first - 1]
            if token.end != tokens[first].start or not token.pos.startswith(("名詞", "接頭辞")) \
                    or ",数詞" in token.pos or ",代名詞" in token.pos or ",副詞可能" in token.pos \
                    or ",助数詞" in token.pos:
                break
            first -= 1
            taken += 1
        if taken and tokens[first].surface not in SITE_KINDS:
            out.append(Mention(tokens[first].start, head.end(), "", "LOC", source="compound"))
    return out


# Suffixes UniDic reads as a name's ending, not a word (金剛|山, 鴨緑|江, 独|島, 琵琶|湖).
_NATURAL_SUFFIXES = {"山", "島", "湖", "江"}
_NATURAL_SUFFIX_RE = re.compile("[" + "".join(sorted(_NATURAL_SUFFIXES)) + "]")


def natural_place_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """LOC mentions for mountains, islands, lakes and rivers UniDic splits: a name and its suffix; and
    for a name before a landform or water word (landform_mentions).

    The name is a place UniDic knows (鴨緑 + 江) or a noun of kanji (金剛 + 山); the suffix is
    read as one (接尾辞), so a word of its own (登山, 火山, 離島) is never split this way.
    Only the tokens where a suffix character stands are read.
    """
    out = []
    for found in _NATURAL_SUFFIX_RE.finditer(folded):
        index = index_at.get(found.start())
        if not index:
            continue
        token, name = tokens[index], tokens[index - 1]
        if token.surface not in _NATURAL_SUFFIXES or not token.pos.startswith("接尾辞") \
                or name.end != token.start or not KANJI_ONLY.match(name.surface):
            continue
        if ",固有名詞,地名" in name.pos or (name.pos.startswith("名詞,普通名詞,一般") and len(name.surface) >= 2):
            out.append(Mention(name.start, token.end, "", "LOC", source="compound"))
    return out + landform_mentions(folded, tokens, index_at)


# Words for a landform or a stretch of water that make a place of the name before them (東京|湾, 九十九里|浜,
# 能登|半島, 津軽|海峡); UniDic reads them as common nouns, so the name and the word are two tokens.
_LANDFORMS = re.compile(r"半島|海峡|諸島|列島|高原|盆地|平野|砂漠|運河|山脈|湾|浜|岬|灘|湖|川|潟")
_LANDFORM_WORDS = {"半島", "海峡", "諸島", "列島", "高原", "盆地", "平野", "砂漠", "運河", "山脈", "湾", "浜", "岬", "灘",
                   "湖", "川", "潟"}
_WIDE_LAND = {"高原", "盆地", "平野", "砂漠"}
# A town, a station or a port after the landform names another place (白浜|町 is read whole by UniDic).
_PLACE_AFTER = ("市", "町", "村", "区", "県", "駅", "港", "線", "道", "署", "沖")
# Prefixes that are no part of a name (各|湾, 全|半島, 同|湾).
_NOT_A_NAME_PREFIX = set("各全同両旧新元前現対訪在反親脱非約第当本某南北東西")


def landform_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """LOC mentions for a name followed by a landform or water word: 東京湾, 与那覇湾 (与 + 那覇 + 湾),
    九十九里浜, サニツ浜, 能登半島. The name is a proper noun of kanji (with a one-kanji prefix glued to it) or a
    run of katakana; the word must be a token of its own (湾岸 is another word)."""
    out = []
    for found in _LANDFORMS.finditer(folded):
        index = index_at.get(found.start())
        if not index or tokens[index].surface not in _LANDFORM_WORDS and not _with_whereabouts(tokens[index]):
            continue
        head = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.start == head.end and after.surface.startswith(_PLACE_AFTER) \
                and after.surface != "沖":
            continue
        first = index - 1
        name = tokens[first]
        if name.end != head.start:
            continue
        if head.surface in _WIDE_LAND and ",地名,国" in name.pos:
            continue  # 豪州|砂漠 is a stretch of a country, no name
        if _is_katakana_token(name):
            while first > 0 and tokens[first - 1].end == tokens[first].start \
                    and _is_katakana_token(tokens[first - 1]) \
                    and not (tokens[first - 1].surface == "・" and ",地名,国" in tokens[first - 2].pos):
                first -= 1  # セントビンセント・クレ|ナディーン諸島, but メキシコ・ + ユカタン半島
            if head.start - tokens[first].start < 2 or not any(
                    t.unknown or ",固有名詞," in t.pos for t in tokens[first:index]):
                continue
        elif ",固有名詞," in name.pos and KANJI_ONLY.match(name.surface):
            before = tokens[first - 1] if first else None
            if before is not None and before.end == name.start and before.pos.startswith("接頭辞") \
                    and len(before.surface) == 1 and before.surface not in _NOT_A_NAME_PREFIX \
                    and KANJI_ONLY.match(before.surface):
                first -= 1
        else:
            continue
        end = head.start + len(_LANDFORMS.match(head.surface).group())  # アムール川(沿い): the place alone
        out.append(Mention(tokens[first].start, end, "", "LOC", source="compound"))
    return out


# Where something lies by a landform, read by UniDic as one word with it (川沿い, 湖畔, 海峡上空).
_WHEREABOUTS = ("沿い", "沿岸", "岸", "畔", "上空", "付近", "周辺", "流域", "河口")


def _with_whereabouts(token: Token) -> bool:
    """Whether a token is a landform word and where something lies by it: 川沿い, 湖畔 (湾岸 is a word of its own)."""
    word = _LANDFORMS.match(token.surface)
    return word is not None and word.group() in _LANDFORM_WORDS and token.surface[word.end():] in _WHEREABOUTS \
        and token.surface != "湾岸"


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30faー・]+")


def _is_katakana_token(token: Token) -> bool:
    return _KATAKANA_RUN.fullmatch(token.surface) is not None
