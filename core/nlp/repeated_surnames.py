"""People whose names UniDic does not know, read from the article repeating their surname with a title.

News writes a person's full name with a title once (土性沙羅選手, 八村敏志准教授, a rare surname with its reading:
壱崎(いちざき)寿彦容疑者) and the surname alone with a title after it (土性選手は「…」と話した). UniDic reads such
names as common words or numbers (土性|沙羅, 八|村|敏志), so no rule and no tagger finds the speaker, and no claim
can have them as holder. A kanji run before a title of one person whose first letters the article writes again
before a title is that person's name: the full name (the surname alone where a reading in brackets splits it) and
each later surname with a title; a piece of the run read as a name (村敏志) gives way to it. A run whose letters come
back only inside longer words (日本代表 … 日本選手) is no name: the surname must stand after no kanji both times.
A person UniDic does read in full (孫正義, 原辰徳) whose one-letter surname the article writes alone before a title
(孫社長, 原監督) is that person there too (surnames_of_named_people).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.nlp.text_index import letter_class

# Titles and honorifics written after one person's name, never after a body's or a place's word (nor before the
# letters a word goes on with: 氏名, 選手権)
_TITLES = ("氏", "さん", "容疑者", "被告", "選手", "監督", "コーチ", "投手", "捕手", "騎手", "調教師", "棋士", "教授", "准教授",
           "講師", "弁護士", "記者", "議員", "社長", "会長", "理事長", "院長", "校長", "園長", "署長", "学長", "元首相", "首相",
           "知事", "市長", "町長", "村長")
_GOES_ON = {"氏": "名族神", "選手": "権"}
_PERSON_TITLE = "(?:" + "|".join(title + (f"(?![{_GOES_ON[title]}])" if title in _GOES_ON else "")
                                 for title in _TITLES) + ")"
# The full name: a kanji surname (its reading in brackets, maybe) and a kanji given name, before such a title
_FULL_NAME = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30faー])(?P<surname>[\u4e00-\u9fff々]{2,3}?)"
                        r"(?:[（(](?P<reading>[\u3041-\u3096]{2,10})[）)])?(?P<given>[\u4e00-\u9fff々]{1,2})"
                        r"(?=" + _PERSON_TITLE + ")")
_TITLE = re.compile(_PERSON_TITLE)
_TITLE_LETTER = letter_class(_TITLES)  # (a title's first letters, found in C: then each place is tried)
_NO_NAME_LETTER = re.compile(r"[^\u4e00-\u9fff々\u30a1-\u30faー]")  # a letter no name is written in: a surname starts after one
_SURNAME_LENGTHS = (2, 3)  # letters of a surname _FULL_NAME reads
# Words that open a title or a body's name rather than end a surname or begin a given name (同選手, 前社長), and
# people by what they are (女性市長, 日本人選手, 女子選手)
_NOT_NAME = re.compile(r"[同前元新現故両各本当全副総代准主]|.*[部課局省庁社党会団府県国院校所署人]$|[女男](?:子|性)$")


def repeated_surname_people(folded: str, mentions: list) -> list:
    """mentions with a PERSON for each full name before a person's title whose surname the article writes again alone
    before a title, and for each such surname no mention touches; a person read inside the full name gives way."""
    covered = bytearray(len(folded) + 1)  # the letters a mention holds, and those a surname found again took
    at: dict[int, list] = {}  # the mentions holding each letter, read when a full name first asks
    out: list[Mention] = []
    pieces: set[int] = set()
    placed: set[str] = set()  # the surnames whose places are taken
    before_titles: dict[str, list[int]] | None = None  # read when a full name first asks
    for found in _FULL_NAME.finditer(folded):
        surname, given = found.group("surname"), found.group("given")
        if before_titles is None:
            before_titles = _surnames_before_titles(folded)
            for m in mentions:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
                for letter in range(m.start, m.end):
                    at.setdefault(letter, []).append(m)
        inside = list({id(m): m for letter in range(found.start(), found.end()) for m in at.get(letter, ())}.values())
        if _NOT_NAME.match(surname) or _NOT_NAME.match(given[0]) or any(
                m.type != "PERSON" or m.start < found.start() or m.end > found.end() for m in inside) or any(
                m.start == found.start() for m in inside):
            continue  # read already (a name that begins where the run begins), or inside a longer name
        places = before_titles.get(surname, ())
        if not places or places == [found.start()]:
            continue  # (the surname is never written again alone)
        if found.group("reading"):  # 壱崎(いちざき)寿彦: the surname holds the name; the reading splits the run
            start, end = found.span("surname")
        else:
            start, end = found.start(), found.end("given")
        pieces.update(id(m) for m in inside)
        out.append(Mention(start, end, folded[start:end], "PERSON", source="title"))
        if surname in placed:
            continue  # (each place taken once, however many times the full name is written)
        placed.add(surname)
        for start in places:
            if start != found.start() and not any(covered[start:start + len(surname)]):
                covered[start:start + len(surname)] = b"\x01" * len(surname)
                out.append(Mention(start, start + len(surname), surname, "PERSON", source="title"))
    if not out:
        return mentions
    return sorted([m for m in mentions if id(m) not in pieces] + out, key=lambda m: m.start)


def _surnames_before_titles(folded: str, lengths: tuple[int, ...] = _SURNAME_LENGTHS,
                            body_ends: frozenset[int] = frozenset()) -> dict[str, list[int]]:
    """Where each run of two or three letters stands right before a person's title after no kanji or katakana (土性選手
    is 土性's place), by its letters, in order: the places a surname is written again, found in one reading of the
    article rather than one for each full name (a long article's hundreds of them made it quadratic). A run may follow
    a name letter where a body's name ends (ソフトバンク孫社長: body_ends)."""
    found: dict[str, list[int]] = {}
    for letter in _TITLE_LETTER.finditer(folded):
        end = letter.start()
        if not _TITLE.match(folded, end):  # (every place a title starts, one inside another's too: 准教授)
            continue
        for length in lengths:
            start = end - length
            if start >= 0 and (start == 0 or _NO_NAME_LETTER.match(folded, start - 1) or start in body_ends):
                found.setdefault(folded[start:end], []).append(start)
    return found


# A person the article names in full (孫正義, 原辰徳, 武豊, 乾貴士) and then by the surname alone before a title (孫社長,
# 原監督, 武騎手, 乾選手): UniDic reads a one-letter surname standing alone as a word or a prefix (孫 a grandchild, 原
# 'original', 乾 'dry'), so neither it nor the tagger names the speaker, and the claims after it have no holder. The
# surname is the full name's first word where UniDic reads that word as a surname and a given name follows it; each place
# it stands alone before a person's title (after no name letter, or right after a body's name: ソフトバンク孫社長) that
# no mention touches is that person (linked to the full name as a surname after a title is).
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{2,6}")
_SURNAME_POS = ",固有名詞,人名,姓"
_BODIES = ("ORG", "GPE")
_SURNAME_SPANS = (1, 2, 3, 4)  # letters of a full name's first word taken as its surname
_NAME_END = re.compile(r"[\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]")  # a body's name in katakana or Latin letters ends here


def _cut(folded: str, mention, surnames: set[str]):
    """A body's name the tagger ran on into the surname of a person named in full, before a title (ソフトバンク孫|社長):
    the body alone, its name in katakana or Latin letters, the surname left to be read as the person."""
    if mention.type != "ORG" or mention.source != "tagger" or not _TITLE.match(folded, mention.end):
        return mention
    for length in _SURNAME_SPANS:  # (the surname's letters looked up, not each surname tried: linear in the mentions)
        cut = mention.end - length
        if cut - mention.start >= 2 and folded[cut:mention.end] in surnames and _NAME_END.match(folded, cut - 1):
            return replace(mention, end=cut, text=folded[mention.start:cut] if mention.text else mention.text)
    return mention


def surnames_of_named_people(folded: str, mentions: list, tokens: list, index_at: dict) -> list:
    """mentions with a PERSON for each surname of a person named in full that the article writes alone before a
    title where no mention stands."""
    surnames: set[str] = set()
    for m in mentions:
        if m.type != "PERSON" or not _KANJI_NAME.fullmatch(folded, m.start, m.end):
            continue
        index = index_at.get(m.start)
        if index is None or _SURNAME_POS not in tokens[index].pos or tokens[index].end >= m.end:
            continue  # (no token starts the name, the first word is no surname, or the surname is all of it)
        surname = folded[m.start:tokens[index].end]
        if not _NOT_NAME.match(surname):
            surnames.add(surname)
    if not surnames:
        return mentions
    mentions = [_cut(folded, m, surnames) for m in mentions] if any(
        m.type == "ORG" and m.source == "tagger" for m in mentions) else mentions
    lengths = tuple(sorted({len(s) for s in surnames}))
    places = _surnames_before_titles(folded, lengths, frozenset(m.end for m in mentions if m.type in _BODIES))
    covered = bytearray(len(folded) + 1)  # the letters a mention holds (each mention's letters set once)
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for surname in surnames:
        for start in places.get(surname, ()):
            end = start + len(surname)
            if not any(covered[start:end]):
                out.append(Mention(start, end, surname, "PERSON", source="title"))
    if not out:
        return mentions
    return sorted(mentions + out, key=lambda m: m.start)

