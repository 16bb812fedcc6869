"""Bodies named by what they do and the word for their kind (国際地震予知研究所, アラスカ津波警報センター,
海洋研究開発機構, 航空事故調査委員会, 相模原南署), and companies by their legal form (楽天株式会社).

A body news introduces by its field is written as a chain of common nouns (a place may open it) that ends in a
word for a kind of body. UniDic reads each word as a common noun, so no proper-noun rule sees the name, and the
registry holds only the best-known bodies: such a body, often the one who speaks (…研究所が発表した, …センターの
当局者は…と述べた), went unmarked. The chain is the name when:

- it starts where a word starts on its own (after a particle, a mark, a verb, the start of a line), never inside a
  longer name (a person's name or a number glued before it is read by the other rules: 山田|研究所);
- it holds at least three words before the kind word, or two when the first is a place (研究所, 経済研究所 and
  選挙管理委員会 name a kind every country has, 国際地震予知研究所 and アラスカ津波警報センター a body), none of them
  a person's name, a number, a day, nor a word pointing back (同, 当, 各: 同協会 is the body named before);
- for 機構, the word right before it names an activity (研究開発|機構, 情報処理推進|機構): 海洋|機構 is a mechanism;
- a station (署) or a bureau (局) is named after its place (相模原南|署, 渋谷|署, ドバイ政府観光|局): a chain no
  place opens names none (地元警察署, ケータイ専用放送局);
- a company's legal form after any name is the company (楽天|株式会社, ぷらっとホーム|株式会社), unless the name before
  it is an organisation already found (日本航空|株式会社 stays 日本航空, its registry entity).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import Token

# Kind words of a body, whole words of UniDic (研究所 is 研究|所, 委員会 委員|会).
_KINDS = ("研究所", "研究センター", "センター", "協会", "連盟", "連合会", "機構", "財団", "委員会", "審議会", "事業団", "公団",
          "公社", "署", "局", "党", "株式会社", "有限会社", "合同会社")
# Kinds named after their place alone (相模原南|署, 渋谷|署, 札幌国税|局): a chain no place opens names no station or
# bureau (地元警察署, ケータイ専用放送局, プラチナバンド対応基地局).
_AFTER_PLACE = frozenset(["署", "局"])
# Kinds two words name (幸福実現|党): a party's name is short.
_TWO_WORDS = frozenset(["党"])
# A company's legal form after its name: any name before it is the company's (楽天|株式会社, ぷらっとホーム|株式会社);
# a name the registry knows keeps its entity (日本航空|株式会社 is 日本航空).
_LEGAL_FORMS = frozenset(["株式会社", "有限会社", "合同会社"])
_KIND = re.compile("|".join(sorted(_KINDS, key=len, reverse=True)))
# Words that point back at a body named before or pick one of many (同協会, 各委員会): no name opens with them.
_POINTERS = frozenset(["同", "当", "本", "各", "両", "全", "他", "我が", "この", "その", "元", "前", "現", "旧", "新"])
# What may stand right before a name: anything but a noun, a prefix or an adjectival noun glued to it.
_GLUED = ("名詞", "接頭辞", "形状詞", "接尾辞")
# Words for a kind of company, written before its name (マーケティング会社|トレンダーズ株式会社): no part of it.
_COMPANY_KINDS = frozenset(["会社", "企業", "メーカー", "大手", "子会社", "社"])
# A katakana or Latin letter: a name written with spaces goes on over them (アドビ システムズ).
_SPACED_NAME_LETTER = re.compile(r"[\u30a1-\u30faーA-Za-z0-9]")
_LATIN = re.compile(r"[A-Za-z]")
# Marks joining the words of one name (ミス・ユニバース・ジャパン).
_JOINS = frozenset(["・", "=", "＝"])
_MIN_WORDS = 3
_MAX_WORDS = 6


def body_compound_mentions(folded: str, tokens: list[Token], index_at: dict, ends: set[int],
                           candidates: list[Mention]) -> list[Mention]:
    """ORG mentions for chains of common nouns ending in a body's kind word, and names before a company's legal
    form; candidates: the mentions found so far (a body the registry or the gazetteer knows is left to it, an
    organisation named before a legal form keeps its name)."""
    out = []
    known_ends = {m.end for m in candidates if m.source in ("gazetteer", "registry")}
    body_ends = {m.end for m in candidates if m.type == "ORG"}
    for kind in _KIND.finditer(folded):
        head = index_at.get(kind.start())
        if not head or kind.end() not in ends or kind.end() in known_ends:
            continue  # the kind is whole words (署名, センター試験 are other words)
        first = _chain_start(tokens, head, body_ends)
        if first is None:
            continue
        words, place_first = head - first, ",地名," in tokens[first].pos
        if kind.group() in _LEGAL_FORMS:
            if words < 1 or any(m.start == tokens[first].start and m.end == kind.start() and m.type == "ORG"
                                for m in candidates):
                continue
        elif kind.group() in _AFTER_PLACE:
            if not place_first:
                continue
        elif words < (2 if place_first or kind.group() in _TWO_WORDS else _MIN_WORDS):
            continue
        if kind.group() == "機構" and ",サ変可能" not in tokens[head - 1].pos:
            continue
        out.append(Mention(tokens[first].start, kind.end(), "", "ORG", source="compound"))
    return out


def _chain_start(tokens: list[Token], head: int, body_ends: set[int]) -> int | None:
    """The first word of the chain of nouns glued before tokens[head], None when the chain is glued to a longer
    name, opens with a word pointing back or a suffix, or is longer than a body's name. A suffix may stand inside
    the chain (太陽|光|発電協会, 静岡|市|消費生活センター). A body found before ends the chain: what follows is its
    part, named on its own (京都府警|八幡署, NHK|大阪放送局). A chain after a ・ is left to the name it ends
    (国立社会保障・人口問題研究所, ミス・ユニバース・ジャパン事務局)."""
    first = head
    while first > 0 and tokens[first - 1].end == tokens[first].start and tokens[first].start not in body_ends:
        word = tokens[first - 1]
        if _chain_word(word) or (_suffix_word(word) and first >= 2 and _chain_word(tokens[first - 2])):
            first -= 1
        else:
            break
    if head - first > _MAX_WORDS or (first < head and tokens[first].surface in _POINTERS):
        return None
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.end == tokens[first].start and before.pos.startswith(_GLUED) \
            and before.end not in body_ends and before.surface not in _COMPANY_KINDS:
        return None  # a name, a number or a prefix glued before: the chain is part of something longer
    if before is not None and before.end == tokens[first].start - 1 \
            and _SPACED_NAME_LETTER.fullmatch(before.surface[-1]) and _SPACED_NAME_LETTER.fullmatch(tokens[first].surface[0]):
        return None  # アドビ |システムズ株式会社, ハーゲンダッツ |ジャパン株式会社: a name written with a space goes on
    if before is not None and before.surface in _JOINS and first >= 2 and tokens[first - 2].end == before.start:
        return None  # ミス・ユニバース・|ジャパン事務局: a name joined by ・ goes on to the left
    return first


def _chain_word(token: Token) -> bool:
    """A word a body's name is built of: a common noun or a place, no person's name, number, day or kind word."""
    pos = token.pos
    if not pos.startswith("名詞") or token.surface in _KINDS or token.surface in _COMPANY_KINDS \
            or _LATIN.search(token.surface):
        return False  # (JOC|日本オリンピック委員会: an acronym glued before a name is its own)
    return not any(mark in pos for mark in (",人名,", ",数詞", ",助数詞", ",副詞可能"))


def _suffix_word(token: Token) -> bool:
    """A noun's suffix that stays inside a name (光, 市, 者), no counter nor a body's own (京都府|警|八幡署: the
    station of a police named before it)."""
    return token.pos.startswith("接尾辞,名詞的") and ",助数詞" not in token.pos and token.surface not in _KINDS \
        and token.surface not in _BODY_SUFFIXES


_BODY_SUFFIXES = frozenset(["警", "省", "庁", "署", "局", "軍", "党", "社", "部", "課", "院"])
