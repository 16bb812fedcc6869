"""What the words of a tagger's span read as, by UniDic: a person's name, a surname before a title, a foreign
name, a body's head or an office after it, a place, a count of things, a phrase."""

from __future__ import annotations

import re

from core.nlp.offices import office_after
from core.nlp.tokens import Token, last_within, pos_positions

# Written before an office (在日ペルー大使, 駐米日本大使): where the post is, no part of the name before it.
_POSTED_IN = re.compile(r"[在駐][\u4e00-\u9fff]")
# Heads of a public body's name written as a word of their own after its field (…交通|局, …港湾|公社).
_BODY_HEADS = ("局", "庁", "公社", "公団", "機構", "委員会", "協会", "事業団", "組織")


def names_a_person(tokens: list[Token], index_at: dict, start: int, end: int, whole: bool = False) -> bool:
    """Whether the tokens from start to end read as a person's name: whole tokens, one of them a name UniDic
    knows (whole: all of them, so クレヨンしん|ちゃん, a title, is none)."""
    index = index_at.get(start)
    if index is None or end - start < 2:
        return False
    named = False
    while index < len(tokens) and tokens[index].end <= end:
        if whole and ",人名," not in tokens[index].pos:
            return False
        named = named or ",人名," in tokens[index].pos
        if tokens[index].end == end:
            return named
        index += 1
    return False


# Titles of the head of a company or a body, after their surname (…田中社長).
_HEAD_AFTER = re.compile(r"(?:前|元|新|現)?(?:社長|副社長|会長|副会長|頭取|専務|常務|理事長|最高経営責任者|CEO)")


def surname_at_end(folded: str, tokens: list[Token], index_at: dict, start: int, end: int) -> int | None:
    """Where a surname that ends a span begins when a title follows the span and a word that is no name
    comes before the surname (グリー|田中|社長): the span is a body and its head's surname, not one name."""
    if not (_HEAD_AFTER.match(folded, end) or office_after(folded, end)):
        return None
    index = index_at.get(start)
    if index is None:
        return None
    index = last_within(tokens, index, end)
    last, before = tokens[index], tokens[index - 1] if index else None
    if last.end != end or ",人名,姓" not in last.pos or before is None or before.end != last.start \
            or last.start - start < 2 or ",人名," in before.pos or ",地名," in before.pos:
        return None
    return last.start


_KATAKANA_NAME = re.compile(r"[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*")


def foreign_name(folded: str, tokens: list[Token], index_at: dict, start: int, end: int) -> bool:
    """Whether a katakana run of whole tokens reads as a foreign name before a title (ダクラッラー|情報相): one
    of its words is unknown to UniDic or a proper noun, and none is a place (アフリカ|連合委員長 is a body)."""
    index = index_at.get(start)
    if index is None or not _KATAKANA_NAME.fullmatch(folded, start, end):
        return False
    inside = []
    while index < len(tokens) and tokens[index].end <= end:
        inside.append(tokens[index])
        index += 1
    if not inside or inside[-1].end != end or any(",地名," in t.pos for t in inside):
        return False
    return any(t.unknown or ",固有名詞," in t.pos for t in inside)


def body_head_after(tokens: list[Token], index_at: dict, start: int, end: int) -> int | None:
    """Where a body's name ends when the span stops at a common noun right before a body's head (…交通|局)."""
    index = index_at.get(start)
    if index is None:
        return None
    index = last_within(tokens, index, end)
    last = tokens[index]
    if last.end != end or index + 1 >= len(tokens) or ",普通名詞," not in last.pos or last.start == start:
        return None
    head = tokens[index + 1]
    return head.end if head.start == end and head.surface in _BODY_HEADS else None


def office_at_end(folded: str, index_at: dict, start: int, end: int) -> int | None:
    """Where an office that ends the span begins (…|在日ペルー大使, …|国連事務総長), after two characters at least."""
    for position in range(start + 2, end - 1):
        if position not in index_at:
            continue
        posted = _POSTED_IN.match(folded, position)
        found = office_after(folded, posted.end() if posted else position)
        if found is not None and found.end() == end:
            return position
    return None


def place_word(tokens: list[Token], index_at: dict, start: int, end: int) -> str | None:
    """GPE or LOC when folded[start:end] is one word UniDic knows as a place name only (not also a surname)."""
    index = index_at.get(start)
    if index is None or tokens[index].end != end or ",固有名詞,地名," not in tokens[index].pos:
        return None
    return "GPE" if ",地名,国," in tokens[index].pos else "LOC"


def read_as_names(tokens: list[Token]) -> set[str]:
    """The words UniDic reads as a person's name somewhere in the article (難波祐樹 … 難波は4位): a name
    itself, or a word a name follows without a gap. One pass over the article, looked up per span."""
    named = pos_positions(tokens, ",人名,")  # the few name tokens, picked in C
    out = {tokens[index].surface for index in named}
    out.update(tokens[index - 1].surface for index in named if index and tokens[index - 1].end == tokens[index].start)
    return out
# Counters a name is numbered by (ラムセス2世, 22代竹縄親方, 3代目): a ruler's or a house's succession.
_SUCCESSION = frozenset(("世", "代", "代目", "目"))


def counts_a_thing(tokens: list[Token], index_at: dict, start: int, end: int) -> bool:
    """Whether a digit in the span counts a thing: a number in digits followed by a common noun (2|ラン,
    2|打席, 1|号) that is no counter of succession. A person's name holds no such count."""
    index = index_at.get(start)
    if index is None:
        return False
    while index + 1 < len(tokens) and tokens[index + 1].end <= end:
        token, after = tokens[index], tokens[index + 1]
        if token.pos.startswith("名詞,数詞") and token.surface[:1].isdigit() and \
                after.pos.startswith("名詞,普通名詞") and after.surface not in _SUCCESSION:
            return True
        index += 1
    return False


def a_phrase(surface: str) -> bool:
    """Latin words most of which begin in lower case are a phrase (I would say yes), not a name (Bank of Japan)."""
    if not surface.isascii():
        return False  # most spans are Japanese: not split into words
    words = surface.split()
    if len(words) < 2:
        return False
    lower = sum(word[0].islower() for word in words)
    return lower > len(words) - lower


def holds_a_name(tokens: list[Token], index_at: dict, start: int, end: int, strict: bool = False) -> bool:
    """A learned span needs a proper noun, an unknown word, katakana, Latin or digits in it (貿易戦争 has none).

    strict (events): a proper noun, Latin or digits; katakana alone is a common word (反政府デモ).
    """
    index = index_at.get(start)
    while index is not None and index < len(tokens) and tokens[index].start < end:
        token = tokens[index]
        first = token.surface[0]
        if ",固有名詞," in token.pos or first.isascii():
            return True
        if not strict and (token.unknown or "\u30a1" <= first <= "\u30fa"):
            return True
        index += 1
    return False
