"""Sports clubs named by their city, nickname or sponsor: 横浜戦, 香川真司（ドルトムント）, フライブルクvsドルトムント.

Reports of team sports name a club by its city (横浜, 鹿島), its sponsor or its
nickname (ソフトバンク, ヴェルディ), words the gazetteer knows as a place and the
tagger reads as a person or a place. The article itself says which of its names
are teams: a name before 戦 (a match against it), on either side of 対, vs or ×,
in brackets after a player (香川真司（ドルトムント）), before 球団, before its staff
(…の監督, …の選手, …のサポーター), or before a transfer (…へ移籍, …に入団, …から移籍).
The twelve clubs of Japan's professional baseball are named by their short names
(巨人, 阪神, 広島) in an article about baseball. Once a name is a team there, it is the team
wherever else the article writes it as a city or as a person no rule vouched for.

Only articles about team sports are read (試合, 球団, リーグ, サポーター); a
country stays the country (a national team named by its country is the GPE), and a
name the article gives as a person (フアン・カルロス・ブルゴス, ブルゴス選手) is no team.
A club and a player joined by ・ (楽天・岩隈) are two names when the first is a club, and a club's span ends
before the word for a transfer (サウサンプトンFC|入団).
"""

from __future__ import annotations

import re

from core import scan
from core.model import Mention
from core.nlp.person_support import common_word
from core.nlp.short_forms import short_forms
from core.nlp.tokens import Token
from core.registry import Registry

_TEAM_SPORT = re.compile(r"試合|球団|リーグ|サポーター")
# A match against a side: 横浜戦, フライブルク戦 (not 戦争, 戦略, 戦力 …; 戦後 and 戦で are the match).
_MATCH = re.compile(r"戦(?:(?![\u4e00-\u9fff])|(?=[後前目中]))")
# What stands between two sides of a match: 対, vs or × (the text read is folded: ＶＳ and ｖｓ are VS and vs);
# one name the tagger read across the two sides holds vs or × (対 is a word of its own).
_VERSUS_WORD = r"vs\.?|VS\.?|×"
_VERSUS = re.compile(rf"\s*(?:対|{_VERSUS_WORD})\s*")
_VERSUS_INSIDE = re.compile(rf"\s*(?:{_VERSUS_WORD})\s*")
_VERSUS_BEFORE = re.compile(rf"(?:対|{_VERSUS_WORD})\s*$")
# A transfer names the club on its other side: …へ移籍, …に入団, …から移籍, …と契約 (not …入り: ロンドン入り).
_TRANSFER_AFTER = re.compile(r"(?:への?|に|からの?|と)?(?:移籍|入団|退団|復帰|契約)")
# A club's staff and supporters after の: ヴェルディの監督, レッチェのサポーター (not 選手生命); only after a
# katakana name (宮崎の監督 is a film's director).
_CLUB_STAFF = re.compile(r"の(?:監督|選手|サポーター|本拠地|ホームスタジアム|主将|エース|GK|FW|MF|DF)(?![\u4e00-\u9fff])")
# The word for a club after its name, not before an office of it (桃井恒和|球団社長 is the person).
_CLUB_WORD = re.compile(r"球団(?![\u4e00-\u9fff\u30a1-\u30faー])")
_TRANSFER_WORD = re.compile(r"(?:入団|移籍|退団|ファン)$")
# Words right after a name that make it a person's.
_PERSON_AFTER = re.compile(r"(?:氏|さん|選手|投手|捕手|内野手|外野手|監督|コーチ|容疑者|被告|君|ちゃん|夫妻|本人)")
# The twelve clubs of Japan's professional baseball by the short names reports give them; the ones
# that are also a place or a common word (巨人, 広島) are clubs only in an article about baseball.
_NPB_SHORT = re.compile(r"(?<![\u4e00-\u9fff])(?:巨人軍?|阪神|中日|広島|横浜|ヤクルト|西武|ロッテ|楽天|オリックス"
                        r"|ソフトバンク|日本ハム|日ハム|DeNA)(?=[戦・、。のはがとにをも]|$)")
