"""A name written right after the word for its kind: イスラム主義団体ハマース, テロ組織・アルカイダ,
米鉄鋼大手USスチール, 英紙ガーディアン.

News introduces a body it has not named before by its kind: the kind word says
what the name is, wherever the tagger would read the name alone as a person or a
place. Only names in katakana or Latin letters are taken (a kanji compound after
the kind word is read by the other rules), and only when UniDic does not know
the name as a common word (団体ツアー, 組織ぐるみ, 企業イメージ name no one).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import Token

# Kinds of organisation, each ending the word before the name; 紙 and 誌 are a newspaper and a magazine.
# 株式会社 is part of the name after it (株式会社ミクシィ), as the tagger reads it.
_KIND = re.compile(
    r"(?:団体|組織|政党|企業|(?<!株式|有限|合同|合資|合名)会社|勢力|過激派|武装集団|集団|大手|通信社|新聞社|放送局|航空|紙|誌)"
    r"[・\s]?(?P<name>[\u30a1-\u30faー]{2,}(?:[・=＝][\u30a1-\u30faー]+)*"
    r"|[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)*)"
    r"(?![\u30a1-\u30faーA-Za-z])"
)


def kind_named_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """ORG mentions for katakana or Latin names right after the word for a kind of organisation."""
    out = []
    for match in _KIND.finditer(folded):
        start, end = match.span("name")
        index = index_at.get(start)
        if index is None:
            continue  # the name must begin a token: 組織|ぐるみ yes, 会社員 no
        common = False
        while index < len(tokens) and tokens[index].start < end:
            token = tokens[index]
            if token.end > end:
                common = True  # the name ends inside a word
                break
            if token.surface not in "・=＝" and not token.unknown and not token.surface[0].isascii() \
                    and ",固有名詞," not in token.pos:
                common = True  # 団体ツアー, 企業イメージ: a word UniDic knows
                break
            index += 1
        if not common:
            out.append(Mention(start, end, "", "ORG", source="title"))
    return out
