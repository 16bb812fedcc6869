"""Companies named by a proper name and the trade that forms a company's name: 日本郵船, 日本無線, 出光石油.

A country's or a place's name glued to an ordinary noun stays the place and the noun (日本経済, 中国政府,
列車無線), but some trade words make a company of any proper name before them: nobody writes 日本郵船 or
日本無線 for "Japan's shipping" or "Japan's radio". Those words are listed here; the heads core.nlp.suffixed_names
already reads (電力, 銀行, 証券, 自動車 …) are not repeated, and 電子, 電気 are not here: they begin ordinary
words (サブ|電子ダイヤル, 電気ポット). A trade word that is also a country's own
commodity in prose (ロシア|ガス, 中国|石油 as "China's oil") is read only after a name that is no country.
The company is read over what was chosen before it only where that was a place inside it (日本|無線) or nothing;
a longer name found another way stands (旧松下電工, 富士紡績株式会社).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import Token

# Words that name a company after any proper name (日本|郵船, 日本|発条, 日本|無線, 富士|紡績, 住友|化成).
_COMPANY_WORDS = ("郵船", "発条", "無線", "製鉄", "製紙", "通運", "損保", "精工", "電工", "製鋼", "鋼管", "紡績", "化成",
                  "製菓", "商船", "汽船", "碍子", "硝子", "信販", "製粉", "製糖", "造船", "海運")
# Words that do so only after a name that is no country (出光|石油; ロシア|石油 is Russia's oil).
_AFTER_NO_COUNTRY = ("石油",)
_WORD = re.compile("|".join(_COMPANY_WORDS + _AFTER_NO_COUNTRY))
# What may follow the company's name: no more kanji (日本無線|機器 is a thing), unless its post or its legal form.
_AFTER = re.compile(r"(?![\u4e00-\u9fff])|(?:株式会社|副?社長|副?会長|社員|グループ)")
_COUNTRY = ",地名,国,"
_PLACE_TYPES = ("GPE", "LOC")


def with_company_words(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict) -> list[Mention]:
    """chosen, with each company named by a proper name and a trade word in place of the place read inside it."""
    out = chosen
    for company in company_word_mentions(folded, tokens, index_at):
        overlapping = [m for m in out if m.start < company.end and company.start < m.end]
        if all(m.type in _PLACE_TYPES and company.start <= m.start and m.end <= company.end for m in overlapping):
            out = sorted([m for m in out if m not in overlapping] + [company], key=lambda m: m.start)
    return out


def company_word_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """ORG mentions of a proper name (a UniDic proper noun, or a katakana word it does not know) glued to a
    company-forming trade word, the two as whole tokens."""
    out = []
    for word in _WORD.finditer(folded):
        index = index_at.get(word.start())
        if not index or (word.end() not in index_at and word.end() != len(folded)) or not _AFTER.match(folded, word.end()):
            continue
        name = tokens[index - 1]
        if name.end != word.start() or not _proper(name):
            continue
        if word.group() in _AFTER_NO_COUNTRY and _COUNTRY in name.pos:
            continue
        out.append(Mention(name.start, word.end(), "", "ORG", source="compound"))
    return out


def _proper(token: Token) -> bool:
    """A UniDic proper noun (日本, 住友), a surname among them (松下), or a katakana word it does not know; a given
    name is no company's (サブ is one to UniDic)."""
    if ",固有名詞," in token.pos:
        return ",人名," not in token.pos or ",人名,姓," in token.pos
    return token.unknown and all("\u30a1" <= c <= "\u30fa" or c == "ー" for c in token.surface)
