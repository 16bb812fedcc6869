"""fugashi + unidic-lite tokens with code-point offsets."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import fugashi


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    pos: str  # the first four UniDic POS fields joined by commas, e.g. 名詞,固有名詞,人名,姓
    unknown: bool


@lru_cache(maxsize=1)
def tagger() -> fugashi.Tagger:
    """One tagger per process (loading the dictionary costs more than tagging an article)."""
    return fugashi.Tagger()


def tokenize(text: str) -> list[Token]:
    """The tokens of text, with offsets into it."""
    tokens: list[Token] = []
    position = 0
    for node in tagger()(text):
        position += len(node.white_space)
        surface = node.surface
        end = position + len(surface)
        feature = node.feature_raw
        cut = _fourth_comma(feature)
        tokens.append(Token(position, end, surface, feature[:cut], node.is_unk))
        position = end
    return tokens


def _fourth_comma(feature: str) -> int:
    index = -1
    for _ in range(4):
        index = feature.find(",", index + 1)
        if index < 0:
            return len(feature)
    return index
