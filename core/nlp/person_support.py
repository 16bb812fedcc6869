"""What in an article supports reading a name as a person's, and what says it names a class of things instead.

The tagger reads each occurrence of a name in its own context; before a name is spread through the article
(its surname alone, the name written again) or retyped as a person, these say whether more than that guess
reads it so: a name in parts, a rule's or UniDic's reading, a title, honorific, role or age beside it; or
whether it is a common word UniDic knows or ends in a class head (鳥インフルエンザ, ネット証券).
"""

from __future__ import annotations

import re
import threading

from core.model import Mention
from core.nlp.offices import HONORIFICS, OFFICE_BEFORE_NAME, PRIVATE_TITLES, office_after
from core.nlp.tokens import Token, last_within

SEPARATORS = "・=＝"
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
    if any(separator in name for separator in SEPARATORS) or mention.source not in ("tagger",) or _NAME_MARK.search(name):
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


def guessed_thing(folded: str, name: str, mention: Mention, tokens: list[Token] | None, index_at: dict | None) -> bool:
    """Whether a name only the tagger reads as a person's ends in a common word UniDic knows, with no title, honorific
    or age next to it: a race, a shrine or a team named after a place (出雲|駅伝, 中山|競馬), whose first word is
    no one's surname (出雲大社 after 出雲駅伝)."""
    if mention.source != "tagger" or tokens is None or index_at is None or mention.start not in index_at \
            or any(separator in name for separator in SEPARATORS):
        return False  # a name in parts is a person's shape whatever its last word means (タイソン・ゲイ)
    first = index_at[mention.start]
    last = last_within(tokens, first, mention.end)
    head = tokens[last]
    # a person's role read into the name (田辺|騎手) is no common word ending a thing's name
    return last > first and not head.unknown and head.pos.startswith("名詞,普通名詞") \
        and not folded.startswith(_PERSON_AFTER, head.start) and not person_next_to(folded, name)
