"""Names listed with ・ or 、 are each their own mention: 米・英・仏, 自民・公明両党, 公明・自民・民主・共産の各会派.

A list of one-letter countries written with ・ (米・英・仏, 日・米・韓) names each
country, as 米英仏 does; days of the week (土・日) are no countries. Parties are
named short in lists (自民・公明両党, 自民、公明、民主の3党): the count or the word
after the list (両党, 3党, 各党, 各会派) or the coalition before it (与党の自民・公明)
says each item is a party, where the tagger read the whole list as one body or
missed it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Mention

_ITEM = r"[\u4e00-\u9fff]{1,4}"
_LIST = r"(?P<list>" + _ITEM + r"(?:[・、]" + _ITEM + r")+)"
# A list with its count or kind after it (自民・公明両党, 自民、公明、民主の3党, …共産の各会派) ...
_COUNTED_PARTIES = re.compile(r"(?<![\u4e00-\u9fff])" + _LIST + r"(?=の?(?:両党|各党|各会派|[2-9２-９二三四五六七]党))")
# ... or the coalition named before it (与党の自民・公明, 連立与党の自民・公明は).
_COALITION_PARTIES = re.compile(r"(?:(?<=与党の)|(?<=野党の)|(?<=与党・)|(?<=野党・))" + _LIST + r"(?![\u4e00-\u9fff])")
# Letters that are days of the week or words as well as countries (土・日 is the weekend: a list may not
# go on from 土, and 日 after it is no country).
_NOT_IN_LISTS = set("土月火水木金西ウ")


def listed_mentions(folded: str, codes: dict) -> list[Mention]:
    """GPE mentions for listed country letters and ORG mentions for listed party names."""
    out = _listed_letters(folded, codes)
    if "党" in folded or "会派" in folded:
        for pattern in (_COUNTED_PARTIES, _COALITION_PARTIES):
            for match in pattern.finditer(folded):
                position = match.start("list")
                for item in re.split("[・、]", match["list"]):
                    if len(item) >= 2:
                        out.append(Mention(position, position + len(item), "", "ORG", source="compound"))
                    position += len(item) + 1
    return out


@lru_cache(maxsize=8)
def _letters(codes_key: frozenset) -> frozenset:
    """The one-letter codes that may stand in a list."""
    return frozenset(c for c in codes_key if len(c) == 1 and c not in _NOT_IN_LISTS)


def _listed_letters(folded: str, codes: dict) -> list[Mention]:
    """Each letter of a run X・Y(・Z…) of country letters, not inside a katakana name or a word."""
    position = folded.find("・")
    if position == -1:
        return []
    letters = _letters(frozenset(codes))
    out = []
    while position != -1:
        start = position - 1
        if start >= 0 and folded[start] in letters and not (start and _in_word(folded[start - 1])):
            end = position
            while folded.startswith("・", end) and end + 1 < len(folded) and folded[end + 1] in letters:
                end += 2
            if end > position and not (end < len(folded) and _in_name(folded[end])):
                out += [Mention(i, i + 1, "", "GPE", codes[folded[i]], source="abbreviation")
                        for i in range(start, end, 2)]
                position = folded.find("・", end)
                continue
        position = folded.find("・", position + 1)
    return out


def _in_word(char: str) -> bool:
    """A kanji, katakana or ・ before the first letter: the letter is part of a longer word or name."""
    return "\u4e00" <= char <= "\u9fff" or "\u30a1" <= char <= "\u30fa" or char in "ー・"


def _in_name(char: str) -> bool:
    """A katakana letter or ・ after the last letter: the list runs into a katakana name."""
    return "\u30a1" <= char <= "\u30fa" or char in "ー・"
