"""One meeting told by one outlet with both its sides (石破首相は10日、習主席と会談した) and by another with one side
only, its partner unread or left unnamed (石破首相は10日、会談した…): the shorter telling lacks a side the fuller one
names, and nothing in it contradicts the fuller one. Taken across articles only when it is the one meeting of
that side that day (core.meetings.same_sides.the_known): a person who met two partners that day is not joined."""

from __future__ import annotations

from core.meetings.levels import level_of
from core.meetings.merge import kinds_fit, places_fit
from core.meetings.same_dates import own_date
from core.meetings.same_sides import participant_keys


def _level(a, b) -> str:
    people = [any(not str(p.entity_id or "").startswith("country:") for p in side) for side in (a, b)]
    return "person" if all(people) else "country"


def _side_of(key, country_of):
    """The country a participant key stands for (itself for a country; None when Kaidan does not know it)."""
    return key if str(key).startswith("country:") else country_of(key)


def lacks_a_side(short, full, country_of) -> bool:
    """Whether the short telling names one side of the full telling's meeting and nothing else: every key of it is
    in the full one, all of them of one country Kaidan knows, and the full one names another country's side. Two
    sides in the short telling and a third in the full one are two meetings (a bilateral beside the trilateral of
    that day), so they never fit here."""
    level = _level(short, full)
    small, large = participant_keys(short, country_of, level), participant_keys(full, country_of, level)
    if not small or not small < large:
        return False
    sides = {_side_of(k, country_of) for k in small}
    if len(sides) != 1 or None in sides:
        return False
    return any(_side_of(k, country_of) not in sides for k in large - small)


def one_side_lacking(telling, known, country_of) -> bool:
    """A telling and a known meeting (core.meetings.known.Known) both held, one of them lacking a side the other
    names (lacks_a_side), either way round."""
    return telling.status == "held" and known.status == "held" \
        and (lacks_a_side(telling.participants, known.participants, country_of)
             or lacks_a_side(known.participants, telling.participants, country_of))


def joins_lacking_side(telling, known, country_of, by_report: bool) -> bool:
    """One meeting though one telling lacks a side (one_side_lacking): of fitting kinds, places and levels (a
    telling's words naming a level the known meeting's tellings do not name: 外相会談 beside the summit), on a day
    both tellings give, or on the day of one in the report's week of the other told with no day (by_report)."""
    same_day = own_date(telling.start, telling.precision, telling.date_text) \
        and own_date(known.start, known.precision, known.date_text) and telling.start[:10] == known.start[:10]
    return (same_day or by_report) and kinds_fit(telling.kind, known.kind) \
        and places_fit(telling.place, known.place, country_of) \
        and one_side_lacking(telling, known, country_of) and _levels_fit(telling, known, country_of)



def _levels_fit(telling, known, country_of) -> bool:
    """The level the telling's words name (外相会談: foreign) fits the known meeting: a level its tellings name,
    or, when they were not read, the level of an office of the people the shorter telling lacks, or of the
    shorter one's own people when the known meeting is the shorter (岩屋外相は…外相会談を行った is not the summit of
    石破首相, 岩屋外相 and 習国家主席 that day, whichever is told first); unknown fits."""
    if not telling.level:
        return True
    if known.levels:
        return telling.level in known.levels
    if lacks_a_side(telling.participants, known.participants, country_of):
        told = {p.entity_id or p.name for p in telling.participants}
        offices = [p.office for p in known.participants if (p.entity_id or p.name) not in told]
    else:
        offices = [p.office for p in known.participants]
    levels = {level_of(office or "") for office in offices} - {None}
    return not levels or telling.level in levels
