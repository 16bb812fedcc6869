"""Companies named before a word only a company has: 京セラの社長, 任天堂の株価, …を買収, …と業務提携.

Business news names a company by its short form (京セラ, 任天堂, 日産) with no kind word
after it; UniDic knows many such names as proper nouns of no class, and the tagger,
reading them without a head, often leaves them out. The words around the name say
what it is: its head (の社長, の会長, の頭取), its shares (の株価, の株主), its parts
(の子会社, 傘下, の本社, の工場), and deals only companies make (…を買収, …と提携,
…と経営統合). The name is the run of nouns right before such a word that holds a
proper noun UniDic does not class as a person or a place, a word it does not know,
or a katakana or Latin name; a run of common words (同社, 政府, メーカー) and a person
(山田の社長就任) or a place (大阪の工場) alone are no company.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import Token

# What follows a company's name: its officers, shares and parts after の (or glued to it), and deals.
_COMPANY_WORD = re.compile(
    r"(?:の|)(?:社長|副社長|会長|頭取|最高経営責任者|CEO|株価|株主|筆頭株主|子会社|親会社|本社|経営陣|決算)"
    r"(?![\u4e00-\u9fff])|(?:の|)傘下|を(?:買収|子会社化)|と(?:の)?(?:業務|資本)?(?:提携|合併|経営統合)"
)
# A name's last word may be a suffix UniDic splits off a company's name (任天|堂).
_NAME_SUFFIXES = {"堂", "屋"}


def company_mentions(folded: str, tokens: list[Token]) -> list[Mention]:
    """ORG mentions for names right before a word only a company has."""
    ends_at = {t.end: i for i, t in enumerate(tokens)}
    out = []
    for match in _COMPANY_WORD.finditer(folded):
        last = ends_at.get(match.start())
        if last is None or match.start() != tokens[last].end:
            continue
        first = last
        while first > 0 and _name_word(tokens[first - 1]) and tokens[first - 1].end == tokens[first].start:
            first -= 1
        run = tokens[first : last + 1]
        if not all(_name_word(t) or (t.surface in _NAME_SUFFIXES and t is not run[0]) for t in run):
            continue
        suffixed = len(run) > 1 and run[-1].surface in _NAME_SUFFIXES and run[-1].pos.startswith("接尾辞")
        if run[0].pos.startswith("接尾辞") or not (suffixed or any(_names_company(t) for t in run)):
            continue
        if any(",人名," in t.pos for t in run):
            continue
        out.append(Mention(run[0].start, run[-1].end, "", "ORG", source="compound"))
    return out


def _name_word(token: Token) -> bool:
    """A noun that may be a word of a name (not a number, a pronoun or a suffix of counting)."""
    return token.pos.startswith("名詞") and ",数詞," not in token.pos and ",代名詞," not in token.pos


def _names_company(token: Token) -> bool:
    """A word that may name a company: a proper noun of no person or place, an unknown word, a name in
    katakana or Latin letters UniDic does not know."""
    if token.unknown:
        return True
    if ",固有名詞," in token.pos:
        return ",人名," not in token.pos and ",地名," not in token.pos
    return False
