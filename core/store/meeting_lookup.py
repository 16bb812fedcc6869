"""What meeting suggestion asks of the library: candidate meetings, undecided mentions, series links."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


def forget_detected_mentions(db: sqlite_utils.Database, article_id: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Drop the article's undecided detected meeting mentions; return the spans the user decided on and the
    ids of those dropped (the rewrite logs them: core.store.changes.log_rewrite)."""
    decided = [(r[0], r[1]) for r in db.execute(
        "SELECT start_char, end_char FROM meeting_mentions WHERE article_id = ? AND state != 'proposed'",
        [article_id])]
    dropped = [r[0] for r in db.execute("DELETE FROM meeting_mentions WHERE article_id = ? AND origin = 'detected' "
                                        "AND state = 'proposed' RETURNING id", [article_id]).fetchall()]
    return decided, dropped


def drop_unmentioned_proposals(db: sqlite_utils.Database) -> None:
    """Delete proposed meetings no article speaks of any more."""
    db.execute("DELETE FROM meetings WHERE origin = 'proposed' AND state = 'proposed' AND id NOT IN "
               "(SELECT meeting_id FROM meeting_mentions WHERE meeting_id IS NOT NULL)")


def named_summits(db: sqlite_utils.Database, start: str | None = None) -> list[dict]:
    """(id, title, start_date) of the multilateral meetings with a name, rejected ones left out; with start,
    only those dated in its year (an indexed look-up: two dated tellings of one meeting share their year)."""
    if start is None:
        return list(db.query("SELECT id, title, start_date FROM meetings WHERE state != 'rejected' "
                             "AND kind = 'multilateral' AND title IS NOT NULL ORDER BY id"))
    year = start[:4]
    return list(db.query("SELECT id, title, start_date FROM meetings WHERE start_date >= ? AND start_date < ? "
                         "AND state != 'rejected' AND kind = 'multilateral' AND title IS NOT NULL ORDER BY id",
                         [year, year + "\uffff"]))


# A day the text gives a meeting (core.meetings.same_dates.own_date), in SQL.
_OWN_DATE = "(length(start_date) >= 10 AND NOT (IFNULL(precision, '') = 'days' AND IFNULL(date_text, '') = ''))"
_PLANNED_VISIT = "(kind = 'visit' AND status IN ('proposed', 'scheduled'))"


def meetings_sharing(db: sqlite_utils.Database, keys: list[str], names: list[str], start: str | None,
                     kinds: tuple[str, ...] | None = None, own_dated: bool = False, planned_visits: bool = False,
                     ) -> list[dict]:
    """Meetings with a participant among keys (entity ids) or names, whose date can agree with start,
    first created first.

    An indexed look-up, not a scan: only meetings that share a participant are read. kinds keeps those of
    these kinds; own_dated keeps those dated by a day their text gives, and planned visits too with
    planned_visits: a telling can be no other meeting, so a pair told in many articles is not read whole.
    """
    marks = ",".join("?" * len(keys)) or "NULL"
    name_marks = ",".join("?" * len(names)) or "NULL"
    date_ok = "1"
    params: list = list(keys) + list(names)
    if start:
        date_ok = "(start_date IS NULL OR start_date LIKE ? || '%' OR ? LIKE start_date || '%')"
        params += [start, start]
    narrower = ""
    if kinds:
        narrower += f" AND kind IN ({','.join('?' * len(kinds))})"
        params += list(kinds)
    if own_dated:
        narrower += f" AND ({_OWN_DATE} OR {_PLANNED_VISIT})" if planned_visits else f" AND {_OWN_DATE}"
    return list(db.query(
        f"SELECT * FROM meetings WHERE state != 'rejected' AND id IN (SELECT meeting_id FROM meeting_participants "
        f"WHERE entity_id IN ({marks}) OR (entity_id IS NULL AND name IN ({name_marks}))) AND {date_ok}{narrower} "
        f"ORDER BY id", params))


