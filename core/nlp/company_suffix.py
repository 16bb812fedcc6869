"""A name in katakana or Latin letters before the word 社 is a company (ケンタッキー社, ダイムラー社, ブティック社).

News names a foreign or a new company by its name and the suffix 社 (UniDic splits it off:
ダイムラー|社). Read alone the name is often something else: a place (ケンタッキー, the state) or
a person (ベントレー, a founder's surname); before 社 it is the company. A country before 社 (ベルギー社)
is a company of that country, no company's name: it stays the country. A name no rule read at
all before 社 (katakana words UniDic knows as common nouns: ブティック|社, シルバー|サービス|社) is
the company too. As the news gold writes it, a company in katakana is named without 社 (グッドウィル社
is グッドウィル). 社 must be a word of its own: 社長, 社員, 社会 are other words (ソニー社長).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.suffix_names import goes_on, named, no_name, run_start
from core.nlp.text_index import tokens_at_letters
from core.nlp.tokens import Token

# A company's name before 社: katakana or Latin words, joined by ・, &, - or a space (DTVサービス, AT&T).
_NAME = re.compile(r"[\u30a1-\u30faーA-Za-z0-9][\u30a1-\u30faーA-Za-z0-9・&\- ]*")
# A letter before a run of katakana words that makes the run the end of a longer word or name.
_NAME_GOES_ON = re.compile(r"[\u30a1-\u30faーA-Za-z0-9・]")
# The suffix's letter: the tokens beginning with it are found in the text, in C, not among all the article's tokens.
_SUFFIX_LETTER = re.compile("社")
# Katakana words for a kind of company or a medium, which name none before 社 (メーカー社, テレビ社).
_KIND_WORDS = {"メーカー", "グループ", "チェーン", "ベンチャー", "ライバル", "パートナー", "クライアント", "ゲーム", "テレビ",
               "ラジオ", "ニュース", "システム"}


def with_company_suffix(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict) -> list[Mention]:
    """The mentions (sorted) with each katakana or Latin name read as a person or a place right before the word
    社 read as the company, and the katakana names before 社 no mention covers added as companies."""
    if "社" not in folded:
        return chosen
    covered = bytearray(len(folded) + 1)
    for m in chosen:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = [named(m.start, m.end)  # the place's or the person's entity is not it
           if m.type in ("PERSON", "GPE", "LOC") and _before_suffix(tokens, index_at, m.end)
           and _NAME.fullmatch(folded, m.start, m.end) and not (m.entity_id or "").startswith("country:")
           else m for m in chosen]  # ベルギー社: a company of the country, not one named so
    added = _unread_names(folded, tokens, index_at, covered)
    return sorted(out + added, key=lambda m: m.start) if added else out


def _before_suffix(tokens: list[Token], index_at: dict, at: int) -> bool:
    """Whether the word 社 alone begins at at (not 社長, 社員)."""
    index = index_at.get(at)
    return index is not None and tokens[index].surface == "社"


def _unread_names(folded: str, tokens: list[Token], index_at: dict, covered: bytearray) -> list[Mention]:
    """ORG mentions for runs of katakana words right before the word 社 that no mention covers."""
    out = []
    for index in tokens_at_letters(folded, index_at, _SUFFIX_LETTER):
        token = tokens[index]
        if token.surface != "社" or not index or covered[token.start]:
            continue
        first = run_start(tokens, index, covered=covered)
        if first == index:
            continue
        start = tokens[first].start
        if goes_on(folded, start, _NAME_GOES_ON):
            continue  # the run is the end of a longer word or name
        if index - first == 1 and no_name([tokens[first].surface], _KIND_WORDS):
            continue  # ゲーム社, a single short word: no one's name
        out.append(named(start, token.start))
    return out
