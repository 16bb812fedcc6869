"""Which known meeting a telling is: the one rule the window's import and the batch decide "same meeting?" by.

A telling is an article's proposal (core.meetings.proposal.Proposal, or the batch's candidate of the same
fields); a known meeting is a record made before it (a row of the library, or a meeting of a batch block),
read as a Known. The window reads its candidates from the library by indexed look-ups (which may return more
than can fit); the batch passes the meetings of the telling's block. Every test that decides is here, so both
paths join the same tellings, learn the same people and dates (core.meetings.known_learns), and keep the same
hard negatives apart.
"""

from __future__ import annotations

from typing import Callable, Iterable

from core.meetings.known_countries import (
    by_countries_in_the_other_time, its_countries, level_of_its_people, of_level, told_by_countries,
    told_by_its_countries,
)
from core.meetings.known_record import Known, first_made
from core.meetings.lacking_side import joins_lacking_side
from core.meetings.meeting_names import named_alike, title_key
from core.meetings.merge import (
    fitting_kinds, kinds_fit, one_meeting, one_plan, places_fit, plan_and_held, plan_told_before, plans_of_one_time,
)
from core.meetings.same_sides import one_side_told_fuller, same_keys, sides_evidence, the_known
from core.meetings.same_dates import (
    dated_by_its_report, day_after, in_its_report_days, local_day_of, month_of_its_day, own_date, range_holds_day,
    range_of_words, round_of_its_month, round_under_way
)

PLANS = ("scheduled", "proposed")
# A forum with no name is told apart from others by nothing but its article.
UNNAMED = ("フォーラム",)


def _keys(telling) -> tuple[set, set]:
    """The telling's people as entity ids, and the names of those no entity knows."""
    return ({p.entity_id for p in telling.participants if p.entity_id},
            {p.name for p in telling.participants if not p.entity_id})


def _shares(known: Known, keys: set, names: set) -> bool:
    return any(p.entity_id in keys if p.entity_id else p.name in names for p in known.participants)


def _starts_alike(known_start: str | None, start: str | None) -> bool:
    """No date on either, or one a prefix of the other (2025-07 and 2025-07-11)."""
    return not start or not known_start or known_start.startswith(start) or start.startswith(known_start)


def _planned_visit(known: Known) -> bool:
    return known.kind == "visit" and known.status in PLANS


def _plan_of_month(known: Known, day: str) -> bool:
    """A plan dated by words for part of day's month (今月中旬, 来月) or for its week (来週)."""
    from datetime import date

    if known.status not in PLANS or not known.date_text or not known.start:
        return False
    iso = date.fromisoformat(day[:10]).isocalendar()
    return known.precision in ("month", "days") and known.start[:7] == day[:7] \
        or known.precision == "week" and known.start == f"{iso[0]}-W{iso[1]:02d}"


def lookups(telling) -> dict:
    """What a telling asks of the known meetings, for a library to read only the rows that can fit: own (a day
    its text gives), planned (an undated planned visit), by_month, in_words (part of a month or a week),
    under_way (a round dated by its report), by_country, by_country_month (told by countries, at a level) and
    the date a candidate must start alike with. None when nothing known can be proved the same."""
    if telling.title in UNNAMED:
        return None
    if telling.title:
        return {"named": True} if telling.start else None
    keys, names = _keys(telling)
    if not keys and not names:
        return None
    s = telling
    own = own_date(s.start, s.precision, s.date_text)
    planned = one_plan(s.kind, s.status, s.participants, "visit", "proposed")
    by_month = month_of_its_day(s.start, s.precision, s.date_text, f"{s.start}-01", "day", None)
    in_words = range_of_words(s.start, s.end, s.precision, s.date_text)
    under_way = round_under_way(s.kind, s.start, s.precision, s.date_text)
    lent = dated_by_its_report(s.kind, s.status, s.start, s.precision, s.date_text)
    held_visit = bool(own) and not in_words and s.kind == "visit" and s.status == "held"
    if not (own or planned or by_month or in_words or under_way or lent):
        return None  # no day of its own, no plan, no month: no meeting told elsewhere can be proved the same
    by_country = told_by_countries(s)
    return {"named": False, "keys": sorted(keys), "names": sorted(names), "own": own, "planned": planned,
            "by_month": by_month, "in_words": in_words, "under_way": under_way, "lent": lent, "held_visit": held_visit,
            "reported": bool(own and not in_words and s.status == "held"),
            "start": ((s.start[:4] if "W" in s.start else s.start[:7]) if in_words else s.start),
            "kinds": fitting_kinds(s.kind), "by_country": by_country,
            "by_country_month": not by_country and by_month and told_by_countries(s, by_month=True)}