# Talks, a call, a visit told held with no day of their own, dated by their report
# (core.meetings.same_dates.dated_by_its_report).
_REPORT_DATED = ("(kind IN ('talks', 'phone_call', 'video_call', 'visit') AND status = 'held' "
                 "AND length(start_date) >= 10 AND IFNULL(precision, '') = 'days' AND IFNULL(date_text, '') = '')")


def meetings_of_days(db: sqlite_utils.Database, keys: list[str], names: list[str], first: str, last: str,
                     kinds: tuple[str, ...] | None = None, report_dated: bool = False) -> list[dict]:
    """Meetings with a participant among keys or names that start on a day from first to last: dated by a day of
    their own, or (report_dated) talks dated only by the days before their report. An indexed look-up by
    participant."""
    marks = ",".join("?" * len(keys)) or "NULL"
    name_marks = ",".join("?" * len(names)) or "NULL"
    narrower = f" AND kind IN ({','.join('?' * len(kinds))})" if kinds else ""
    return list(db.query(
        f"SELECT * FROM meetings WHERE state != 'rejected' AND id IN (SELECT meeting_id FROM meeting_participants "
        f"WHERE entity_id IN ({marks}) OR (entity_id IS NULL AND name IN ({name_marks}))) "
        f"AND substr(start_date, 1, 10) BETWEEN ? AND ? AND {_REPORT_DATED if report_dated else _OWN_DATE}{narrower} "
        f"ORDER BY id", [*keys, *names, first, last, *(kinds or ())]))


def plans_in_month(db: sqlite_utils.Database, keys: list[str], names: list[str], day: str,
                   kinds: tuple[str, ...] | None = None) -> list[dict]:
    """Planned meetings with a participant among keys or names, dated by words for part of day's month
    (今月中旬, 来月) or for its week (来週): the plan a telling of that day may be the meeting of. An indexed
    look-up by participant."""
    marks = ",".join("?" * len(keys)) or "NULL"
    name_marks = ",".join("?" * len(names)) or "NULL"
    narrower = f" AND kind IN ({','.join('?' * len(kinds))})" if kinds else ""
    iso = date.fromisoformat(day[:10]).isocalendar()
    return list(db.query(
        f"SELECT * FROM meetings WHERE state != 'rejected' AND status IN ('scheduled', 'proposed') "
        f"AND IFNULL(date_text, '') != '' AND (precision IN ('month', 'days') AND substr(start_date, 1, 7) = ? "
        f"OR precision = 'week' AND start_date = ?) "
        f"AND id IN (SELECT meeting_id FROM meeting_participants WHERE entity_id IN ({marks}) "
        f"OR (entity_id IS NULL AND name IN ({name_marks}))){narrower} ORDER BY id",
        [day[:7], f"{iso[0]}-W{iso[1]:02d}", *keys, *names, *(kinds or ())]))


def meetings_of_month(db: sqlite_utils.Database, month: str) -> list[dict]:
    """Meetings dated by a day their text gives in that month (YYYY-MM), not rejected (an indexed range on the
    start date)."""
    return list(db.query(f"SELECT * FROM meetings WHERE state != 'rejected' AND start_date >= ? AND start_date < ? "
                         f"AND {_OWN_DATE} ORDER BY id", [month, month + "\uffff"]))


def meetings_on_day(db: sqlite_utils.Database, day: str) -> list[dict]:
    """Meetings dated that very day, not rejected (an indexed look-up by start date)."""
    return list(db.query("SELECT * FROM meetings WHERE state != 'rejected' AND start_date = ?", [day]))


