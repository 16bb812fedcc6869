"""One character the tagger reads as a whole person's name, kept only where the article says it is one.

The tagger reads a lone character as a person's name in context alone: 清 of 清き一票, 堤 of
an embankment, 鶴 of a bathhouse's name (鶴の湯), the (C) of a copyright line. A one-character
name is real news writing only with a person's word right after it (周氏, 茜さん, 原監督, 許選手,
Aさん) or as the short form of a fuller name the article writes (武豊 … 武は, 錦織圭 … 圭が).
Spans the rules found (a surname before a title the registry knows) are not the tagger's and stay.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.name_chars import is_kanji
from core.nlp.offices import PRIVATE_TITLES, office_after
from core.nlp.person_clauses import treated_as_person
from core.nlp.person_evidence import person_after

# A person's standing written after a surname in sports and crime news, beside the offices and private titles.
_STANDING_AFTER = re.compile(r"(?:" + PRIVATE_TITLES + r"|騎手|調教師|記者|刑事|警部|巡査|ちゃん|くん)")
# A person's age in brackets right after the name: 透(30才).
_AGE_AFTER = re.compile(r"[(（][0-9０-９]{1,3}(?:歳|才)")


def without_lone_letters(folded: str, learned: list[Mention], others: list[Mention]) -> list[Mention]:
    """learned (the tagger's spans) without its one-character people whose letter no person's word or age follows
    anywhere in the article and that begin or end no longer person's name among learned and others (the rules'
    candidates) written elsewhere."""
    if not any(m.type == "PERSON" and m.end - m.start == 1 for m in learned):
        return learned
    names = {folded[m.start : m.end] for m in others + learned if m.type == "PERSON" and m.end - m.start > 1}
    lone = [m for m in others + learned if m.type == "PERSON" and m.end - m.start == 1]
    # a letter the article once writes with a person's word after it names that person where it stands alone too
    titled = {folded[m.start] for m in lone if _titled(folded, m.end)}
    # and so does a letter the words around it treat as a person once (「…」と切り出した澤は, 澤や宮間ら)
    people = [(m.start, m.end) for m in others + learned if m.type == "PERSON" and m.end - m.start > 1]
    titled |= {folded[m.start] for m in lone if treated_as_person(folded, m.start, m.end, people)}
    return [m for m in learned if m.type != "PERSON" or m.end - m.start != 1 or folded[m.start] in titled or
            _fuller(folded, m.start, names)]


def _titled(folded: str, end: int) -> bool:
    return bool(person_after(folded, end) or office_after(folded, end) or _STANDING_AFTER.match(folded, end) or
                _AGE_AFTER.match(folded, end))


def _fuller(folded: str, start: int, names: set[str]) -> bool:
    end = start + 1
    letter = folded[start]
    if not is_kanji(letter):
        return False
    # the fuller name written right there is the tagger's cut through it (栃|東, 間|恒), not a short form of it
    return any((name[0] == letter and not folded.startswith(name, start)) or
               (name[-1] == letter and not folded.startswith(name, end - len(name))) for name in names)
