"""UniDic's own proper-noun tags read as mentions: people's names, countries and places."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.offices import office_after
from core.nlp.suffixed_names import PLACE_SUFFIXES, is_name_char
from core.nlp.thing_names import DISEASE_AFTER
from core.nlp.tokens import Token


# Place names UniDic knows that are everyday words before anything but a place suffix (中央区 is a ward).
_KIND_WORDS = {"中央"}
_DIRECTION_PART = re.compile(r"(?:[東西南北]{1,2}|中)部$")


def unidic(folded: str, tokens: list[Token], proper: list[int]) -> list[Mention]:
    """UniDic's proper-noun tags (proper: the indices of the proper nouns among tokens): person names,
    countries and places.

    A lone name token counts only before a title: UniDic also tags ノーベル in
    ノーベル平和賞 as a name.
    """
    out, skip_to = [], 0
    for index in proper:
        if index < skip_to:
            continue
        token = tokens[index]
        if ",固有名詞,人名" in token.pos:
            last = index
            while last + 2 < len(tokens) and tokens[last + 1].surface == "・" and ",人名" in tokens[last + 2].pos:
                last += 2
            while last + 1 < len(tokens) and ",固有名詞,人名" in tokens[last + 1].pos:
                last += 1
            start, end = token.start, tokens[last].end
            if folded.startswith("両", end) and "・" in folded[start:end]:
                pass  # 安倍・福田両氏: two people (_PAIR_WITH_TITLE), not one name
            elif end - start >= 2 and (last > index or office_after(folded, end)):
                out.append(Mention(start, end, "", "PERSON", source="unidic"))
            skip_to = last + 1
        elif ",固有名詞,地名" in token.pos and len(token.surface) >= 2:
            if token.surface in _KIND_WORDS and folded[token.end : token.end + 1] not in PLACE_SUFFIXES:
                continue  # 中央銀行, 中央政府: UniDic's ward name is the word "central" here
            if DISEASE_AFTER.match(folded, token.end):
                continue  # エボラ|出血熱: a disease named after a place
            if _DIRECTION_PART.match(token.surface) and token.start and is_name_char(folded[token.start - 1]):
                continue  # 大分県中部, チリ中部: a part of the place before it, not the Chubu region
            kind = "GPE" if ",地名,国," in token.pos else "LOC"
            out.append(Mention(token.start, token.end, "", kind, source="unidic"))
    return out
