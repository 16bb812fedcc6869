"""The library's meeting a proposal describes: indexed look-ups of the meetings it may be, read as the merge rule
reads them (core.meetings.known)."""

from __future__ import annotations

import sqlite_utils

from core.dates import reference_date
from core.meetings.known import lookups, tell_known_why
from core.meetings.known_countries import its_countries, told_by_countries
from core.meetings.known_record import Known, levels_told
from core.meetings.merge import fitting_kinds
from core.meetings.nicknames import months_of
from core.meetings.proposal import Proposal
from core.meetings.same_dates import dates_agree, day_after, local_day_of, report_week, report_weeks_of
from core.store.meeting_lookup import (
    meetings_of_days, meetings_of_month, meetings_on_day, meetings_sharing, named_summits, plans_in_month,
    reports_of, told_by_countries_on_day,
)
from core.store.meetings import participant_records


def _candidates(db: sqlite_utils.Database, proposal: Proposal) -> list[Known]:
    """The library's meetings a proposal may be (core.meetings.known.lookups): indexed look-ups that read only
    meetings sharing a participant, of a fitting kind and a date that can agree, the plans of its month, the
    meetings of its day or month when it is told by countries, the named summits of its year."""
    ask = lookups(proposal)
    if ask is None:
        return []
    if ask["named"]:
        return [Known(row["id"], "multilateral", "held", [], row["start_date"], title=row["title"])
                for row in named_summits(db, proposal.start)]
    keys, names, start = ask["keys"], ask["names"], proposal.start
    rows = [] if ask["under_way"] else meetings_sharing(db, keys, names, ask["start"], ask["kinds"], own_dated=True,
                                                        planned_visits=ask["planned"] or ask["held_visit"])
    if proposal.kind == "negotiation_round" and (ask["own"] or ask["under_way"]):  # begun in one report, ended in another
        rows += meetings_sharing(db, keys, names, start[:7], ("negotiation_round",))
    if ask["own"] and not ask["in_words"]:
        rows += plans_in_month(db, keys, names, start, ask["kinds"])
    if ask["lent"] or ask["reported"]:  # talks told with no day, and talks of a day in the week before the report
        first, last = report_week(proposal.end or start) if ask["lent"] else report_weeks_of(start)
        rows += meetings_of_days(db, keys, names, first, last, ask["kinds"], report_dated=ask["reported"])
    if ask["by_country"]:
        rows += meetings_on_day(db, start)
    if ask["by_country_month"]:
        rows += meetings_of_month(db, start)
    return _known_rows(db, rows)


def _known_rows(db: sqlite_utils.Database, rows: list[dict]) -> list[Known]:
    """Library rows as the merge rule reads them, each once, with its participants (and the levels its tellings
    name, when the look-up read them)."""
    out, seen = [], set()
    for row in rows:
        if row["id"] in seen:
            continue
        seen.add(row["id"])
        levels = levels_told(row["told_by"], row["said_before"]) if "told_by" in row else set()
        out.append(Known(row["id"], row["kind"], row["status"], participant_records(db, row["id"]), row["start_date"],
                         row["end_date"], row["precision"], row["date_text"], row["place_entity_id"], row["title"],
                         levels, _reported(db, row)))
    return out


def _reported(db: sqlite_utils.Database, row: dict) -> str | None:
    """The day of the latest report that told a planned visit (core.meetings.merge.plans_of_one_time), read for
    planned visits only: no other meeting asks it."""
    if row["kind"] != "visit" or row["status"] not in ("proposed", "scheduled"):
        return None
    days = [day for published, dateline in reports_of(db, row["id"])
            if (day := reference_date(published, dateline)) is not None]
    return max(days).isoformat() if days else None


def meetings_of_time(db: sqlite_utils.Database, time: str) -> list[dict]:
    """The meetings of a day, or those dated by a day of their own in a week or month (a nickname's time)."""
    if len(time) == 10:
        return meetings_on_day(db, time)
    return [row for month in months_of(time) for row in meetings_of_month(db, month)
            if dates_agree(time, row["start_date"])]


def known_meeting(db: sqlite_utils.Database, proposal: Proposal, country_of,
                   taken) -> tuple[Known | None, bool, str | None]:
    """The library's meeting the proposal describes (core.meetings.known.tell_known_why), whether it was found by
    its countries, and why; none another meeting of its article went to (taken)."""
    def other_time(day: str) -> list[Known]:
        if told_by_countries(proposal):  # its countries' record of that day, with the levels its words name
            countries = [p.entity_id for p in proposal.participants]
            return _known_rows(db, told_by_countries_on_day(db, day, countries) + meetings_on_day(db, day))
        keys, names = _keys_of(proposal)
        return _known_rows(db, meetings_sharing(db, keys, names, day, fitting_kinds(proposal.kind), own_dated=True))

    def by_countries() -> list[Known]:  # told by its people at a level: a record told by their countries that day
        countries = its_countries(proposal, country_of)  # (or the day after, told in Japan time, or the local day)
        days = dict.fromkeys(d for d in (proposal.start, day_after(proposal.start),
                                         local_day_of(proposal.start, proposal.date_text)) if d)
        return _known_rows(db, [row for day in days for row in told_by_countries_on_day(db, day, countries)])

    return tell_known_why(proposal, _candidates(db, proposal), country_of, taken, other_time, by_countries)


def _keys_of(proposal: Proposal) -> tuple[list, list]:
    return ([p.entity_id for p in proposal.participants if p.entity_id],
            [p.name for p in proposal.participants if not p.entity_id])