def told_by_countries_on_day(db: sqlite_utils.Database, day: str, countries: list[str]) -> list[dict]:
    """Meetings not rejected, dated that very day by their text, whose participants are these countries and
    nobody else (日中首脳会談 told by its countries), each with the words its mentions were told by and the six
    characters before each (told_by: 首脳電話会談, where the mention is 電話会談), and the forty characters
    before each (said_before: 米中両国の外相は11日、クアラルンプールで, where the mention is 会談)."""
    marks = ",".join("?" * len(countries)) or "NULL"
    rows = db.query(
        f"SELECT meetings.*, (SELECT group_concat(substr(articles.body, max(mm.start_char - 5, 1), "
        f"mm.end_char - max(mm.start_char - 6, 0)), char(31)) FROM meeting_mentions AS mm "
        f"JOIN articles ON articles.id = mm.article_id WHERE mm.meeting_id = meetings.id) "
        f"AS told_by, (SELECT group_concat(substr(articles.body, max(mm.start_char - 39, 1), "
        f"mm.start_char - max(mm.start_char - 40, 0)), char(31)) FROM meeting_mentions AS mm "
        f"JOIN articles ON articles.id = mm.article_id WHERE mm.meeting_id = meetings.id) "
        f"AS said_before FROM meetings WHERE state != 'rejected' AND start_date = ? AND {_OWN_DATE} "
        f"AND NOT EXISTS (SELECT 1 FROM meeting_participants WHERE meeting_id = meetings.id "
        f"AND (entity_id IS NULL OR entity_id NOT IN ({marks}))) "
        f"AND (SELECT count(DISTINCT entity_id) FROM meeting_participants WHERE meeting_id = meetings.id) = ? "
        f"ORDER BY id", [day, *countries, len(set(countries))])
    return [dict(row, told_by=(row["told_by"] or "").split("\x1f"),
                 said_before=(row["said_before"] or "").split("\x1f")) for row in rows]


def reports_of(db: sqlite_utils.Database, meeting_id: int) -> list[tuple[str | None, str | None]]:
    """(publication or inferred reference date, dateline) of each article that tells a meeting."""
    return [tuple(row) for row in db.execute(
        "SELECT COALESCE(published, published_inferred), dateline FROM articles WHERE id IN "
        "(SELECT article_id FROM meeting_mentions WHERE meeting_id = ?)", [meeting_id]).fetchall()]


def meeting_row(db: sqlite_utils.Database, meeting_id: int) -> dict:
    """Every column of one meeting."""
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise KeyError(meeting_id)
    return rows[0]


def dated_meetings_of_all(db: sqlite_utils.Database, meeting_id: int, keys: list[str]) -> list[dict]:
    """Other dated meetings, not rejected, whose participants include every entity of keys."""
    marks = ",".join("?" * len(keys))
    return list(db.query(
        f"SELECT * FROM meetings WHERE id != ? AND state != 'rejected' AND start_date IS NOT NULL AND id IN "
        f"(SELECT meeting_id FROM meeting_participants WHERE entity_id IN ({marks}) GROUP BY meeting_id "
        f"HAVING count(DISTINCT entity_id) = ?)", [meeting_id, *keys, len(set(keys))]))


def has_link(db: sqlite_utils.Database, from_id: int, to_id: int, relation: str) -> bool:
    """Whether the library links from_id to to_id by relation already."""
    return db.execute("SELECT 1 FROM meeting_links WHERE from_id = ? AND to_id = ? AND relation = ?",
                      [from_id, to_id, relation]).fetchone() is not None


def linked_otherwise(db: sqlite_utils.Database, first: int, second: int) -> bool:
    """Whether the library links the two meetings, either way, by a relation other than series."""
    return db.execute("SELECT 1 FROM meeting_links WHERE relation != 'series' AND ((from_id = ? AND to_id = ?) "
                      "OR (from_id = ? AND to_id = ?))", [first, second, second, first]).fetchone() is not None


def drop_proposed_series(db: sqlite_utils.Database, first: int, second: int) -> None:
    """Delete the series link Kaidan proposed between the two meetings, either way (an article links them by a
    relation of its own); one the user accepted stays."""
    db.execute("DELETE FROM meeting_links WHERE relation = 'series' AND origin = 'proposed' AND state = 'proposed' "
               "AND ((from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?))", [first, second, second, first])
