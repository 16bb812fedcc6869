"""Meetings held during a trip, a visit or a named summit another article told: part of it.

One article tells a trip or a visit with its days (トランプ大統領は26日から29日まで、マレーシア、日本、韓国を歴訪する);
another tells talks of the traveller on one of those days in a country the trip goes to (トランプ大統領は27日、東京で
高市首相と会談した): the talks are `part_of` the trip, as an article telling both would say (訪問中の東京で). The
evidence is the days and the places, never a name: talks the traveller holds at home, a call (made from anywhere),
talks of a day outside the trip, or in a country it does not go to are not part of it, and an article that told
both meetings decided for itself. A named summit (APEC首脳会議, G7サミット) told with its days and place holds the
talks and signings of its named sides held in its place on one of its days (sideline talks: 岸田首相は20日、広島市で
バイデン大統領と会談した); the host's talks with a leader the summit does not name are not held at it.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from core.meetings.same_dates import own_date
from core.store.meeting_lookup import has_link, meeting_row, meetings_on_day, meetings_sharing, named_summits
from core.store.meetings import add_link, participant_records

CONTAINERS = ("trip", "visit")
# what a traveller does in a country the trip goes to (a call is made from anywhere)
HELD_THERE = ("talks", "multilateral", "signing", "visit")
LONGEST_TRIP = 21  # days: a span longer than this is a stay or a season, not one journey
ON_THE_SIDELINES = ("talks", "signing")  # what leaders attending a summit hold beside it


def _is_person(key: str | None) -> bool:
    return str(key or "").startswith(("person:", "found:PERSON:"))


def _country(key: str | None, country_of) -> str | None:
    """A country's own id, or the country of a person or a place."""
    if not key:
        return None
    return key if str(key).startswith("country:") else country_of(key)


def _days(row: dict) -> tuple[date, date] | None:
    """A trip's or visit's first and last day, when its text gives them and they make one journey."""
    start, end = row.get("start_date"), row.get("end_date") or row.get("start_date")
    if not own_date(start, row.get("precision"), row.get("date_text")) or not end or len(end) < 10:
        return None
    try:
        first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    except ValueError:
        return None
    return (first, last) if 0 <= (last - first).days <= LONGEST_TRIP else None


def _spans(container: dict, day: str | None) -> bool:
    """Whether a trip's or visit's own days hold a day (an ISO day)."""
    span = _days(container)
    return span is not None and bool(day) and span[0].isoformat() <= day[:10] <= span[1].isoformat()


def travellers(container: dict, people: list) -> list[str]:
    """The people who travel: the visitors, else the one person of a trip or visit with no host named."""
    visitors = [p.entity_id for p in people if p.role == "visitor" and _is_person(p.entity_id)]
    if visitors:
        return visitors
    persons = [p.entity_id for p in people if _is_person(p.entity_id)]
    hosts = [p for p in people if p.role == "host"]
    return persons if len(persons) == 1 and not hosts else []


def visited(container: dict, people: list, country_of) -> set[str]:
    """The countries a trip or visit goes to: its countries, its hosts' and its place's, less the travellers'."""
    going = travellers(container, people)
    home = {_country(t, country_of) for t in going}
    out = {_country(p.entity_id, country_of) for p in people if p.entity_id not in going
           and (str(p.entity_id or "").startswith("country:") or p.role == "host")}
    out.add(_country(container.get("place_entity_id"), country_of))
    return out - home - {None}


def held_during(meeting: dict, people: list, container: dict, container_people: list, country_of) -> str | None:
    """Why a meeting is part of a trip or visit (the evidence a link keeps), or None: held on one of its days, by
    one of its travellers, in a country it goes to (the meeting's place, or with no place a side of that country)."""
    if container["kind"] not in CONTAINERS or meeting["kind"] not in HELD_THERE or meeting["id"] == container["id"] \
            or meeting["kind"] == "visit" and container["kind"] != "trip" or container.get("status") == "cancelled":
        return None  # (a trip called off holds no talks)
    span = _days(container)
    day = meeting.get("start_date")
    if span is None or not own_date(day, meeting.get("precision"), meeting.get("date_text")) or len(day) != 10:
        return None
    try:
        held_on = date.fromisoformat(day)
    except ValueError:
        return None
    last = meeting.get("end_date") or day
    if not span[0] <= held_on <= span[1] or len(last) < 10 or last[:10] > span[1].isoformat():
        return None  # (a visit inside a trip ends in it too)
    keys = {p.entity_id for p in people}
    going = [t for t in travellers(container, container_people) if t in keys]
    countries = visited(container, container_people, country_of)
    if not going or not countries:
        return None
    place = _country(meeting.get("place_entity_id"), country_of)
    if place is not None:
        where = place if place in countries else None
    else:
        sides = {_country(p.entity_id, country_of) for p in people if p.entity_id not in going} - {None}
        where = next(iter(sorted(sides & countries)), None)
    if where is None:
        return None
    return (f"held on {day} by {', '.join(going)} in {where}, during the {container['kind']} of "
            f"{span[0].isoformat()} to {span[1].isoformat()} to {', '.join(sorted(countries))}")


