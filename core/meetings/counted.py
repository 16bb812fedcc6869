"""Countries counted in a meeting's clause (日中韓3か国の外相会合, 英仏独3か国とイランの協議): the countries of
the compound the count is written after, when the count agrees with it."""

from __future__ import annotations

import re

from core.meetings.mention import Participant
from core.meetings.people import unique
from core.meetings.sides import VISIT_HOST
from core.text import last_match

# 日中韓3か国の外相会合: the countries a count of countries is written after, one character each
_COUNTED_COMPOUND = re.compile(r"(?<![\u4e00-\u9fff])[日米中韓朝露ロ英仏独印豪台]{2,6}$")
_KANJI_COUNT = {**{c: i for i, c in enumerate("〇一二三四五六七八九十")}, "両": 2}


def counted_countries(body: str, count_start: int, count: str) -> list[Participant]:
    """The countries of a compound written right before a count of countries that agrees with it
    (日中韓3か国: 日本, 中国, 韓国); none when the count is another or no compound is written."""
    compound = _COUNTED_COMPOUND.search(body, max(0, count_start - 6), count_start)
    number = count_value(count)
    if compound is None or number != len(compound.group(0)) or len(set(compound.group(0))) != number:
        return []
    return [Participant(c, VISIT_HOST[c]) for c in compound.group(0)]


def count_value(count: str) -> int | None:
    """A count written in digits (3, ３), one kanji (三) or 両 (two)."""
    if count.isdigit():
        return int(count)
    return _KANJI_COUNT.get(count)


# 日米韓3か国の外相は…会談した: the countries counted, as the clause's subject
_COUNTED_SUBJECT = re.compile(r"(?P<count>[0-9０-９]|[二三四五六七八九])[カヵケか]国(?:の|間の)?"
                              r"(?:首脳|外相|閣僚|首相|財務相|国防相|代表|高官|政府)?(?:ら)?(?:は|が)")


def counted_subject(body: str, clause: int, start: int) -> list[Participant]:
    """日米韓3か国の外相は10日、会談した: the countries of the compound a count of countries as the subject
    is written after (none when the count disagrees with it)."""
    found = last_match(_COUNTED_SUBJECT, body, clause, start)
    return counted_countries(body, found.start(), found["count"]) if found is not None else []


# 英仏独3か国とイランの協議, 英仏独の3カ国と: the countries counted, joined by と to another side
_COUNTED_PARTNER = re.compile(r"(?P<count>[0-9０-９]|[二三四五六七八九])[カヵケか]国(?:の[^、。とはが]{0,6}?)?(?:ら)?(?:と|との)")


def counted_partner(body: str, participants: list[Participant], clause: int, start: int) -> list[Participant]:
    """The participants, with the countries of a compound counted as one side joined by と (英仏独3か国とイランの
    協議: 英国, フランス, ドイツ and イラン) put first, when the count agrees with the compound."""
    found = last_match(_COUNTED_PARTNER, body, clause, start)
    counted = counted_countries(body, found.start(), found["count"]) if found is not None else []
    known = {p.entity_id for p in participants}
    return unique([c for c in counted if c.entity_id not in known] + participants) if counted else participants


def counted_sides(participants: list[Participant], count: str) -> list[Participant]:
    """麻生外相は…ライス国務長官、潘基文外交通商相と3か国外相会談: the sides the clause names, when as
    many as the count of the meeting's name; none otherwise."""
    return participants if len(participants) == count_value(count) else []
