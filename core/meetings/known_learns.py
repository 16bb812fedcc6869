"""What a known meeting takes from a telling joined to it: the people it did not name (all of them when it
was found by its countries, more of one side, the side it lacked) and a date or status its own lacked (an
undated record takes the telling's day, a plan told again as held is held).

Kept apart from core.meetings.known, which decides whether a telling is a known meeting: the window's
import and the batch both call these once it has decided, so both learn the same.
"""

from __future__ import annotations

from core.meetings.known import PLANS
from core.meetings.known_record import Known
from core.meetings.lacking_side import one_side_lacking
from core.meetings.same_dates import dated_by_its_report, own_date, range_holds_day, round_under_way
from core.meetings.same_sides import one_side_told_fuller


def people_learnt(known: Known, telling, by_countries: bool, country_of) -> list:
    """The telling's people the known meeting takes: all of them when it was found by its countries (日中首脳会談
    learns 石破 and 習), more attendees of a summit, more people of one of its sides (林外相も同席), or the side a
    record told first without it lacked (中国首脳と会談, its partner unread: the record learns 習)."""
    if by_countries or telling.kind == "multilateral" \
            or one_side_told_fuller(known.participants, telling.participants, country_of) \
            or one_side_lacking(telling, known, country_of):
        have = {p.entity_id or p.name for p in known.participants}
        out = []
        for p in telling.participants:
            if (p.entity_id or p.name) not in have:
                have.add(p.entity_id or p.name)
                out.append(p)
        return out
    return []


def dates_learnt(known: Known, telling) -> dict:
    """What the known meeting's date and status become when the telling is joined to it: an undated record takes
    the telling's date, a plan for part of a month its day, a round under way the day of its own a later telling
    gives, a plan told again as held on its day is held. Empty when nothing changes."""
    if not telling.start:
        return {}
    refined = known.status in PLANS and range_holds_day(known.start, known.end, known.precision, known.date_text,
                                                        telling.start, telling.precision, telling.date_text)
    refined = refined or (round_under_way(known.kind, known.start, known.precision, known.date_text)
                          or dated_by_its_report(known.kind, known.status, known.start, known.precision,
                                                 known.date_text)) \
        and own_date(telling.start, telling.precision, telling.date_text)
    if known.start and not refined:
        if known.status in PLANS and telling.status == "held" and known.start == telling.start \
                and own_date(telling.start, telling.precision, telling.date_text):
            return {"status": "held"}
        return {}
    return {"start": telling.start, "end": telling.end or telling.start, "precision": telling.precision,
            "date_text": telling.date_text, "status": telling.status}