def at_the_summit(meeting: dict, summit: dict, country_of, sides: list | None = None,
                  attendees: list | None = None) -> str | None:
    """Why talks are part of a named summit (the evidence a link keeps), or None: held on one of its own days, in
    its place (the same place, or a place of the country it is held in), by sides the summit names (two or more;
    sides and attendees: the participants of the talks and of the summit)."""
    if summit["kind"] != "multilateral" or not summit.get("title") or meeting["kind"] not in ON_THE_SIDELINES \
            or meeting["id"] == summit["id"] or summit.get("status") == "cancelled":
        return None
    day, place, venue = meeting.get("start_date"), meeting.get("place_entity_id"), summit.get("place_entity_id")
    if not own_date(day, meeting.get("precision"), meeting.get("date_text")) or not _spans(summit, day) \
            or not place or not venue:
        return None
    if place != venue and not (str(venue).startswith("country:") and country_of(place) == venue):
        return None
    present = {_country(p.entity_id, country_of) for p in attendees or ()} - {None}
    theirs = {_country(p.entity_id, country_of) for p in sides or ()} - {None}
    if len(present) < 2 or not theirs or not theirs <= present:
        return None  # only talks of its named sides: the host's other talks that day are not held at it
    span = _days(summit)
    return f"held on {day[:10]} in {place}, at {summit['title']} ({span[0].isoformat()} to {span[1].isoformat()})"


def _articles_of(db: sqlite_utils.Database, meeting_id: int) -> set[int]:
    return {r[0] for r in db.execute("SELECT DISTINCT article_id FROM meeting_mentions WHERE meeting_id = ?",
                                     [meeting_id]).fetchall()}


def _has_parent(db: sqlite_utils.Database, meeting_id: int) -> bool:
    return db.execute("SELECT 1 FROM meeting_links WHERE from_id = ? AND relation = 'part_of' LIMIT 1",
                      [meeting_id]).fetchone() is not None


def container_links(db: sqlite_utils.Database, meeting_id: int, country_of, article_id: int | None = None) -> int:
    """Link a meeting to the trip or visit of another article it was held during (the shortest such, when one is
    shortest), or a trip or visit to the meetings of other articles held during it that have no parent yet; the
    number of links added. Read by indexed look-ups of the travellers' meetings of that year."""
    row = meeting_row(db, meeting_id)
    if not row or not row.get("start_date"):
        return 0
    here = _articles_of(db, meeting_id)
    added = _summit_links(db, row, here, country_of, article_id)
    people = participant_records(db, meeting_id)
    persons = [p.entity_id for p in people if _is_person(p.entity_id)]
    if not persons:
        return added
    year = row["start_date"][:4]
    if row["kind"] in HELD_THERE and not _has_parent(db, meeting_id):
        fits = []
        for other in meetings_sharing(db, persons, [], year, CONTAINERS):
            if not _spans(other, row["start_date"]):
                continue  # no days of its own, or not that day: no look-up of its people
            why = held_during(row, people, other, participant_records(db, other["id"]), country_of)
            if why and not here & _articles_of(db, other["id"]):
                span = _days(other)
                fits.append(((span[1] - span[0]).days, other["kind"] == "trip", other["id"], why))
        fits.sort()
        if fits and (len(fits) == 1 or fits[0][:2] != fits[1][:2]):
            _, _, parent, why = fits[0]
            if not has_link(db, meeting_id, parent, "part_of"):
                add_link(db, meeting_id, parent, "part_of", "proposed", why, article_id)
                added += 1
    if row["kind"] in CONTAINERS and _days(row) is not None:
        going = travellers(row, people)
        for other in meetings_sharing(db, going, [], year, HELD_THERE) if going else ():
            if other["id"] == meeting_id or not _spans(row, other["start_date"]) or _has_parent(db, other["id"]) \
                    or here & _articles_of(db, other["id"]):
                continue
            why = held_during(other, participant_records(db, other["id"]), row, people, country_of)
            if why:
                add_link(db, other["id"], meeting_id, "part_of", "proposed", why, article_id)
                added += 1
    return added


def _begun_by(start: str | None, day: str) -> bool:
    """Whether a meeting starting on start (an ISO day) may still be going on on day: begun at most LONGEST_TRIP
    days before it (read before any look-up of the meeting's people)."""
    try:
        gap = (date.fromisoformat(day[:10]) - date.fromisoformat(str(start)[:10])).days
    except ValueError:
        return False
    return 0 <= gap <= LONGEST_TRIP


def _summit_links(db: sqlite_utils.Database, row: dict, here: set, country_of, article_id: int | None) -> int:
    """Talks to the named summit of another article they were held at (the one such), or a named summit to the
    talks of other articles held at it with no parent yet; the number of links added."""
    added = 0
    if row["kind"] in ON_THE_SIDELINES and not _has_parent(db, row["id"]):
        day, sides = row["start_date"][:10], participant_records(db, row["id"])
        fits = [(summit["id"], why) for summit in named_summits(db, day)
                if _begun_by(summit.get("start_date"), day)
                and _spans(summit_row := meeting_row(db, summit["id"]), day)
                and (why := at_the_summit(row, summit_row, country_of, sides, participant_records(db, summit["id"])))
                and not here & _articles_of(db, summit["id"])]
        if len(fits) == 1 and not has_link(db, row["id"], fits[0][0], "part_of"):
            add_link(db, row["id"], fits[0][0], "part_of", "proposed", fits[0][1], article_id)
            added += 1
    span = _days(row) if row["kind"] == "multilateral" and row.get("title") else None
    if span is not None:
        for offset in range((span[1] - span[0]).days + 1):
            day = date.fromordinal(span[0].toordinal() + offset).isoformat()
            for other in meetings_on_day(db, day):
                if other["kind"] not in ON_THE_SIDELINES or _has_parent(db, other["id"]) \
                        or here & _articles_of(db, other["id"]):
                    continue
                why = at_the_summit(other, row, country_of, participant_records(db, other["id"]),
                                    participant_records(db, row["id"]))
                if why:
                    add_link(db, other["id"], row["id"], "part_of", "proposed", why, article_id)
                    added += 1
    return added