_BASEBALL = re.compile(r"プロ野球|球団|セ・リーグ|パ・リーグ|本塁打|ホームラン|登板|先発投手|打率")
_KATAKANA = re.compile(r"[\u30a1-\u30faー・]{2,}")
# A place named with its unit (栃木県, 川崎市) is the place, never a club's short name.
_ADMINISTRATIVE = re.compile(r"[都道府県州市町村区郡]$")
_CLUB_TYPES = ("PERSON", "LOC", "ORG", "EVENT")
_RETYPED_SOURCES = ("tagger", "unidic")


def clubs_in_context(folded: str, chosen: list[Mention], registry: Registry, tokens: list[Token],
                     index_at: dict) -> list[Mention]:
    """The mentions, with the names an article about team sports uses as clubs made ORG mentions."""
    if _TEAM_SPORT.search(folded) is None:
        return chosen
    chosen = _baseball_clubs(folded, _split_sides(folded, chosen))
    people = _people(folded, chosen)
    countries = {folded[m.start : m.end] for m in chosen if m.type == "GPE"}
    country = lambda name: next((i for i in registry.named(name) or () if i.startswith("country:")),  # noqa: E731
                                "" if name in countries else None)
    person_ends = {m.end for m in chosen if m.type == "PERSON"}
    clubs = {folded[m.start : m.end] for m in chosen if m.type in _CLUB_TYPES and _club_context(folded, m, person_ends)
             and not common_word(tokens, index_at, m.start, m.end)}  # 澤穂希（サッカー）: the sport, no club
    clubs = {c for c in clubs - people if len(c) >= 2 and country(c) is None and not _ADMINISTRATIVE.search(c)}
    out = []
    for m in chosen:
        name = folded[m.start : m.end]
        if m.type == "EVENT" and name.endswith("戦") and name[:-1] in clubs:
            m = Mention(m.start, m.end - 1, "", "ORG", source=m.source, confidence=m.confidence)  # フライブルク|戦
        elif name in clubs and (m.type == "LOC" or m.type == "PERSON" and m.source in _RETYPED_SOURCES
                                and m.entity_id is None):
            m = Mention(m.start, m.end, "", "ORG", source=m.source, confidence=m.confidence)
        out.append(m)
    named = {short for m in chosen if m.type == "PERSON"
             for short in short_forms(folded[m.start : m.end]) + (folded[m.start : m.end],)}
    return _split_players(folded, out, named - clubs, country, clubs)


def _baseball_clubs(folded: str, chosen: list[Mention]) -> list[Mention]:
    """The mentions, in an article about baseball, with the short names of Japan's baseball clubs ORG
    mentions: where no other mention stands (巨人は, 巨人軍, 巨人・原監督) and where a place was read (広島の)."""
    if _BASEBALL.search(folded) is None:
        return chosen
    spans = {match.span() for match in scan.finditer(_NPB_SHORT, folded)}  # tried only at its first letters
    taken = bytearray(len(folded) + 1)
    out = []
    for m in chosen:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        if m.type == "LOC" and (m.start, m.end) in spans:
            m = Mention(m.start, m.end, "", "ORG", source=m.source, confidence=m.confidence)
        out.append(m)
    out += [Mention(start, end, "", "ORG", source="title") for start, end in spans if not any(taken[start:end])]
    return sorted(out, key=lambda m: m.start)


def _split_sides(folded: str, chosen: list[Mention]) -> list[Mention]:
    """An organisation the tagger read across vs or × (フライブルクｖｓボルシア・ドルトムント): the two sides."""
    out = []
    for m in chosen:
        if m.type == "ORG" and m.source in _RETYPED_SOURCES:
            match = _VERSUS_INSIDE.search(folded, m.start, m.end)
            if match and match.start() - m.start >= 2 and m.end - match.end() >= 2:
                out.append(Mention(m.start, match.start(), "", "ORG", source=m.source, confidence=m.confidence))
                m = Mention(match.end(), m.end, "", "ORG", source=m.source, confidence=m.confidence)
        out.append(m)
    return out


