"""Canonical entities for names the gazetteer lacks, so that mentions of one name group together.

A new name gets the id ``found:TYPE:NAME``: the same name in any article gives
the same id, so the entities panel, the claims summary and the article filter
group it like a registry entity. Inside an article, a surname after the full
name (ユリア・ティモシェンコ … ティモシェンコ前首相, 李明博 … 李大統領) and a reading
in brackets (金大中(キム・デジュン)) take the full name's id; a surname alone that a known person's
title linked elsewhere (李首相 → 李強) takes the full name the article writes (李洛淵) instead.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from functools import lru_cache

from core.model import Mention
from core.nlp.offices import HONORIFICS, OFFICE_BEFORE_NAME, PRIVATE_TITLES, office_after
from core.nlp.text_index import Occurrences
from core.nlp.tokens import Token, last_within
from core.registry import FOUND_PREFIX

_LINKED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW")
_SEPARATORS = "・=＝"
# Heads of words that name a class of things, never a person: diseases and what causes them
# (鳥インフルエンザ, トリインフルエンザウィルス), a company or body by its kind (…社, …株式会社), a product
# (…ワクチン). A name ending so is no person, whoever the tagger says it is.
CLASS_HEADS = ("インフルエンザ", "ウイルス", "ウィルス", "ワクチン", "感染症", "病", "症", "菌", "社", "株式会社",
               "会社", "銀行", "証券", "工業", "商事", "電機", "新聞", "放送", "大学", "病院", "空港", "港")
# Words next to a person's name only: honorifics and roles that are no office (the offices are matched on their own).
_PERSON_AFTER = HONORIFICS + ("さま", "様", "選手", "監督", "候補", "容疑者", "被告", "教授", "博士", "夫妻", "陣営",
                              "政権", "一家", "本人", "君", "ちゃん", "王子", "王女", "殿下", "陛下", "親王", "内親王", "親方",
                              "オーナー", "師", "牧師", "調教師", "騎手", "先生", "両エース", "エース")
# Ranks written before a name that is a person's alone (横綱朝青龍), and the late (故…).
_PERSON_BEFORE = ("横綱", "大関", "関脇", "小結", "故")
# Marks of a person's name in the name itself or right after it: an initial (F.アロンソ), a regnal
# number (テオフィロス3世), an age in brackets (露鵬(28歳), 関(60)).
_NAME_MARK = re.compile(r"^[A-Z][.．]|\d世$")
_AGE_AFTER = re.compile(r"[(（]\d{1,3}(?:歳|[)）])")
# What the passes below ask again of the article last read on this thread: the same spans and the same
# names, from two or three passes (the tagger's spans, the retyped short forms, the later short forms).
_recent = threading.local()


def found_id(kind: str, name: str) -> str:
    """The id of a name found in text, the same in every article."""
    return f"{FOUND_PREFIX}{kind}:{name}"


def _with_entity(m: Mention, entity_id: str) -> Mention:
    """The mention with its entity: dataclasses.replace written out for a plain Mention, in a fifth of the time."""
    if type(m) is not Mention:
        return replace(m, entity_id=entity_id)
    return Mention(m.start, m.end, m.text, m.type, entity_id, m.value, m.source, m.confidence, m.id, m.article_id,
                   m.origin, m.state, m.context, m.detached, m.annotator, m.created, m.updated)


def _final(m: Mention, entity_id: str | None, text: str) -> Mention:
    """A plain Mention with its entity and its text (a ShortForm's full name is not kept)."""
    return Mention(m.start, m.end, text[m.start : m.end], m.type, entity_id, m.value, m.source, m.confidence, m.id,
                   m.article_id, m.origin, m.state, m.context, m.detached, m.annotator, m.created, m.updated)


def link_new_names(folded: str, mentions: list[Mention], text: str | None = None) -> list[Mention]:
    """The mentions, each without an entity given an id of its own name (or of the full name it shortens).

    text: when given, every mention comes out a plain Mention holding its text (text[start:end]), made
    once with its entity rather than copied twice.
    """
    full_names: dict[str, str] = {}  # a surname or short form → the id of the full name seen before
    written = _full_names_written(folded, mentions)
    previous: Mention | None = None
    out: list[Mention] = []
    for mention in mentions:
        if mention.type not in _LINKED_TYPES:
            out.append(mention if text is None else _final(mention, mention.entity_id, text))
            previous = mention
            continue
        surface = folded[mention.start : mention.end]
        entity_id = mention.entity_id
        if mention.type == "PERSON" and surface in full_names and mention.source == "title":
            # 李明博 … 李大統領: the surname before a title is the person named in full before,
            # not whichever known holder of that surname the title fits
            entity_id = full_names[surface]
        elif mention.type == "PERSON" and surface in written and entity_id not in {i for _, i in written[surface]}:
            # 李首相 … 李洛淵首相: a surname alone is the person the article names in full, not another
            # known holder of that surname (李強) whom the article never names
            entity_id = _nearest(written[surface], mention.start)
        if entity_id is None:
            if mention.type == "PERSON" and previous is not None and previous.type == "PERSON" \
                    and previous.entity_id and folded[previous.end : mention.start] in ("(", "（") \
                    and folded[mention.end : mention.end + 1] in (")", "）"):
                entity_id = previous.entity_id  # 金大中(キム・デジュン): the reading of the name before
            elif mention.type == "PERSON" and surface in full_names:
                entity_id = full_names[surface]
            else:
                entity_id = found_id(mention.type, surface)
        if text is not None:
            mention = _final(mention, entity_id, text)
        elif entity_id != mention.entity_id:
            mention = _with_entity(mention, entity_id)
        if mention.type == "PERSON" and entity_id.startswith(FOUND_PREFIX):
            for short in short_forms(surface):
                full_names.setdefault(short, entity_id)
        out.append(mention)
        previous = mention
    return out


def _full_names_written(folded: str, mentions: list[Mention]) -> dict[str, list[tuple[int, str]]]:
    """Each short form (a kanji surname, a name's last part) → (start, id) of the full names it shortens."""
    written: dict[str, list[tuple[int, str]]] = {}
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        surface = folded[mention.start : mention.end]
        # a one-character surname begins a name of three (李洛淵), not of four (宇垣貴裕 is 宇垣's)
        shorts = [s for s in short_forms(surface) if len(s) > 1 or len(surface) == 3]
        if not shorts and _known_two_kanji(surface, mention.entity_id):
            shorts = [surface[:1]]  # 王毅外相 … 王氏は: a known person's one-character surname (李強 … 李氏)
        if shorts:
            entity_id = mention.entity_id or found_id("PERSON", surface)
            for short in shorts:
                written.setdefault(short, []).append((mention.start, entity_id))
    return written


def _known_two_kanji(name: str, entity_id: str | None) -> bool:
    """Whether a name is a person the registry knows written in two kanji (王毅, 李強, 朴振): a one-character surname
    and a given name, as Chinese and Korean names are, so the surname alone later in the article (王氏は) is them. A
    new name of two kanji is left alone: the tagger may have cut it from a longer one."""
    return len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name) \
        and bool(entity_id) and not entity_id.startswith(FOUND_PREFIX)


