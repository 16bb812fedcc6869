"""People whose names UniDic does not know, read from the article repeating their surname with a title.

News writes a person's full name with a title once (土性沙羅選手, 八村敏志准教授, a rare surname with its reading:
壱崎(いちざき)寿彦容疑者) and the surname alone with a title after it (土性選手は「…」と話した). UniDic reads such
names as common words or numbers (土性|沙羅, 八|村|敏志), so no rule and no tagger finds the speaker, and no claim
can have them as holder. A kanji run before a title of one person whose first letters the article writes again
before a title is that person's name: the full name (the surname alone where a reading in brackets splits it) and
each later surname with a title; a piece of the run read as a name (村敏志) gives way to it. A run whose letters come
back only inside longer words (日本代表 … 日本選手) is no name: the surname must stand after no kanji both times.
"""

from __future__ import annotations

import re

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
    taken = [(m.start, m.end) for m in mentions]
    free = lambda start, end: not any(a < end and start < b for a, b in taken)  # noqa: E731
    out: list[Mention] = []
    pieces: set[int] = set()
    before_titles: dict[str, list[int]] | None = None  # read when a full name first asks
    for found in _FULL_NAME.finditer(folded):
        surname, given = found.group("surname"), found.group("given")
        inside = [m for m in mentions if m.start < found.end() and found.start() < m.end]
        if _NOT_NAME.match(surname) or _NOT_NAME.match(given[0]) or any(
                m.type != "PERSON" or m.start < found.start() or m.end > found.end() for m in inside) or any(
                m.start == found.start() for m in inside):
            continue  # read already (a name that begins where the run begins), or inside a longer name
        if before_titles is None:
            before_titles = _surnames_before_titles(folded)
        again = [start for start in before_titles.get(surname, ()) if start != found.start()]
        if not again:
            continue
        if found.group("reading"):  # 壱崎(いちざき)寿彦: the surname holds the name; the reading splits the run
            start, end = found.span("surname")
        else:
            start, end = found.start(), found.end("given")
        pieces.update(id(m) for m in inside)
        out.append(Mention(start, end, folded[start:end], "PERSON", source="title"))
        out += [Mention(start, start + len(surname), surname, "PERSON", source="title")
                for start in again if free(start, start + len(surname))]
    if not out:
        return mentions
    return sorted([m for m in mentions if id(m) not in pieces] + out, key=lambda m: m.start)


def _surnames_before_titles(folded: str) -> dict[str, list[int]]:
    """Where each run of two or three letters stands right before a person's title after no kanji or katakana (土性選手
    is 土性's place), by its letters, in order: the places a surname is written again, found in one reading of the
    article rather than one for each full name (a long article's hundreds of them made it quadratic)."""
    found: dict[str, list[int]] = {}
    for letter in _TITLE_LETTER.finditer(folded):
        end = letter.start()
        if not _TITLE.match(folded, end):  # (every place a title starts, one inside another's too: 准教授)
            continue
        for length in _SURNAME_LENGTHS:
            start = end - length
            if start >= 0 and (start == 0 or _NO_NAME_LETTER.match(folded, start - 1)):
                found.setdefault(folded[start:end], []).append(start)
    return found

