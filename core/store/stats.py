"""What a library holds, counted by SQL aggregates in one read snapshot: `kaidan stats`.

The figures are one JSON-shaped dict with stable keys. A fixed set of values (states, statuses,
meeting kinds) is a dict naming every value, 0 included; an open one (source formats, outlets,
entity types, stances, annotators) is a list of objects, largest first or in the scheme's order.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable

from core.store.articles import STATUSES as ARTICLE_STATUSES
from core.store.connection import library_file
from core.store.migrate import schema_version
from core.store.meetings import KINDS as MEETING_KINDS
from core.store.meetings import RELATIONS as LINK_RELATIONS
from core.store.meetings import STATUSES as MEETING_STATUSES
from core.store.migrations import MIGRATIONS
from core.store.transactions import snapshot

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

TOP_OUTLETS = 10
MENTION_STATES = ("proposed", "accepted", "rejected")
CLAIM_STATES = ("candidate", "accepted", "dismissed")
MEETING_STATES = ("proposed", "confirmed", "rejected")
LINK_STATES = ("proposed", "accepted", "rejected")
TEAM_STATES = ("agreeing", "disagreeing", "adjudicated")
DECISION_LAYERS = ("entity", "claim", "tie", "link")
# How sure Kaidan is of a proposed meeting, in the bands the meetings view filters by; the
# user's own meetings carry no confidence.
CONFIDENCE_BANDS = ("sure", "fairly_sure", "unsure", "user")
_BAND = ("CASE WHEN confidence IS NULL THEN 'user' WHEN confidence >= 0.75 THEN 'sure' "
         "WHEN confidence >= 0.5 THEN 'fairly_sure' ELSE 'unsure' END")


def library_stats(db: sqlite_utils.Database) -> dict:
    """Every figure of `kaidan stats` for the library, read in one snapshot (consistent while others write)."""
    with snapshot(db):
        return {
            "library": _library(db),
            "last_import": _last_import(db),
            "articles": _articles(db),
            "mentions": _mentions(db),
            "claims": _claims(db),
            "meetings": _meetings(db),
            "team": _team(db),
        }


def _library(db: sqlite_utils.Database) -> dict:
    path = library_file(db)
    size = wal = None
    if path is not None:
        size = _size(path)
        wal = _size(path.with_name(path.name + "-wal")) or 0
    return {"path": str(path) if path else None, "bytes": size, "wal_bytes": wal,
            "schema": schema_version(db), "kaidan_schema": len(MIGRATIONS)}


def _size(path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _last_import(db: sqlite_utils.Database) -> dict | None:
    """The newest article (highest id): when it was imported and from what."""
    row = db.execute("SELECT id, imported_at, source FROM articles ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else {"article_id": row[0], "imported_at": row[1], "source": row[2]}


def _articles(db: sqlite_utils.Database) -> dict:
    # One scan of the table for what no index holds; the dates and outlets come from their indexes.
    rows = db.execute(
        "SELECT source_format, status, count(*), sum(cleaning_check IS NOT NULL), "
        "sum(published IS NULL AND published_inferred IS NOT NULL) FROM articles GROUP BY 1, 2").fetchall()
    formats: dict[str, int] = {}
    for source_format, _, count, _, _ in rows:
        formats[_label(source_format)] = formats.get(_label(source_format), 0) + count
    first, last, undated = db.execute(
        "SELECT (SELECT min(published) FROM articles), (SELECT max(published) FROM articles), "
        "(SELECT count(*) FROM articles WHERE published IS NULL)").fetchone()
    outlets = [(_label(o), n) for o, n in db.execute("SELECT outlet, count(*) FROM articles GROUP BY outlet")]
    named = sorted(((o, n) for o, n in outlets if o), key=lambda item: (-item[1], item[0]))
    return {
        "total": sum(r[2] for r in rows),
        "by_source_format": [{"source_format": f, "articles": n}
                             for f, n in sorted(formats.items(), key=lambda item: (-item[1], item[0]))],
        "by_status": _tally(((r[1], r[2]) for r in rows), ARTICLE_STATUSES),
        "dates": {"first": first, "last": last, "undated": undated,
                  "undated_inferred": sum(r[4] or 0 for r in rows)},
        "check_cleaning": sum(r[3] or 0 for r in rows),
        "outlets": len(named),
        "no_outlet": sum(n for o, n in outlets if not o),
        "top_outlets": [{"outlet": o, "articles": n} for o, n in named[:TOP_OUTLETS]],
    }


def _mentions(db: sqlite_utils.Database) -> dict:
    rows = db.execute(
        "SELECT type, count(*), sum(state = 'proposed'), sum(state = 'accepted'), sum(state = 'rejected'), "
        "sum(origin = 'user'), sum(entity_id IS NOT NULL), sum(detached) FROM mentions GROUP BY type").fetchall()
    by_type = [{"type": _label(t), "total": n, "proposed": p, "accepted": a, "rejected": r, "user": u, "linked": linked,
                "detached": d} for t, n, p, a, r, u, linked, d in rows]
    by_type.sort(key=lambda item: (-item["total"], item["type"]))
    return {"total": sum(t["total"] for t in by_type),
            "by_state": {s: sum(t[s] for t in by_type) for s in MENTION_STATES},
            "by_type": by_type}


def _claims(db: sqlite_utils.Database) -> dict:
    rows = db.execute("SELECT stance, state, count(*), sum(origin = 'user') FROM claims GROUP BY 1, 2").fetchall()
    order = [key for (key,) in db.execute("SELECT key FROM stance_labels ORDER BY position")]
    stances = {key: dict.fromkeys(CLAIM_STATES, 0) for key in order}
    for stance, state, count, _ in rows:
        states = stances.setdefault(_label(stance), dict.fromkeys(CLAIM_STATES, 0))
        states[state] = states.get(state, 0) + count
    by_stance = [{"stance": key, "total": sum(states.values()), **states} for key, states in stances.items()
                 if key in order or sum(states.values())]
    by_stance.sort(key=lambda item: (item["stance"] is None, item["stance"] not in order))
    return {"total": sum(r[2] for r in rows),
            "by_state": _tally(((r[1], r[2]) for r in rows), CLAIM_STATES),
            "user": sum(r[3] or 0 for r in rows),
            "by_stance": by_stance}


def _meetings(db: sqlite_utils.Database) -> dict:
    rows = db.execute(f"SELECT kind, status, state, {_BAND}, count(*) FROM meetings GROUP BY 1, 2, 3, 4").fetchall()
    mentions = db.execute("SELECT state, count(*), count(meeting_id) FROM meeting_mentions GROUP BY 1").fetchall()
    links = db.execute("SELECT relation, state, count(*) FROM meeting_links GROUP BY 1, 2").fetchall()
    return {
        "total": sum(r[4] for r in rows),
        "by_status": _tally(((r[1], r[4]) for r in rows), MEETING_STATUSES),
        "by_state": _tally(((r[2], r[4]) for r in rows), MEETING_STATES),
        "by_confidence": _tally(((r[3], r[4]) for r in rows), CONFIDENCE_BANDS),
        "by_kind": _tally(((r[0], r[4]) for r in rows), MEETING_KINDS),
        "mentions": {"total": sum(r[1] for r in mentions), "tied": sum(r[2] for r in mentions),
                     "by_state": _tally(((r[0], r[1]) for r in mentions), MEETING_STATES)},
        "links": {"total": sum(r[2] for r in links),
                  "by_relation": _tally(((r[0], r[2]) for r in links), LINK_RELATIONS),
                  "by_state": _tally(((r[1], r[2]) for r in links), LINK_STATES)},
    }


def _team(db: sqlite_utils.Database) -> dict | None:
    """The annotators merged into a team library and where adjudication stands; None for one person's library."""
    members = db.execute("SELECT name, source, merged_at FROM team_members ORDER BY name").fetchall()
    if not members:
        return None
    decisions = db.execute("SELECT annotator, layer, count(*) FROM team_decisions GROUP BY 1, 2").fetchall()
    holdings = dict(db.execute("SELECT annotator, count(*) FROM team_holdings GROUP BY 1").fetchall())
    states = db.execute("SELECT state, count(*) FROM team_articles GROUP BY 1").fetchall()
    return {
        "annotators": [{"name": name, "source": source, "merged_at": merged_at, "articles": holdings.get(name, 0),
                        "decisions": _tally(((layer, n) for who, layer, n in decisions if who == name),
                                            DECISION_LAYERS)}
                       for name, source, merged_at in members],
        "articles": _tally(states, TEAM_STATES),
    }


def _label(value) -> str | None:
    """A value of an open set as text, whatever another tool stored there (a number, bytes)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _tally(pairs: Iterable[tuple[str, int]], keys: tuple[str, ...]) -> dict[str, int]:
    """Counts by value: every known value (0 when absent) in its order, then any other value the library holds."""
    tally = dict.fromkeys(keys, 0)
    for key, count in pairs:
        tally[key] = tally.get(key, 0) + count
    return tally
