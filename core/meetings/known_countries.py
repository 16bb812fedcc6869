"""A meeting told by its countries at a level (日中首脳会談) and the same meeting told by its people (石破首相は
習主席と会談): which known meeting each is (core.meetings.known), on its day or on the day told in the other time."""

from __future__ import annotations

from typing import Callable, Iterable

from core.meetings.known_record import Known, first_made
from core.meetings.levels import level_of, level_of_people, levels_fit
from core.meetings.merge import kinds_fit, places_fit
from core.meetings.same_dates import day_after, local_day_of, month_of_its_day, own_date


def by_countries_in_the_other_time(telling, candidates: list[Known], country_of,
                                   other_time: Callable[[str], Iterable[Known]] | None = None) -> Known | None:
    """A meeting told by its countries at a level (日米首脳会談), dated by Japan time in one article (日本時間11日未明)
    and by the local day before it in another (10日(日本時間11日)): the one record on the other day of those
    countries told at that level, or of their people holding offices of it, of a fitting kind and place."""
    s = telling
    local = local_day_of(s.start, s.date_text)
    other = local or day_after(s.start)
    if other is None or s.level is None:
        return None
    countries = {p.entity_id for p in s.participants}
    pool = candidates if other_time is None else first_made(other_time(other))

    def of_those(k: Known) -> bool:
        ids = {p.entity_id for p in k.participants}
        if ids == countries:
            return k.levels == {s.level}
        people = [p for p in k.participants if not (p.entity_id or "").startswith("country:")]
        return {country_of(p.entity_id) for p in people} == countries \
            and ids - {p.entity_id for p in people} <= countries and of_level(k.participants, s.level, country_of)

    fits = [k for k in pool if k.start == other and not k.title and own_date(k.start, k.precision, k.date_text)
            and kinds_fit(s.kind, k.kind) and places_fit(s.place, k.place, country_of)
            and (local is not None or local_day_of(k.start, k.date_text) is not None) and of_those(k)]
    return fits[0] if len(fits) == 1 else None


def told_by_countries(telling, by_month: bool = False) -> bool:
    """A meeting told by two or more countries only, at a level its words name (日中首脳会談, 日韓外相会談),
    on a day the text gives (by_month: in a month its words give, 5月の日米首脳会談): it may be the meeting
    another article tells by its people."""
    s = telling
    dated = month_of_its_day(s.start, s.precision, s.date_text, f"{s.start}-01", "day", None) if by_month \
        else own_date(s.start, s.precision, s.date_text)
    return len(s.participants) >= 2 and all((p.entity_id or "").startswith("country:") for p in s.participants) \
        and s.level is not None and dated


def level_of_its_people(telling, country_of) -> str | None:
    """The level a telling by its people is at (石破首相…習主席: heads; 林外相…ブリンケン長官 with 外相会談: foreign),
    None when its people name none, or one its words contradict."""
    if telling.title or not own_date(telling.start, telling.precision, telling.date_text):
        return None
    level = level_of_people(telling.participants, country_of)
    if level is None and telling.level is not None \
            and level_of_people(telling.participants, country_of, partial=True) == telling.level:
        level = telling.level  # 林外相は…ブリンケン長官と会談: its words and the offices that name one agree
    return level if level is not None and levels_fit(telling.level, level) else None


def its_countries(telling, country_of) -> list[str]:
    """The countries of a telling's people (for the records told by those countries only)."""
    return sorted({country_of(p.entity_id) for p in telling.participants
                   if not (p.entity_id or "").startswith("country:")})


def told_by_its_countries(telling, candidates: Iterable[Known], country_of) -> Known | None:
    """The meeting a telling by its people (石破首相は15日、習主席と会談) is, when another article told it before
    by their countries only, at their level, on that day (日中首脳会談が15日), or on that day told in Japan time
    (日本時間16日未明の日中首脳会談): the one such record, or None (日中外相会談 that day is another meeting; two
    summits of the pair that day cannot be told apart)."""
    level = level_of_its_people(telling, country_of)
    if level is None:
        return None
    countries = set(its_countries(telling, country_of))
    fits = [k for k in first_made(candidates) if not k.title and own_date(k.start, k.precision, k.date_text)
            and (k.start == telling.start or _one_day_in_two_times(telling, k))
            and k.participants and {p.entity_id for p in k.participants} == countries
            and kinds_fit(telling.kind, k.kind) and k.levels == {level}
            and places_fit(telling.place, k.place, country_of)]
    return fits[0] if len(fits) == 1 else None


def _one_day_in_two_times(telling, known: Known) -> bool:
    """One of the two dated by Japan time (日本時間11日未明), the other by the local day before it (10日)."""
    return local_day_of(known.start, known.date_text) == telling.start \
        or local_day_of(telling.start, telling.date_text) == known.start


def of_level(participants, level: str, country_of) -> bool:
    """Whether a known meeting's people hold offices of that level, one person a country (the summit of the
    two leaders, not the foreign ministers' talks of that day)."""
    people = [p for p in participants if not (p.entity_id or "").startswith("country:")]
    # every one with an office; those naming a level (not 長官 cut from 国務長官) name this one
    if not people or any(not p.office or level_of(p.office) not in (level, None) for p in people) \
            or all(level_of(p.office) is None for p in people):
        return False
    countries = [country_of(p.entity_id) for p in people]
    return all(countries) and len(set(countries)) == len(countries)