def _nearest(names: list[tuple[int, str]], position: int) -> str:
    """The id of the full name written last before position, else the first one after it."""
    before = [entity_id for start, entity_id in names if start < position]
    return before[-1] if before else names[0][1]


def common_word(tokens: list[Token], index_at: dict | None, start: int, end: int, whole: bool = True) -> bool:
    """Whether folded[start:end] is a word UniDic knows as a common noun (森, インフルエンザ, ライス), or ends
    in a class head (鳥インフルエンザ, ネット証券): a class of things, not a person's name.
    whole=False: the class heads alone."""
    if index_at is None or start not in index_at:
        return False
    memo = getattr(_recent, "words", None)
    if memo is None or memo[0] is not tokens:
        memo = _recent.words = (tokens, {})
    key = (start, end, whole)
    found = memo[1].get(key)
    if found is None:
        found = memo[1][key] = _common_word(tokens, index_at[start], end, whole)
    return found


def _common_word(tokens: list[Token], first: int, end: int, whole: bool) -> bool:
    """common_word for the word that begins with tokens[first]."""
    token = tokens[first]
    if token.end == end and whole and not token.unknown and token.pos.startswith("名詞,普通名詞"):
        return True
    last = last_within(tokens, first, end)
    if tokens[last].end != end:
        return False
    head = tokens[last]
    return not head.unknown and head.pos.startswith("名詞,普通名詞") and head.surface.endswith(CLASS_HEADS)