def _may_fit(telling, known: Known, ask: dict) -> bool:
    """Whether a known meeting is one the telling may be (the look-ups' conditions, which the library's
    indexed queries read too)."""
    if known.title:
        return False  # a named meeting is found by its name (ASEAN首脳会議), never by the people of a telling
    shares = _shares(known, set(ask["keys"]), set(ask["names"]))
    kinds = ask["kinds"]
    own_dated = own_date(known.start, known.precision, known.date_text)
    if not ask["under_way"] and shares and _starts_alike(known.start, ask["start"]) \
            and (kinds is None or known.kind in kinds) and (own_dated or ask["planned"] and _planned_visit(known)):
        return True
    if telling.kind == "negotiation_round" and (ask["own"] or ask["under_way"]) and shares \
            and known.kind == "negotiation_round" and _starts_alike(known.start, telling.start[:7]) \
            and round_of_its_month(telling.kind, telling.start, telling.precision, telling.date_text,
                                   known.kind, known.start, known.precision, known.date_text):
        return True  # begun in one report, ended in another
    if ask["held_visit"] and shares and not known.start and _planned_visit(known) \
            and plan_told_before(known.reported, telling.start):
        return True  # a visit held on its day: the undated plan of it told before
    if ask["own"] and not ask["in_words"] and shares and (kinds is None or known.kind in kinds) \
            and _plan_of_month(known, telling.start):
        return True  # a day of its own: the plan of those sides for that part of the month, told before
    if shares and (kinds is None or known.kind in kinds) and _by_report(telling, known, ask):
        return True  # talks told with no day and the talks of those sides on a day in the week before the report
    if ask["by_country"] and known.start == telling.start:
        return True  # 日中首脳会談 told by its countries: the day's meeting of their people at that level
    return bool(ask["by_country_month"]) and own_dated and bool(known.start) \
        and known.start[:7] == telling.start[:7]  # 5月の日米首脳会談では: the month's meetings


