"""When two names are one named meeting: one key for a summit's names, the round a name numbers."""

from __future__ import annotations

import re

from core.meetings.same_dates import dates_agree
from core.text import NARROW_DIGITS


def title_key(title: str | None, country_of=None) -> str | None:
    """One key for the names of one meeting: 第47回ASEAN首脳会議, 東南アジア諸国連合(ASEAN)首脳会議
    and ASEAN首脳会議 all give ASEAN|首脳会議 (the acronym, when written, and the meeting word). With the merge
    rule's country_of, a name the registry knows as one recurring meeting under any of its names is that
    meeting's id (主要7か国首脳会議, 先進7カ国首脳会議, G7サミット: event:g7-summit; 日中韓サミット and 日中韓首脳会議)."""
    if not title:
        return None
    event = getattr(country_of, "event_of", None)
    found = event(title) if event is not None else None
    if found:
        return found
    title = re.sub(r"^第\d+回", "", title).replace("国際連合", "国連")  # (国際連合エイズ特別総会: 国連エイズ特別総会)
    acronym = re.search(r"[A-Z][A-Z0-9]{1,9}", title)
    word = re.search(r"(?:首脳会議|首脳会合|外相会議|外相会合|閣僚会議|閣僚会合|サミット|会議|会合)$", title)
    if acronym and word and not another_side_named(title, acronym, word):
        return f"{acronym.group(0)}|{word.group(0)}"
    return re.sub(r"[(（][^)）]*[)）]", "", title)


# EU・中国首脳会議, 米・EU首脳会議, EUと中国の首脳会議: a side joined to the body the acronym names
_JOINED_SIDES = re.compile(r"[・と＝=／/＆&]")


def another_side_named(name: str, acronym: re.Match, word: re.Match) -> bool:
    """Whether a name joins another side to the body its acronym names (EU・中国首脳会議, 米・EU首脳会議: a summit of
    the EU with another, not the EU's own); a place written before or between them (広島G7サミット, G7広島サミット)
    joins none."""
    return bool(_JOINED_SIDES.search(name, 0, acronym.start()) or _JOINED_SIDES.search(name, acronym.end(), word.start()))


_ROUND = re.compile(r"第([0-9０-９]+)(?:回|次)")


def round_of(title: str | None) -> str | None:
    """The round a name numbers (第4回6カ国協議 → 4), None when it numbers none."""
    found = _ROUND.search(title or "")
    return found.group(1).translate(NARROW_DIGITS) if found else None


def named_alike(a_title: str | None, a_start: str | None, b_title: str | None, b_start: str | None,
                across: bool = False, country_of=None) -> bool:
    """Two tellings of one named meeting: the same name, the same round when both number it, dates that
    agree. Across articles both must be dated: a series (6カ国協議, G20, EU首脳会議) meets again under its
    name, and a telling with no date cannot say which of its meetings it is."""
    if not a_title or not b_title or title_key(a_title, country_of) != title_key(b_title, country_of):
        return False
    rounds = round_of(a_title), round_of(b_title)
    if all(rounds) and rounds[0] != rounds[1]:
        return False
    if across and not (a_start and b_start):
        return False
    return dates_agree(a_start, b_start)