def person_supported(folded: str, name: str, mention: Mention, tokens: list[Token] | None = None,
                     index_at: dict | None = None) -> bool:
    """Whether the article supports reading name as a person: a name in parts (ジョージ・ウェア), a
    rule or the dictionary found it (a title, UniDic's person names), or a title, honorific or role
    stands next to one of its occurrences (アネルカ選手, 財務長官ベッセント, 横綱朝青龍), a person's marks
    (F.アロンソ, テオフィロス3世, 露鵬(28歳)), or UniDic reads its first word, in katakana, as a person's name."""
    if any(separator in name for separator in _SEPARATORS) or mention.source not in ("tagger",) or _NAME_MARK.search(name):
        return True
    if tokens is not None and index_at is not None and mention.start in index_at:
        first = index_at[mention.start]
        if tokens[first].pos.startswith("名詞,固有名詞,人名") and tokens[first].end <= mention.end \
                and all("\u30a1" <= c <= "\u30fc" for c in tokens[first].surface):
            return True  # UniDic knows the katakana name as a person's (ゴッホ); a kanji surname is also a place (山口組)
    memo = getattr(_recent, "names", None)
    if memo is None or memo[0] is not folded:
        memo = _recent.names = (folded, {})
    found = memo[1].get(name)
    if found is None:
        found = memo[1][name] = person_next_to(folded, name)
    return found


def person_next_to(folded: str, name: str) -> bool:
    """Whether a title, honorific, role or age stands next to one of name's occurrences in folded."""
    position = folded.find(name)
    while position >= 0:
        end = position + len(name)
        if folded.startswith(_PERSON_AFTER, end) or office_after(folded, end) or _AGE_AFTER.match(folded, end) \
                or folded.endswith(_PERSON_BEFORE, 0, position):
            return True
        before = OFFICE_BEFORE_NAME.search(folded, max(0, position - 12), end)
        if before and before.end("name") == end:
            return True
        position = folded.find(name, end)
    return False


def full_name_read(folded: str, name: str, mention: Mention, tokens: list[Token] | None = None,
                   index_at: dict | None = None) -> bool:
    """Whether more than a context's guess reads a name as a person's, so that its surname alone names them too:
    a rule's or the dictionary's reading; UniDic's name written once at least as a word of its own (秋田|魁 read
    as a name inside 秋田魁新報 is a newspaper's); the tagger's where UniDic reads its first word as a person's name
    and its last no common word, or a title, honorific or age stands next to it (its 出雲駅伝, 中山競馬, 東海大菅生,
    サルベージ・マイス are none of these)."""
    if mention.source == "unidic":
        return _written_alone(folded, name) or person_next_to(folded, name)
    if mention.source != "tagger":
        return True
    first = index_at.get(mention.start) if tokens is not None and index_at is not None else None
    if first is not None and ",人名," in tokens[first].pos:
        last = last_within(tokens, first, mention.end)
        if last == first or not tokens[last].pos.startswith("名詞,普通名詞"):
            return True  # 中山|競馬 ends in a common word: a race, no one's given name
    return person_next_to(folded, name)


_KANJI = re.compile(r"[\u4e00-\u9fff]")
_PRIVATE_TITLE = re.compile(PRIVATE_TITLES)


def _written_alone(folded: str, name: str) -> bool:
    """Whether one of name's occurrences ends the word: no kanji after it but a title's or an honorific's."""
    position = folded.find(name)
    while position >= 0:
        end = position + len(name)
        if not _KANJI.match(folded, end) or folded.startswith(_PERSON_AFTER, end) or office_after(folded, end) \
                or _PRIVATE_TITLE.match(folded, end):
            return True
        position = folded.find(name, end)
    return False


def _guessed_thing(folded: str, name: str, mention: Mention, tokens: list[Token] | None, index_at: dict | None) -> bool:
    """Whether a name only the tagger reads as a person's ends in a common word UniDic knows, with no title, honorific
    or age next to it: a race, a shrine or a team named after a place (出雲|駅伝, 中山|競馬), whose first word is
    no one's surname (出雲大社 after 出雲駅伝)."""
    if mention.source != "tagger" or tokens is None or index_at is None or mention.start not in index_at \
            or any(separator in name for separator in _SEPARATORS):
        return False  # a name in parts is a person's shape whatever its last word means (タイソン・ゲイ)
    first = index_at[mention.start]
    last = last_within(tokens, first, mention.end)
    head = tokens[last]
    # a person's role read into the name (田辺|騎手) is no common word ending a thing's name
    return last > first and not head.unknown and head.pos.startswith("名詞,普通名詞") \
        and not folded.startswith(_PERSON_AFTER, head.start) and not person_next_to(folded, name)