def known_and_why(telling, candidates: Iterable[Known], country_of,
                  other_time: Callable[[str], Iterable[Known]] | None = None) -> tuple[Known | None, str | None]:
    """The known meeting a telling describes (the merge rule), of the candidates (first made first), and why:
    the evidence that decided (the date's kind of agreement, how the sides were named); (None, None) for none.

    A named meeting (ASEAN首脳会議) is the one of that name on dates that agree, whoever attended; a meeting of
    people is the one whose people, kind, place and dates fit, on a day both give, a plan for part of a month and
    its day, a round and its month, or a month and the one day of those sides in it; one told by its countries
    is the one meeting of their people at its level that day. other_time(day) gives the candidates of another
    day, for a day told in Japan time and the local day before it (the candidates when not given)."""
    ask = lookups(telling)
    if ask is None:
        return None, None
    candidates = first_made(candidates)
    if ask["named"]:  # the same name, round and date, both dated: a series (6カ国協議, G20) meets again by name
        named = next((k for k in candidates if k.kind == "multilateral" and k.title and named_alike(
            telling.title, telling.start, k.title, k.start, across=True, country_of=country_of)), None)
        return named, named and f"the same name ({_title_of(named, country_of)}), round and dates"
    s = telling
    in_words = ask["in_words"]
    by_country = ask["by_country"] or ask["by_country_month"]
    matches = []
    for k in candidates:
        if not _may_fit(s, k, ask):
            continue
        if by_country and not of_level(k.participants, s.level, country_of):
            continue
        known = {"kind": k.kind, "participants": k.participants, "start": k.start, "place": k.place}
        row_in_words = range_of_words(k.start, k.end, k.precision, k.date_text)
        told = s.as_dict()
        by_round = round_of_its_month(s.kind, s.start, s.precision, s.date_text, k.kind, k.start, k.precision,
                                      k.date_text)
        by_report = _by_report(s, k, ask)
        if by_report:  # the day of one in the report's week of the other: the days compared no further
            told["start"] = known["start"] = None
        if by_round:  # the month both share: the day of one and the report's days of the other compared no further
            told["start"], known["start"] = s.start[:7], k.start[:7]
        if in_words:  # its part of the month (or its week): the day of the known one is compared below
            told["start"] = None if "W" in s.start else s.start[:7]
        if row_in_words:
            known["start"] = None if "W" in k.start else k.start[:7]
        if not one_meeting(told, known, country_of):
            if told_fuller(s, k, country_of):  # one side told with more of its people that day: the one such, or none
                matches.append((k, True, f"one side told with more of its people on the day both give ({s.start})"))
            elif joins_lacking_side(s, k, country_of, by_report):  # its partner unread: the one such, or none
                matches.append((k, True, f"one telling lacking a side the other names ({(k.start or s.start)[:10]})"))
            continue
        if by_report:  # talks told with no day: the one meeting of those sides in the week before the report
            day = k.start if ask["lent"] else s.start
            matches.append((k, True, f"the one meeting of those sides in the week before the report of talks told "
                                     f"with no day ({day[:10]})"))
        elif range_holds_day(s.start, s.end, s.precision, s.date_text, k.start, k.precision, k.date_text):
            # words for part of a month (or a week) and a day in it: the one meeting there, or none
            matches.append((k, True, f"the one meeting of those sides in the days its words name ({s.date_text}: "
                                     f"{k.start[:10]})"))
        elif k.status in PLANS and range_holds_day(k.start, k.end, k.precision, k.date_text,
                                                   s.start, s.precision, s.date_text):
            matches.append((k, True, f"the one meeting of those sides in the days the plan's words name "
                                     f"({k.date_text}: {s.start[:10]})"))
        elif one_plan(s.kind, s.status, s.participants, k.kind, k.status):
            # two plans each with a time of its own, times that agree, are one plan however far apart their
            # reports (来年4月, told again a year later as 来月); a plan told with no time is one of its report's days
            if s.start and k.start or plans_of_one_time(s.reported, k.reported, k.start, k.end) \
                    and plans_of_one_time(k.reported, s.reported, s.start, s.end):
                matches.append((k, False, "one planned visit of one traveller to one host"))
        elif not s.start and plan_and_held(s.kind, s.status, s.participants, k.kind, k.status) \
                and plan_told_before(s.reported, k.start) \
                or not k.start and plan_and_held(k.kind, k.status, k.participants, s.kind, s.status) \
                and plan_told_before(k.reported, s.start):
            # a visit invited or planned with no time, reported within the year before the one visit of that
            # traveller to that host held: the plan it made (one told after it is a next visit)
            matches.append((k, True, f"the one visit of those sides held within a year after a plan told with no "
                                     f"time ({(k.start or s.start)[:10]})"))
        elif by_round:
            matches.append((k, True, "the one round of those sides that month"))
        elif bool(in_words) != bool(row_in_words):
            continue  # part of a month and a day outside it
        elif ask["own"] and own_date(k.start, k.precision, k.date_text):
            matches.append((k, False, f"a day both give ({s.start})"))
        elif month_of_its_day(s.start, s.precision, s.date_text, k.start, k.precision, k.date_text):
            matches.append((k, True, f"the one meeting of those sides in the month its words name "
                                     f"({s.date_text}: {k.start[:10]})"))
    if ask["by_country"]:  # the one meeting of that level that day, or none (Kishida met both Xi and Li that day)
        if matches or not ask["own"]:
            return (matches[0][0], _told_by_countries_why(s)) if len(matches) == 1 else (None, None)
        found = by_countries_in_the_other_time(s, candidates, country_of, other_time)
        return found, found and _told_by_countries_why(s) + ", the day in Japan time and the local day before it"
    found = the_known(matches, s.participants, lambda m: m[0].participants, country_of, lambda m: m[1])
    if found is None and ask["own"] and not in_words:
        found = in_the_other_time(s, candidates, country_of, other_time)
        return found, found and _why(s, found, country_of, "the day in Japan time and the local day before it")
    return (found[0], _why(s, found[0], country_of, found[2])) if found else (None, None)


