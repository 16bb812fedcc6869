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
    out = []
    if "・" in folded:
        out += _listed_letters(folded, codes)
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
def _letter_list(letters: str) -> re.Pattern:
    """Two or more of the letters joined by ・, not inside a katakana name."""
    group = "[" + re.escape(letters) + "]"
    return re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・])" + group + r"(?:・" + group + r")+(?![\u30a1-\u30faー・])")


def _listed_letters(folded: str, codes: dict) -> list[Mention]:
    letters = "".join(sorted(c for c in codes if len(c) == 1 and c not in _NOT_IN_LISTS))
    if not letters:
        return []
    pattern = _letter_list(letters)
    out = []
    for match in pattern.finditer(folded):
        for offset in range(match.start(), match.end(), 2):
            out.append(Mention(offset, offset + 1, "", "GPE", codes[folded[offset]], source="abbreviation"))
    return out
