"""A name right before a suffix word is what the suffix says it is: ダイムラー社 a company, タイムズ紙 a newspaper,
ネイチャー誌 a magazine.

UniDic splits the suffix off as a word of its own (ダイムラー|社, タイムズ|紙), so the name is the unbroken run of
katakana words right before it. The company reader (company_suffix) and the outlet reader (outlet_suffix) share
this reading; each keeps its own words for a kind of company or paper, and what else it asks of the run.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import Token

KATAKANA = re.compile(r"[\u30a1-\u30faー]+")


def run_start(tokens: list[Token], index: int, joined: bool = False, covered: bytearray | None = None) -> int:
    """The index of the first of the katakana words that run on, without a gap, up to tokens[index]; index if none.
    joined: a ・ between the words keeps the run going (シカゴ・トリビューン); covered: a word a mention covers ends it."""
    first = index
    while first and tokens[first - 1].end == tokens[first].start:
        word = tokens[first - 1]
        if not (KATAKANA.fullmatch(word.surface) or joined and word.surface == "・") \
                or covered is not None and covered[word.start]:
            break
        first -= 1
    return first


def goes_on(folded: str, start: int, letter: re.Pattern) -> bool:
    """Whether a name's letter stands right before start: the run is the end of a longer word or name."""
    return bool(start) and letter.match(folded[start - 1]) is not None


def no_name(words: list[str], kind_words: set[str]) -> bool:
    """Whether the words before the suffix name no one: a word for a kind of company or paper last (スポーツ紙,
    ゲーム社), or a single short word."""
    return words[-1] in kind_words or (len(words) == 1 and len(words[0]) < 3)


def named(start: int, end: int) -> Mention:
    """The ORG mention of a name the suffix reads (its entity is found later, by the name)."""
    return Mention(start, end, "", "ORG", source="compound")