def _by_report(telling, known: Known, ask: dict) -> bool:
    """Talks told held with no day of their own (dated by the week before their report) and held talks of a day
    of their own in that week, either told first."""
    if ask["lent"]:
        return known.status == "held" and own_date(known.start, known.precision, known.date_text) \
            and in_its_report_days(telling.end or telling.start, known.start)
    return ask["reported"] and dated_by_its_report(known.kind, known.status, known.start, known.precision,
                                                   known.date_text) \
        and in_its_report_days(known.end or known.start, telling.start)


def _why(telling, known: Known, country_of, dates: str) -> str:
    """A merge's reason: how the sides were named, and how the dates agree."""
    return f"{sides_evidence(telling.participants, known.participants, country_of)}; {dates}"


def _told_by_countries_why(telling) -> str:
    return f"told by its countries at the level its words name ({telling.level}), the meeting of that level that day"


def _title_of(known: Known, country_of) -> str | None:
    """The key a named meeting is known by (core.meetings.meeting_names.title_key)."""
    return title_key(known.title, country_of)


def told_fuller(telling, known: Known, country_of) -> bool:
    """The same meeting on a day both tellings give, of a fitting kind and place, one telling naming more people
    of one of its sides (core.meetings.same_sides.one_side_told_fuller)."""
    s = telling
    return own_date(s.start, s.precision, s.date_text) and own_date(known.start, known.precision, known.date_text) \
        and s.start[:10] == known.start[:10] and kinds_fit(s.kind, known.kind) \
        and places_fit(s.place, known.place, country_of) \
        and (one_side_told_fuller(s.participants, known.participants, country_of)
             or one_side_told_fuller(known.participants, s.participants, country_of))


def in_the_other_time(telling, candidates: list[Known], country_of,
                      other_time: Callable[[str], Iterable[Known]] | None = None) -> Known | None:
    """A meeting one outlet dates by Japan time (日本時間8日未明) and another by the local day before it
    (7日午前): the one meeting of the same sides, kind and place on the other day, told in the other time."""
    s = telling
    local = local_day_of(s.start, s.date_text)
    other = local or day_after(s.start)
    if other is None:
        return None
    keys, names = _keys(s)
    kinds = fitting_kinds(s.kind)
    pool = candidates if other_time is None else first_made(other_time(other))
    fits = [k for k in pool if k.start == other and _shares(k, keys, names)
            and (kinds is None or k.kind in kinds) and own_date(k.start, k.precision, k.date_text)
            and (local is not None or local_day_of(k.start, k.date_text) is not None)
            and one_meeting(dict(s.as_dict(), start=other), {"kind": k.kind, "participants": k.participants,
                                                             "start": other, "place": k.place}, country_of)
            and same_keys(s.participants, k.participants, country_of)]
    return fits[0] if len(fits) == 1 else None


def tell_known(telling, candidates, country_of, taken=(), other_time=None, by_countries=None):
    """The known meeting a telling is, and whether it was found by its countries (tell_known_why, without the
    reason)."""
    return tell_known_why(telling, candidates, country_of, taken, other_time, by_countries)[:2]


def tell_known_why(telling, candidates, country_of, taken=(), other_time=None, by_countries=None):
    """The known meeting a telling is, whether it was found by its countries (the record then learns the
    telling's people), and why: the merge rule first, else a record told by its countries; a record another
    meeting of the telling's article went to is not it (the article told them apart). by_countries() gives the
    candidates told by the telling's countries that day, read only when the rule found none (the candidates
    when not given)."""
    candidates = list(candidates)
    found, why = known_and_why(telling, candidates, country_of, other_time)
    if found is not None and found.id not in taken:
        return found, False, why
    if level_of_its_people(telling, country_of) is None:
        return None, False, None
    found = told_by_its_countries(telling, candidates if by_countries is None else by_countries(), country_of)
    if found is not None and found.id not in taken:
        return found, True, (f"its people at the level of a meeting told by their countries "
                             f"({', '.join(its_countries(telling, country_of))}) on its day")
    return None, False, None
