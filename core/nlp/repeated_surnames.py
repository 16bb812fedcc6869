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

# Titles and honorifics written after one person's name, never after a body's or a place's word
_PERSON_TITLE = (r"(?:氏(?![名族神])|さん|容疑者|被告|選手(?!権)|監督|コーチ|投手|捕手|騎手|調教師|棋士|教授|准教授|講師|"
                 r"弁護士|記者|議員|社長|会長|理事長|院長|校長|園長|署長|学長|元?首相|知事|市長|町長|村長)")
# The full name: a kanji surname (its reading in brackets, maybe) and a kanji given name, before such a title
_FULL_NAME = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30faー])(?P<surname>[\u4e00-\u9fff々]{2,3}?)"
                        r"(?:[（(](?P<reading>[\u3041-\u3096]{2,10})[）)])?(?P<given>[\u4e00-\u9fff々]{1,2})"
                        r"(?=" + _PERSON_TITLE + ")")
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
    for found in _FULL_NAME.finditer(folded):
        surname, given = found.group("surname"), found.group("given")
        inside = [m for m in mentions if m.start < found.end() and found.start() < m.end]
        if _NOT_NAME.match(surname) or _NOT_NAME.match(given[0]) or any(
                m.type != "PERSON" or m.start < found.start() or m.end > found.end() for m in inside) or any(
                m.start == found.start() for m in inside):
            continue  # read already (a name that begins where the run begins), or inside a longer name
        again = [m for m in re.finditer(r"(?<![\u4e00-\u9fff々\u30a1-\u30faー])" + re.escape(surname)
                                         + r"(?=" + _PERSON_TITLE + ")", folded) if m.start() != found.start()]
        if not again:
            continue
        if found.group("reading"):  # 壱崎(いちざき)寿彦: the surname holds the name; the reading splits the run
            start, end = found.span("surname")
        else:
            start, end = found.start(), found.end("given")
        pieces.update(id(m) for m in inside)
        out.append(Mention(start, end, folded[start:end], "PERSON", source="title"))
        out += [Mention(m.start(), m.end(), surname, "PERSON", source="title")
                for m in again if free(m.start(), m.end())]
    if not out:
        return mentions
    return sorted([m for m in mentions if id(m) not in pieces] + out, key=lambda m: m.start)
