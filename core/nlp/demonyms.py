"""Nationalities and residents are no mention of their place (日本人, セルビア人勢力, 韓国民, 東京都民), and
the Diet named alone is no entity (国会, 日本の国会 gives 日本).

Kaidan's convention (bench/news_gold/README.md): a people named after its
country or town (ベルギー人, 米国民, 沖縄県民, 大阪市民) is not annotated, and the
country inside it is not either; the country stays where the text names the
country (日本国民 is the nation of Japan, 日本政府 its government). UniDic
splits a nationality into the place and a suffix (日本|人, 韓国|民) and a
resident into the place and a word (東京|都民), so the rule reads the token right
after the place; 人質 (日本人|質: hostages) is no nationality.

The same convention leaves a parliament named by the common word 国会 (the Diet,
フィリピンの国会, 国会選挙) unannotated, though the registry knows the word: the
country written with it stays (日本の国会 gives 日本), and a numbered session
(第163特別国会) is an event, found by the compound rules.
"""

from __future__ import annotations

from core.model import Mention
from core.nlp.tokens import Token

_SUFFIXES = ("人", "民")
_RESIDENTS = {"都民", "道民", "府民", "県民", "市民", "区民", "町民", "村民", "州民", "島民"}
_PLACE_TYPES = ("GPE", "LOC")


def names_a_people(folded: str, end: int, tokens: list[Token], index_at: dict) -> bool:
    """The place ending at end is the stem of a nationality or of its residents' name."""
    index = index_at.get(end)
    if index is None:
        return False
    token = tokens[index]
    if token.surface in _RESIDENTS:
        return True
    if token.surface not in _SUFFIXES or not token.pos.startswith("接尾辞"):
        return False
    return not folded.startswith("質", token.end)  # 日本人質: hostages, not a nationality


_DIET = "国会"
_OF_THE_DIET = "の国会"


def without_peoples(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict) -> list[Mention]:
    """The mentions, less the places that only name a people (日本 in 日本人) and the Diet named alone."""
    out = []
    for m in chosen:
        if m.type in _PLACE_TYPES and names_a_people(folded, m.end, tokens, index_at):
            continue
        if m.type == "ORG" and m.source != "user" and folded.endswith(_DIET, m.start, m.end):
            if m.end - m.start == len(_DIET):
                continue
            if folded.endswith(_OF_THE_DIET, m.start, m.end):  # 日本の国会: the country, written before it
                m = Mention(m.start, m.end - len(_OF_THE_DIET), "", "GPE", source=m.source)
        out.append(m)
    return out