def _club_context(folded: str, m: Mention, person_ends: set[int]) -> bool:
    """A name the text uses as a side of a match, a player's club or a transfer's other end."""
    before = folded[max(0, m.start - 4) : m.start]
    if _MATCH.match(folded, m.end) or _VERSUS.match(folded, m.end) or _VERSUS_BEFORE.search(before):
        return True
    if _CLUB_WORD.match(folded, m.end) or _TRANSFER_AFTER.match(folded, m.end):
        return True
    if _CLUB_STAFF.match(folded, m.end) and _KATAKANA.fullmatch(folded, m.start, m.end):
        return True
    return m.type == "PERSON" and m.source in _RETYPED_SOURCES and _player_bracket(folded, m, person_ends)


def _player_bracket(folded: str, m: Mention, person_ends: set[int]) -> bool:
    """A name in brackets alone right after another name (香川真司（ドルトムント））, in katakana or Latin letters."""
    if m.start < 2 or folded[m.start - 1] not in "(（" or folded[m.end : m.end + 1] not in (")", "）"):
        return False
    return re.fullmatch(r"[\u30a1-\u30faーA-Za-z・]{2,}", folded[m.start : m.end]) is not None \
        and m.start - 1 in person_ends  # 無安打無得点試合(ノーヒットノーラン) is no player's club


def _people(folded: str, chosen: list[Mention]) -> set[str]:
    """Names the article gives as people: the last part of a name in parts, a name before a person's word."""
    out = set()
    person_ends = {p.end for p in chosen if p.type == "PERSON"}  # built once: a lookup per name, not a scan
    for m in chosen:
        name = folded[m.start : m.end]
        if m.type == "PERSON" and "・" in name:
            out.add(name.rsplit("・", 1)[1])
        if m.type in ("PERSON", "LOC") and _PERSON_AFTER.match(folded, m.end):
            out.add(name)
        if m.start and folded[m.start - 1] == "・" and m.start - 1 in person_ends:
            out.add(name)  # フアン・カルロス|・|ブルゴス: the person's last part read alone
    return out


def _split_players(folded: str, chosen: list[Mention], people: set[str], country, clubs: set[str]) -> list[Mention]:
    """A club and a player joined by ・ read as one name (楽天・岩隈): the club and the person; a country and
    its club (オランダ・VVVフェンロー): the country and the club; a club's span with a transfer's word on it
    (サウサンプトンFC入団, 広島ファン) ends before the word."""
    out = []
    for m in chosen:
        name = folded[m.start : m.end]
        if m.type == "ORG" and m.source in _RETYPED_SOURCES:
            word = _TRANSFER_WORD.search(name)
            if word and word.start() >= 2:
                m = Mention(m.start, m.start + word.start(), "", "ORG", source=m.source, confidence=m.confidence)
            elif "・" in name and name.index("・") >= 1 and len(name) - name.index("・") > 2:
                cut = m.start + name.index("・")
                first, rest = name.split("・", 1)
                if rest in people and (first in clubs or _NPB_SHORT.fullmatch(first)):
                    out.append(Mention(m.start, cut, "", "ORG", source=m.source, confidence=m.confidence))
                    m = Mention(cut + 1, m.end, "", "PERSON", source=m.source, confidence=m.confidence)
                elif country(first) is not None:
                    out.append(Mention(m.start, cut, "", "GPE", country(first) or None, source=m.source,
                                       confidence=m.confidence))
                    m = Mention(cut + 1, m.end, "", "ORG", source=m.source, confidence=m.confidence)
        out.append(m)
    return out