def later_short_forms(folded: str, chosen: list[Mention], starts: set, ends: set,
                      tokens: list[Token] | None = None) -> list[Mention]:
    """A new person's surname alone after the full name (長井健司さん … 長井の銃撃), or the name written
    again (アネルカ選手 … アネルカが): PERSON mentions.

    Names no registry entry holds, and a known person's full name (中川昭一) whose surname
    UniDic cuts where the title pass cannot read it (混入|中|川|農相); only two characters or
    more, only on token edges and where no other mention stands.
    """
    taken = bytearray(len(folded) + 1)
    occurrences = Occurrences(folded, starts)  # each name's places found once, not at each of its mentions
    walked_from: dict[str, set[int]] = {}  # each name's places looked at so far
    for mention in chosen:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    out = []
    for mention in chosen:
        if mention.type != "PERSON" or (mention.entity_id is not None and not (
                mention.entity_id.startswith("person:") and len(folded[mention.start : mention.end]) >= 3)):
            continue
        name = folded[mention.start : mention.end]
        if tokens is not None and common_word(tokens, starts, mention.start, mention.end):
            continue  # 鳥インフルエンザ read as a person once is not spread through the article
        again = (name,) if person_supported(folded, name, mention, tokens, starts) else ()
        shorts = () if _guessed_thing(folded, name, mention, tokens, starts) else short_forms(name)
        for short in shorts + again:  # the whole name written again counts too (アネルカ選手 … アネルカ)
            if len(short) < 2:
                continue
            walked = walked_from.setdefault(short, set())
            for position in occurrences.after(short, mention.end):
                if position in walked:
                    break  # walked on from here for an earlier mention: taken then, or no place for it then or now
                walked.add(position)
                end = position + len(short)
                inside_other = folded[end : end + 1] in _SEPARATORS or folded[position - 1 : position] in _SEPARATORS
                if position in starts and end in ends and not any(taken[position:end]) and not inside_other:
                    out.append(Mention(position, end, "", "PERSON", source="title"))
                    taken[position:end] = b"\x01" * len(short)
    return out


def short_forms_retyped(folded: str, chosen: list[Mention], tokens: list[Token] | None = None,
                        index_at: dict | None = None) -> list[Mention]:
    """The tagger's organisation or place that is a new person's surname written before: a PERSON.

    Only spans the tagger or UniDic alone found, after the full name: the last part of a name
    written in parts (ジョージ・ウェア … ウェア候補), or a kanji surname before a title
    (前原誠司 … 前原大臣).
    """
    shorts: dict[str, tuple[int, bool]] = {}
    for mention in chosen:
        name = folded[mention.start : mention.end]
        if mention.type == "PERSON" and mention.entity_id is None:
            if tokens is not None and common_word(tokens, index_at, mention.start, mention.end):
                continue
            parts = "・" in name or "=" in name or "＝" in name
            for short in short_forms(name):
                if len(short) >= 2:
                    shorts.setdefault(short, (mention.end, parts))
            if len(name) >= 2 and person_supported(folded, name, mention, tokens, index_at):
                shorts.setdefault(name, (mention.end, True))  # the same name again is the same person
    if not shorts:
        return chosen
    out = []
    for mention in chosen:
        text = folded[mention.start : mention.end]
        after, parts = shorts.get(text, (len(folded), False))
        if mention.source in ("tagger", "unidic") and mention.entity_id is None and mention.type in ("ORG", "LOC", "GPE") \
                and after <= mention.start and (parts or office_after(folded, mention.end)):
            mention = Mention(mention.start, mention.end, "", "PERSON", source=mention.source, confidence=mention.confidence)
        out.append(mention)
    return out


@lru_cache(maxsize=4096)  # the same names come back in every article and in each pass
def short_forms(name: str) -> tuple[str, ...]:
    """How a full name is shortened later in an article: its last part, a kanji surname, or a katakana surname
    before a kanji given name (ダルビッシュ of ダルビッシュ有)."""
    parts = [p for p in name.replace("＝", "・").replace("=", "・").split("・") if p]
    if len(parts) > 1:
        return (parts[-1],)
    if len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return (name[:1], name[:2])
    head = _KANA_SURNAME.match(name)
    return (head.group(0),) if head is not None else ()


_KANA_SURNAME = re.compile(r"[\u30a1-\u30faー]{3,}(?=[\u4e00-\u9fff]{1,2}$)")
