"""The level a meeting is told at (heads, foreign ministers, vice ministers…): by its words, its sentence's
subject, or its people's offices."""

from __future__ import annotations

import re

from core.meetings.two_plus_two import LEVEL_WORDS
from core.text import last_match


# The level a meeting word is told at (林外相と会談, 首脳会談, 次官級協議): a foreign ministers' meeting
# and a summit of the same two countries on the same day are two meetings (so are 南北閣僚級会談 and 南北首脳会談).
_LEVELS = (("heads", "首脳|首相|大統領|国家主席|主席|総理|国王|総書記"), ("foreign", "外相|外務大臣|外務相|国務長官|外交部長"),
           ("defence", "国防|防衛相|防衛大臣"), ("finance", "財務|蔵相|財政相"), ("trade", "通商|貿易|経済相|経産相"),
           ("vice", "次官"), ("working", "局長|実務|事務レベル|高官"), ("cabinet", "閣僚級|" + LEVEL_WORDS))
_LEVEL = re.compile("|".join(f"(?P<{name}>{words})" for name, words in _LEVELS))


def level_at(text: str, position: int) -> bool:
    """Whether a level word opens at position (外相会談, 財務相会談, 次官級協議)."""
    return _LEVEL.match(text, position) is not None


# 貿易問題を協議, 国防政策について協議: the level word is what the sides talked about, not who talked
_TOPIC_AFTER = re.compile(r"問題|政策|を|について|に関し|をめぐ|を巡")


def level_of(words: str) -> str | None:
    """The level named nearest the end of words (the meeting word and a few characters before it); none when
    that word is the topic the meeting's verb takes (貿易問題を協議: trade is talked about, by anyone)."""
    found = last_match(_LEVEL, words)
    if found is None or _TOPIC_AFTER.search(words, found.end()):
        return None
    return found.lastgroup


# 米中両国の外相は, 日韓両首脳は, 両国の首脳が: a sentence whose subject is the sides' level tells the meeting at
# that level, however far the meeting word is (米中両国の外相は11日、クアラルンプールで会談した)
_SUBJECT_LEVEL = re.compile(r"^(?:(?:両国|両政府|[日米中韓朝露英仏独印豪伊加]{2,3}(?:両国)?)の?)?両?"
                            r"(?P<level>首脳|外相|外務大臣|国防相|防衛相|財務相|外務次官|次官)ら?[はが]")


def subject_level(sentence_before: str) -> str | None:
    """The level the sentence's subject names (米中両国の外相は…: foreign), from the sentence's start to the
    meeting word; None when its subject names none."""
    found = _SUBJECT_LEVEL.match(sentence_before)
    return level_of(found["level"]) if found else None


def level_of_people(participants, country_of, partial: bool = False) -> str | None:
    """The level of a meeting told by its people, one of each country (石破首相 and 習国家主席: heads): the
    level their offices share; None when an office names none, two people share a country, or a country
    is named beside them that none of them is of. partial: offices that name no level (長官 cut from 国務長官)
    are passed over, the others must share one."""
    people = [p for p in participants if not str(p.entity_id or "").startswith("country:")]
    countries = [country_of(p.entity_id) if p.entity_id else None for p in people]
    if len(people) < 2 or not all(countries) or len(set(countries)) != len(countries):
        return None
    if any(p.entity_id not in countries for p in participants if p not in people):
        return None
    levels = {level_of(p.office or "") for p in people}
    if partial:
        levels.discard(None)
    return levels.pop() if len(levels) == 1 else None


def levels_fit(a: str | None, b: str | None) -> bool:
    """Unknown, or the same level: ministers' talks are not the summit beside them."""
    return not a or not b or a == b
