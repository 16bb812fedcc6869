"""fugashi + unidic-lite tokens with code-point offsets."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import fugashi


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    pos: str  # UniDic's raw feature string; its first fields are the POS (名詞,固有名詞,人名,姓,...)

    @property
    def unknown(self) -> bool:
        """A word unidic-lite does not know (its features are the short unknown-word set)."""
        return self.pos.count(",") < 10


_new_token = tuple.__new__  # building the tuple directly: tokenising is the hot path


@lru_cache(maxsize=1)
def tagger() -> fugashi.Tagger:
    """One tagger per process (loading the dictionary costs more than tagging an article)."""
    return fugashi.Tagger()


def tokenize(text: str) -> list[Token]:
    """The tokens of text, with offsets into it."""
    tokens: list[Token] = []
    append, find = tokens.append, text.find
    position = 0
    for node in tagger()(text):
        surface = node.surface
        position = find(surface, position)
        end = position + len(surface)
        append(_new_token(Token, (position, end, surface, node.feature_raw)))
        position = end
    return tokens
