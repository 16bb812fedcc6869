"""A body's name written again without its kind word: 日刊スポーツ … 日刊によると, 楽天株式会社 … 楽天では,
株式会社伊勢丹 … 伊勢丹・武藤社長, OSIグループ … OSIの.

News names a company, a paper, a party or an association in full once and then by the name alone, dropping the word
that says its kind (株式会社, グループ, ホールディングス, 新聞, 通信, 社, 協会, 連盟, 党, 自動車, 製薬 …). The short
form is no word UniDic reads as a name (楽天 is optimism, 日刊 a daily) and the tagger, reading it without its head,
leaves it out, so a claim's holder or a meeting's side written so is lost. After the full name, the short form is
that body: an ORG of the full name's entity wherever it stands as a word of its own (and a short form another rule
read as a body takes that entity too, so the article's spellings group as one). A group's short name (OSI of
OSIグループ) is an ORG of its own: a company of the group as often as the group.

Guards: the full name comes first; the short form has two letters or more, is no place (東京新聞 gives no 東京), no
person's name alone (株式会社掛布 … 掛布 is the man), no word that only refers (同社), no product the article names
(アプリの妖精眼鏡), and begins no other body's name in the article (ソフトバンク of ソフトバンクグループ and
ソフトバンクモバイル). Each writing starts and ends on UniDic's token edges with no letter of a name glued to it (not
inside 東北楽天, 楽天市場, 毎日jp, Wi-Fi), and no other mention on it save a person or a place only the tagger or
UniDic guessed. A short form of common words (楽天, 女性, 日刊) is the body only where a sentence opens on it with a
subject's particle after it (楽天では…), or where it is the source of a report (日刊によると, 産経と日刊によると);
never inside a sentence otherwise (女性の候補者, 共同で).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from core.model import Mention
from core.nlp.company_evidence import written_as_product
from core.nlp.company_names import DROPPED_KIND
from core.nlp.linking import found_id
from core.nlp.text_index import Occurrences
from core.nlp.tokens import Token, tokenize
from core.text import sentence_start

# The kind words a body's full name ends in beside those of companies and broadcasters (DROPPED_KIND); an agency's
# 通信 after kanji only (時事通信, 共同通信): after katakana or letters it is a kind of connection (LTE通信, スマホ通信).
_KIND_AFTER = re.compile(r"(?:株式会社|有限会社|合同会社|新聞社|新聞|(?<=[\u4e00-\u9fff々])通信(?:社)?|スポーツ|社|協会|連盟|党)$")
_LEGAL_BEFORE = ("株式会社", "有限会社", "合同会社")
# The words of a group of companies: its short name is a body (ORG), but maybe one company of the group rather than
# the group (ボーダフォン of ボーダフォングループ is its Japanese arm in a report of its sale), so no entity is shared.
_GROUP = re.compile(r"(?:グループ|ホールディングス|HD)(?:株式会社)?$")
# A letter of a name: one glued to the short form makes it part of a longer name.
_NAME_LETTER = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faーA-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆]")
# Marks that join the Latin letters of one name (Wi-Fi, Yahoo.co.jp).
_JOINERS = "-.'_/"
# Dots that join the katakana words of one name (カンタス・フリークエントフライヤー, ジョン=スミス).
_DOTS = "・=＝"
_KATAKANA = re.compile(r"[\u30a1-\u30faー]")
# Words that only refer to a body named before or count bodies (同社, 当社, 各社, 両党): no short form begins so.
_REFERRING = tuple("同当各両本自他前元現全諸")
# What follows a body opening its sentence as the subject or the source of what is told.
_SUBJECT_AFTER = re.compile(r"(?:は|が|では|でも|も|と(?:の)?|によると|によれば|側)")
# A source a report comes from, alone or first of a list of sources (日刊によると, 産経と日刊によると, 読売、朝日によると).
_SOURCE_AFTER = re.compile(r"(?:[と・、][^。、\n「」]{1,12}?)?(?:によ(?:ると|れば)|の報道|が(?:報じ|伝え))")
# Words a sentence may open with before its subject (また、日刊によると).
_OPENING = re.compile(r"[ 　「]*(?:(?:また|一方|さらに|なお)、?)?")
_GUESSES = ("tagger", "unidic")


def shortened_body_names(folded: str, chosen: list[Mention], starts: dict, ends: set) -> list[Mention]:
    """chosen (in order) with an ORG mention of the full name's entity for each later writing of a body's name
    without its kind word (see the module's docstring). starts: a token's index by its start; ends: tokens' ends."""
    shorts = _shortened(folded, chosen)
    if not shorts:
        return chosen
    taken = bytearray(len(folded) + 1)
    for mention in chosen:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    by_span = {(m.start, m.end): m for m in chosen}
    occurrences = Occurrences(folded, starts)
    added, replaced, relinked = [], set(), {}
    entities: dict[str, str] = {}  # each short form → the full name's entity
    for short, (after, full) in shorts.items():
        if written_as_product(folded, short):
            continue  # 妖精眼鏡株式会社 … アプリの妖精眼鏡: the product the company is named after
        common = _common(short)
        full_name = folded[full.start : full.end]
        entity_id = None  # a group's or a holding's short name (阪急 of 阪急ホールディングス) may be a company of it
        if not _GROUP.search(full_name):
            entity_id = entities[short] = full.entity_id or found_id("ORG", full_name)
        for position in occurrences.after(short, after):
            end = position + len(short)
            if end not in ends or not _alone(folded, position, end):
                continue
            there = by_span.get((position, end))
            if there is not None and there.type == "ORG":
                continue  # read as a body already: given the full name's entity below
            if any(taken[position:end]) and not (there is not None and there.source in _GUESSES
                                                 and there.entity_id is None and there.type in ("PERSON", "LOC", "GPE")):
                continue
            if common and not (_opens_as_subject(folded, position, end) or _SOURCE_AFTER.match(folded, end)):
                continue
            added.append(Mention(position, end, "", "ORG", entity_id, source="compound"))
            taken[position:end] = b"\x01" * len(short)
            if there is not None:
                replaced.add(id(there))
    # the short form another rule read as a body, before the full name too (株式会社楽天 … 楽天): the full name's entity,
    # so that one spelling is one entity in the whole article
    for m in chosen:
        if m.type == "ORG" and m.entity_id is None and folded[m.start : m.end] in entities:
            relinked[id(m)] = replace(m, entity_id=entities[folded[m.start : m.end]])
    if not added and not relinked:
        return chosen
    kept = [relinked.get(id(m), m) for m in chosen if id(m) not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


def _shortened(folded: str, chosen: list[Mention]) -> dict[str, tuple[int, Mention]]:
    """Each short form of a body the article names in full → (where the full name first ends, its mention). A short
    form that begins the names of two bodies (ソフトバンク of ソフトバンクグループ and ソフトバンクモバイル, 毎日 of
    毎日新聞 and 毎日放送) names neither for sure and is left out, as is one the article writes as a place."""
    bodies: dict[str, str] = {}  # each body's name → its entity (its name where it has none yet)
    for m in chosen:
        if m.type == "ORG":
            name = folded[m.start : m.end]
            bodies.setdefault(name, m.entity_id or name)
    names = sorted(bodies)
    places = {folded[m.start : m.end] for m in chosen if m.type in ("GPE", "LOC")}
    shorts: dict[str, tuple[int, Mention]] = {}
    for mention in chosen:
        if mention.type == "ORG":
            for short in _short_forms(folded[mention.start : mention.end]):
                if short not in places:
                    shorts.setdefault(short, (mention.end, mention))
    return {short: found for short, found in shorts.items()
            if len({bodies[name] for name in _beginning_with(names, short) if name != short}) <= 1}


def _beginning_with(names: list[str], head: str) -> Iterator[str]:
    """The names (sorted) that begin with head, found by bisection."""
    for name in names[bisect_left(names, head) :]:
        if not name.startswith(head):
            return
        yield name


@lru_cache(maxsize=4096)  # the same names come back in every article
def _short_forms(name: str) -> tuple[str, ...]:
    """The name without its kind word after it (日刊スポーツ → 日刊) or its legal form before it (株式会社楽天 → 楽天):
    two letters or more, no separator, no referring word, no place."""
    out = []
    for kind in (_KIND_AFTER.search(name), DROPPED_KIND.search(name)):
        if kind is not None:
            out.append(name[: kind.start()])
    out += [name[len(form) :] for form in _LEGAL_BEFORE if name.startswith(form)]
    return tuple(dict.fromkeys(short for short in out if _may_be_short(short)))


def _may_be_short(short: str) -> bool:
    """A stem that can name a body alone: two letters or more, a name's letters only, not a referring word, not
    a place UniDic knows (東京, 中国, 日本), not a person's name alone (株式会社掛布 … 掛布 is the man), not an
    adjective's form (国際的)."""
    if len(short) < 2 or short.startswith(_REFERRING) or not all(_NAME_LETTER.match(c) for c in short):
        return False
    tokens = _tokens(short)
    return not any(",地名," in token.pos for token in tokens) and not all(",人名," in token.pos for token in tokens) \
        and not tokens[-1].pos.startswith("接尾辞,形状詞的")  # 国際的 of a tagger's 国際的テレビ: a word's form, no name


@lru_cache(maxsize=4096)
def _tokens(short: str) -> tuple[Token, ...]:
    return tuple(tokenize(short))


def _common(short: str) -> bool:
    """The short form alone is words UniDic knows as common nouns (楽天, 女性, ママ|友)."""
    return all(not token.unknown and token.pos.startswith("名詞,普通名詞") for token in _tokens(short))


def _alone(folded: str, start: int, end: int) -> bool:
    """No letter of a name glued on either side (東北楽天, 楽天市場, 大阪MK, 毎日jp), nor one joined by a mark
    (Wi-Fi), nor katakana joined by a dot to katakana (カンタス・フリークエントフライヤー; 読売・毎日 is a list)."""
    left = start - 1 - (start >= 2 and folded[start - 1] in _JOINERS)
    right = end + (end < len(folded) and folded[end] in _JOINERS)
    if (left >= 0 and _NAME_LETTER.match(folded, left)) or _NAME_LETTER.match(folded, right):
        return False
    return not (_KATAKANA.match(folded, start) and start >= 2 and folded[start - 1] in _DOTS
                and _KATAKANA.match(folded, start - 2)) \
        and not (_KATAKANA.match(folded, end - 1) and folded[end : end + 1] in _DOTS and end < len(folded)
                 and _KATAKANA.match(folded, end + 1))


def _opens_as_subject(folded: str, start: int, end: int) -> bool:
    """The word opens its sentence (after spaces, a bracket or a linking word: また、) and a subject's particle
    follows it."""
    opening = sentence_start(folded, start)
    return _OPENING.fullmatch(folded, opening, start) is not None and bool(_SUBJECT_AFTER.match(folded, end))
