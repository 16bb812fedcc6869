"""One-character country abbreviations (米, 中, 日, 露...) found inside and between tokens.

They cannot go in a dictionary (中 would match 「…の中で」), so they are read
from the tokens: runs of abbreviation-only tokens (米中, 日|米豪|印), prefixes
(訪米, 対中, 来日, 全米), suffixes (米軍, 英紙, 米誌), and a lone abbreviation that modifies
the noun after it (米|国務|長官, 米|政府).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Mention
from core.nlp.text_index import letter_class, tokens_at_letters
from core.nlp.tokens import Token

PREFIXES = set("訪対来駐在親反離渡滞知嫌抗排全")
# After some prefixes a character is a word, not a country: 全日 is "all day", 全中 a school tournament.
PREFIX_WORDS = {"全": set("日中")}
SUFFIXES = set("軍側紙誌株")
# Before some suffixes a character is a word, not a country: 日誌 is a log or diary (米誌, 英誌 are magazines).
SUFFIX_WORDS = {"誌": set("日")}
# Abbreviations that are also everyday words on their own (西側, 土日): only in runs.
RUN_ONLY = set("西土ウ")
# Characters that may sit in a run without being a country themselves (米欧, 日欧).
RUN_FILLERS = set("欧")


def abbreviation_mentions(folded: str, tokens: list[Token], index_at: dict[int, int], registry) -> list:
    """GPE mentions for the country abbreviations in tokens (of folded; index_at: a token's index by its start)."""
    codes = registry.abbreviations
    out = []

    def add(position: int, char: str) -> None:
        out.append(Mention(position, position + 1, "", "GPE", codes[char], source="abbreviation"))

    frozen = frozenset(codes)
    written = _written_so(frozen).fullmatch
    skip_to = 0
    # most tokens start with no abbreviation: the tokens that begin with a letter that may begin one are picked
    # (core.nlp.text_index, a few dozen an article), and of those the ones written as a run, a prefix, a suffix
    # or a letter alone (日本, 中国, 全国 are none: nothing below reads them)
    for index in [i for i in tokens_at_letters(folded, index_at, _first_letters(frozen)) if written(tokens[i].surface)]:
        if index < skip_to:
            continue
        run_end = index
        after_number = index > 0 and ",数詞" in tokens[index - 1].pos
        # The first token must be a noun; UniDic tags the 中 of 米|中 as a suffix.
        while (run_end < len(tokens) and not after_number
               and tokens[run_end].pos.startswith(("名詞,普通名詞", "名詞,固有名詞") if run_end == index
                                                  else ("名詞", "接尾辞"))
               and _only_abbreviations(tokens[run_end].surface, codes)
               and not _native_word(tokens[run_end]) and ",人名," not in tokens[run_end].pos):  # 中西 is a surname
            run_end += 1
        run = tokens[index:run_end]
        region = _region(tokens, index, registry) if run_end > index else None
        if region is not None:
            token = tokens[index]
            out.append(Mention(token.start, token.end, "", "LOC", region, source="abbreviation"))
            skip_to = index + 1
            continue
        if len(run) == 1 and ",固有名詞,一般," in run[0].pos and not _relation_after(tokens, index):
            # UniDic knows the pair as a name of its own (中日: the Chunichi paper and its team, 中日戦); a
            # tournament's 中日 is its middle day (七月場所中日)
            before = tokens[index - 1] if index > 0 and tokens[index - 1].end == run[0].start else None
            start, end = run[0].start, run[0].end
            if run_end < len(tokens) and tokens[run_end].start == end and _NAME_WORD.fullmatch(tokens[run_end].surface):
                end = tokens[run_end].end  # 中日ドラゴンズ, 中日スポーツ
                if before is not None and ",固有名詞,地名," in before.pos:
                    start = before.start  # 東京中日スポーツ: the paper's place is part of its name
            if before is None or start < run[0].start or not (
                    before.pos.startswith("名詞,固有名詞") or before.surface == "場所"):
                out.append(Mention(start, end, "", "ORG", source="abbreviation"))
            skip_to = run_end
            continue
        chars = sum(len(t.surface) for t in run)
        if len(run) == 1 and _daytime(tokens, index):
            skip_to = run_end
            continue
        if chars >= 2 and sum(c in codes for t in run for c in t.surface) >= 2:
            for token in run:
                for offset, char in enumerate(token.surface):
                    if char in codes:
                        add(token.start + offset, char)
            skip_to = run_end
            continue
        token = tokens[index]
        surface = token.surface
        if len(surface) >= 2 and surface[0] in PREFIXES and _only_abbreviations(surface[1:], codes):
            for offset, char in enumerate(surface[1:], start=1):
                if char in codes and char not in RUN_ONLY and char not in PREFIX_WORDS.get(surface[0], ()):
                    add(token.start + offset, char)
        elif len(surface) == 2 and surface[1] in SUFFIXES and surface[0] in codes and surface[0] not in RUN_ONLY \
                and surface[0] not in SUFFIX_WORDS.get(surface[1], ()):
            add(token.start, surface[0])
        elif len(surface) == 1 and surface in codes and surface not in RUN_ONLY:
            if _modifies_next(tokens, index):
                add(token.start, surface)
    return out


# Words after 中米 that make it China and the United States (中米関係, 中米首脳会談), not Central America.
_RELATION_WORDS = ("関係", "首脳", "両国", "両首脳", "間", "貿易", "摩擦", "対立", "協議", "会談", "対話", "戦略", "経済",
                   "外相", "国交", "交渉", "合意", "衝突", "接近", "関税", "通商", "軍事", "緊張", "和解", "共同声明", "外交",
                   "国防", "防衛", "同盟", "競争", "対決", "新冷戦", "冷戦", "2国間", "二国間")


def _region(tokens: list[Token], index: int, registry) -> str | None:
    """The region a token written in country letters names (中米・ニカラグア), unless a relation follows (中米関係)."""
    token = tokens[index]
    region = registry.letter_regions.get(token.surface)
    if region is None or ",固有名詞,地名," not in token.pos:
        return None
    following = tokens[index + 1].surface if index + 1 < len(tokens) else ""
    if following.startswith(_RELATION_WORDS) or following in ("・", "、") and index + 2 < len(tokens) and \
            tokens[index + 2].surface in registry.abbreviations:
        return None  # 中米・中日: a list of country pairs
    return region


_NAME_WORD = re.compile(r"[\u30a1-\u30faー]{2,}|[A-Za-z]{2,}")


def _relation_after(tokens: list[Token], index: int) -> bool:
    """A word of two countries' relations follows the token at index (中日関係, 中日友好)."""
    following = tokens[index + 1].surface if index + 1 < len(tokens) else ""
    return following.startswith(_RELATION_WORDS + ("友好", "両国"))


# 日中 is also "the daytime" (日中は人通りが多い, 日中でも暗い): read so after a particle when no relation follows.
_DAYTIME_PARTICLES = ("は", "に", "も", "でも")


def _daytime(tokens: list[Token], index: int) -> bool:
    """The token at index is 日中 used as the daytime, not Japan and China."""
    if tokens[index].surface != "日中" or index + 2 >= len(tokens):
        return False
    particle = tokens[index + 1].surface + ("も" if tokens[index + 2].surface == "も" else "")
    if tokens[index + 1].surface not in _DAYTIME_PARTICLES and particle not in _DAYTIME_PARTICLES:
        return False
    if index > 0 and tokens[index - 1].end == tokens[index].start and tokens[index - 1].pos.startswith(("名詞", "接頭辞")):
        return False  # glued to a word before it: 訪日中, 滞在日中
    following = "".join(t.surface for t in tokens[index + 2 : index + 10])
    return not any(word in following for word in _RELATION_WORDS + ("両国", "政府", "首相", "主席", "国交", "条約"))


def _native_word(token: Token) -> bool:
    """A word read the native way (朝日 アサヒ, a newspaper): country pairs are read in Sino-Japanese (日米 ニチベイ)."""
    if len(token.surface) < 2:
        return False  # a single letter (米, 中) is not split into its features
    fields = token.pos.split(",")
    return len(fields) > 12 and fields[12] == "和"


@lru_cache(maxsize=8)
def _first_letters(codes: frozenset[str]) -> re.Pattern:
    """A letter a token the pass reads may begin with: a country's, a prefix's or a filler's."""
    return letter_class(PREFIXES | RUN_FILLERS | codes)


@lru_cache(maxsize=8)
def _written_so(codes: frozenset[str]) -> re.Pattern:
    """What a token must be for the pass to read it: letters of countries (and fillers) only, after a
    prefix or not (米中, 訪米), or one country's letter and a suffix (米軍)."""
    letters = "".join(map(re.escape, sorted(code for code in codes if len(code) == 1)))
    fillers = "".join(map(re.escape, sorted(RUN_FILLERS)))
    if not letters:
        return re.compile(r"(?!)")
    return re.compile(f"[{''.join(map(re.escape, sorted(PREFIXES)))}]?[{letters}{fillers}]+"
                      f"|[{letters}][{''.join(map(re.escape, sorted(SUFFIXES)))}]")


def _only_abbreviations(surface: str, codes: dict) -> bool:
    return bool(surface) and all(c in codes or c in RUN_FILLERS for c in surface)


def _modifies_next(tokens: list[Token], index: int) -> bool:
    """米|政府, トランプ|米|大統領, 英|『 yes; 11|日, の|中|で, 訪米|中, 朝|8|時, この|日, 前年|比|6% no."""
    token = tokens[index]
    if not token.pos.startswith(("名詞,普通名詞", "接尾辞,名詞的,一般")):
        return False
    if index > 0 and (",数詞" in tokens[index - 1].pos or tokens[index - 1].end == token.start and
                      tokens[index - 1].pos.startswith("名詞") and ",副詞可能" in token.pos):
        return False
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.start != token.end:
        return False
    before = tokens[index - 1] if index > 0 and tokens[index - 1].end == token.start else None
    if before is not None and (before.pos.startswith("連体詞") or (
            before.pos.startswith("名詞,普通名詞") and ",数詞" in following.pos)):
        return False  # この|日|関西テレビ is "that day"; 前年|比|2.1%, 同期|比|7% a ratio
    if ",数詞" in following.pos and index + 2 < len(tokens) and tokens[index + 2].surface in ("時", "時半"):
        return False  # 朝8時: the morning, not North Korea (米2社 and 英3紙 are countries)
    return following.pos.startswith(("名詞", "接尾辞")) or following.surface in ("『", "「")
