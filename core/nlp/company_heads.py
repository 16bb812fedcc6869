"""A name that ends in the head of a company's name (…ホールディングス, …コーポレーション, …インベストメント) is a company.

Company names in katakana or Latin letters often end in an English corporate word: the plural and
corporate forms ホールディングス, コミュニケーションズ, テクノロジーズ, パートナーズ, and インベストメント,
コーポレーション, パブリッシング. The tagger reads some of them as a person (エムディエヌコーポレーション) and
leaves others unread (センテニアル・インベストメント, and a name UniDic does not know glued to its head:
エムディエヌコーポレーション); the head says what the name is. Words that end a genre
as well as a company (ファンタジー・エンターテインメント) and a kind of company (リーディングカンパニー) are no
such heads.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter, methodcaller

from core.model import Mention
from core.nlp.tokens import Token

HEADS = {"ホールディングス", "ホールディングズ", "コーポレーション", "コミュニケーションズ", "テクノロジーズ", "インベストメント",
         "インベストメンツ", "パブリッシング", "エレクトロニクス", "ネットワークス", "システムズ", "パートナーズ", "アソシエイツ",
         "ピクチャーズ", "フィルムズ", "ソリューションズ", "インダストリーズ", "ラボラトリーズ"}
_ENDS_IN_HEAD = re.compile(r"[\u30a1-\u30faーA-Za-z0-9・]*(?:" + "|".join(sorted(HEADS, key=len, reverse=True)) + ")")
_ENDS_WITH_HEAD = methodcaller("endswith", tuple(HEADS))
_surface = itemgetter(2)
_WORD = re.compile(r"[\u30a1-\u30faーA-Za-z0-9&]+")
_JOINERS = ("・", "=", "＝")
# A letter before a name's first word that makes the name part of a longer word (a kanji name before it is read
# by the other rules: 富士通モバイルコミュニケーションズ).
_NAME_GOES_ON = re.compile(r"[\u30a1-\u30faーA-Za-z0-9\u4e00-\u9fff々]")


def with_company_heads(folded: str, chosen: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The mentions (sorted), a person or a place whose name ends in a company's head read as the company, and
    the names ending in one that no mention covers added."""
    if not any(map(folded.__contains__, HEADS)):
        return chosen  # most articles write no head: found in C, no token looked at
    # a head is a word of its own or ends an unknown word: the words ending in one are picked in C first
    heads = [i for i in compress(count(), map(_ENDS_WITH_HEAD, map(_surface, tokens)))
             if tokens[i].surface in HEADS or tokens[i].unknown and _ENDS_IN_HEAD.fullmatch(tokens[i].surface)]
    if not heads:
        return chosen
    out = [Mention(m.start, m.end, "", "ORG", source="compound")  # the person's or the place's entity is not it
           if m.type in ("PERSON", "GPE", "LOC") and _ENDS_IN_HEAD.fullmatch(folded, m.start, m.end) else m
           for m in chosen]
    covered = bytearray(len(folded) + 1)
    for m in chosen:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    added = []
    for index in heads:
        token = tokens[index]
        if covered[token.start]:
            continue
        first = index
        while first and tokens[first - 1].end == tokens[first].start and not covered[tokens[first - 1].start]:
            before = tokens[first - 1]
            if _WORD.fullmatch(before.surface):
                first -= 1
            elif before.surface in _JOINERS and first >= 2 and _WORD.fullmatch(tokens[first - 2].surface) \
                    and tokens[first - 2].end == before.start:
                first -= 2
            else:
                break
        start = tokens[first].start
        if first == index and token.surface in HEADS or start and _NAME_GOES_ON.match(folded[start - 1]):
            continue  # the head alone, or the end of a longer name
        added.append(Mention(start, token.end, "", "ORG", source="compound"))
    return sorted(out + added, key=lambda m: m.start) if added else out
