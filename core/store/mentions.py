"""Entity mentions: detected ones, the user's own, and the user's decisions on both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.clock import now
from core.dates import reference_date
from core.dates.mentions import find_dates
from core.model import Mention
from core.store.anchors import context_of, reanchor_table, standing_row
from core.store.articles import body_is, detection_input
from core.store.changes import last_id, log_change, log_rewrite
from core.store.transactions import atomic
from core.store.records import record_of
from core.store.rows import article_rows, insert_values
from core.store.errors import RowGone

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

_EDITABLE = ("type", "entity_id", "state", "value")
# The columns of a detected mention's row, in the order detected_values and then
# store.rows.article_rows give their values.
DETECTED_COLUMNS = ("start_char", "end_char", "text", "type", "entity_id", "value", "origin", "source", "state",
                    "context", "article_id", "created")


# The columns of a stored mention in the order of Mention's fields (the rows hold no confidence: None).
_MENTION_COLUMNS = ("start_char, end_char, text, type, entity_id, value, source, NULL, id, article_id, origin, "
                    "state, context, detached, annotator, created, updated")
# The mentions a re-cleaned body keeps, moved (core.store.anchors.reanchor_table); the proposed ones are
# detected again, under new ids.
_KEPT_ON_RECLEANING = "origin = 'user' OR state != 'proposed'"


def mentions_for(db: sqlite_utils.Database, article_id: int, with_rejected: bool = False) -> list[Mention]:
    """An article's mentions in reading order: one query whose rows are the records' fields in order (a
    transcript's 40,000 mentions read as dictionaries and renamed column by column took the window seconds)."""
    sql = f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE article_id = ? AND detached = 0"
    if not with_rejected:
        sql += " AND state != 'rejected'"
    rows = db.execute(sql + " ORDER BY start_char, end_char", [article_id]).fetchall()
    return [Mention(*row) for row in rows]


def replace_detected(db: sqlite_utils.Database, article_id: int, body: str, detected, version: int,
                     fresh: bool = False) -> None:
    """Store a new detection run, keeping every user decision.

    User-added and accepted mentions stay and block what overlaps them; a
    rejected mention stays rejected (the same span is not proposed again). A run over an
    article stored before logs one change row on it (core.store.changes.log_rewrite).
    fresh: the article was stored with this body in the caller's transaction, so
    it has no mentions yet and nothing needs reading first.
    """
    with atomic(db):
        removed: list[int] = []
        if fresh:
            kept = []
        elif not body_is(db, article_id, body):
            return  # computed for a body re-cleaned since: the next run sees the new one
        else:
            kept = _decided(db, article_id)
            removed = [r[0] for r in db.execute("DELETE FROM mentions WHERE article_id = ? AND origin = 'detected' "
                                                "AND state = 'proposed' RETURNING id", [article_id]).fetchall()]
        rejected = {(m.start, m.end) for m in kept if m.state == "rejected"}
        taken = bytearray(len(body) + 1)
        for m in kept:
            if m.state != "rejected":
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        values = detected_values(body, [d for d in detected
                                        if (d.start, d.end) not in rejected and not any(taken[d.start : d.end])])
        first = 0 if fresh else last_id(db, "mentions")
        insert_values(db, "mentions", DETECTED_COLUMNS, article_rows(article_id, values, now()))
        db.execute("UPDATE articles SET entities_version = ? WHERE id = ?", [version, article_id])
        if not fresh:  # an undo of an edit of a row this run removed or wrote over is refused (core.edits.rewrites)
            log_rewrite(db, "detect_mentions", article_id, len(values), removed, (first, last_id(db, "mentions")))


def _decided(db: sqlite_utils.Database, article_id: int) -> list[Mention]:
    """The article's mentions a user made or decided on (all but the detected ones still proposed), rejected too:
    read alone, most articles have none (a re-analysis read every mention to keep none of them)."""
    rows = db.query("SELECT * FROM mentions WHERE article_id = ? AND detached = 0 "
                    "AND (origin = 'user' OR state != 'proposed') ORDER BY start_char, end_char", [article_id])
    return [record_of(Mention, r) for r in rows]


# What claim suggestion reads of a stored mention (a Mention's fields but its row's id, article, context and
# times of creation), in that order; the rows hold no confidence (a Mention read from the library has None).
READ_BY_CLAIMS = ("start", "end", "text", "type", "entity_id", "value", "source", "confidence", "origin", "state",
                  "detached", "annotator", "updated")


def claim_keys(db: sqlite_utils.Database, article_id: int) -> list[tuple]:
    """mentions_for(db, article_id) as tuples of READ_BY_CLAIMS, no record built (a re-analysis compares them
    with what its worker detected, for every article)."""
    return db.execute("SELECT start_char, end_char, text, type, entity_id, value, source, NULL, origin, state, "
                      "detached, annotator, updated FROM mentions WHERE article_id = ? AND detached = 0 "
                      "AND state != 'rejected' ORDER BY start_char, end_char", [article_id]).fetchall()


def detected_values(body: str, detected) -> list[tuple]:
    """What the rows of detected mentions of body hold before the article has its id: DETECTED_COLUMNS but
    the last two (made where detection ran, an import's worker, and sent ready to the writer)."""
    return [(d.start, d.end, d.text, d.type, d.entity_id, d.value, "detected", d.source, "proposed",
             context_of(body, d.start, d.end)) for d in detected]


def add_user_mention(
    db: sqlite_utils.Database, article_id: int, start: int, end: int, type_: str,
    entity_id: str | None = None, annotator: str | None = None, value: str | None = None,
) -> tuple[int, list[tuple[int, str]]]:
    """Add the user's mention; overlapping ones are rejected. Returns (id, [(id, old state)]).

    A DATE without a value gets the one its words resolve to against the article's date.
    """
    body, published, dateline = detection_input(db, article_id)
    if not 0 <= start < end <= len(body):
        raise ValueError(f"span {start}-{end} is outside the body")
    if type_ == "DATE" and value is None:
        value = _date_value(body[start:end], published, dateline)
    with atomic(db):
        overlapping = [m for m in mentions_for(db, article_id) if m.start < end and start < m.end]
        for m in overlapping:
            db.execute("UPDATE mentions SET state = 'rejected', updated = ? WHERE id = ?", [now(), m.id])
        mention_id = db["mentions"].insert({
            "article_id": article_id, "start_char": start, "end_char": end, "text": body[start:end],
            "type": type_, "entity_id": entity_id, "value": value, "origin": "user", "state": "accepted",
            "context": context_of(body, start, end), "annotator": annotator, "created": now(),
        }).last_pk
        log_change(db, "add_mention", "mentions", mention_id, None,
                   {"article_id": article_id, "start": start, "end": end, "type": type_,
                    "entity_id": entity_id}, annotator)
    return mention_id, [(m.id, m.state) for m in overlapping]


def remove_user_mention(
    db: sqlite_utils.Database, mention_id: int, restore: list[tuple[int, str]] = (),
    annotator: str | None = None,
) -> dict | None:
    """Undo add_user_mention: delete it, give the mentions it displaced their old state; returns its row."""
    with atomic(db):
        rows = list(db.query("SELECT * FROM mentions WHERE id = ? AND origin = 'user'", [mention_id]))
        db.execute("DELETE FROM mentions WHERE id = ? AND origin = 'user'", [mention_id])
        for other, state in restore:
            db.execute("UPDATE mentions SET state = ?, updated = ? WHERE id = ?", [state, now(), other])
        # where it was, so an undo check knows whether a detection since wrote over its span (core.edits.rewrites)
        before = {"article_id": rows[0]["article_id"], "start": rows[0]["start_char"],
                  "end": rows[0]["end_char"]} if rows else None
        log_change(db, "remove_mention", "mentions", mention_id, before, None, annotator)
    return rows[0] if rows else None


def restore_user_mention(
    db: sqlite_utils.Database, row: dict, displaced: list[int] = (), annotator: str | None = None,
) -> None:
    """Redo add_user_mention from the row remove_user_mention returned: the same id, the same mentions rejected."""
    with atomic(db):
        db["mentions"].insert(row)
        for other in displaced:
            db.execute("UPDATE mentions SET state = 'rejected', updated = ? WHERE id = ?", [now(), other])
        log_change(db, "add_mention", "mentions", row["id"], None,
                   {"article_id": row["article_id"], "start": row["start_char"], "end": row["end_char"],
                    "type": row["type"], "entity_id": row["entity_id"]}, annotator)


def update_mention(
    db: sqlite_utils.Database, mention_id: int, annotator: str | None = None, **fields,
) -> dict:
    """Change a mention's type, entity link, state or value; returns the previous values."""
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"cannot edit {sorted(unknown)}")
    if "state" not in fields:
        fields["state"] = "accepted"  # a corrected mention is the user's: re-detection keeps it
    with atomic(db):
        rows = list(db.query(f"SELECT {', '.join(_EDITABLE)} FROM mentions WHERE id = ?", [mention_id]))
        if not rows:
            raise RowGone("mention", mention_id)
        before = {k: rows[0][k] for k in fields}
        db["mentions"].update(mention_id, {**fields, "updated": now(), "annotator": annotator})
        log_change(db, "update_mention", "mentions", mention_id, before, fields, annotator)
    return before


def mention_standing(db: sqlite_utils.Database, mention_id: int, article_id: int, start: int, end: int,
                     kind: str, words: str | None = None) -> int | None:
    """The mention a correction read as mention_id (then in article_id over start-end, of type kind, reading
    words) is saved into: that row while it is still that name, else the article's mention over the same span
    (of that type first) that detection run again elsewhere wrote since under another id; after the article was
    re-cleaned elsewhere, the decided name moved with its words. None: no mention is there
    (core.store.anchors.standing_row)."""
    return standing_row(db, "mentions", mention_id, article_id, start, end, words, _KEPT_ON_RECLEANING,
                        order="type != ?, id", params=(kind,))


def decided_names(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    """(text, type, state) of every mention the user decided on or added."""
    return db.execute("SELECT text, type, state FROM mentions WHERE origin = 'user' OR state != 'proposed'").fetchall()


def corrected_article_ids(db: sqlite_utils.Database) -> list[int]:
    """The articles with a mention the user decided on or added, in id order."""
    return [r[0] for r in db.execute("SELECT DISTINCT article_id FROM mentions "
                                     "WHERE origin = 'user' OR state != 'proposed' ORDER BY article_id")]


def mention_types(db: sqlite_utils.Database) -> list[str]:
    """Every type a mention of the library carries, sorted."""
    return [r[0] for r in db.execute("SELECT DISTINCT type FROM mentions ORDER BY type")]


def reanchor(db: sqlite_utils.Database, article_id: int, old_body: str, new_body: str) -> None:
    """Move the user's mentions into a re-cleaned body; proposed detections are re-detected instead."""
    reanchor_table(db, "mentions", article_id, old_body, new_body, _KEPT_ON_RECLEANING)


def _date_value(text: str, published: str | None, dateline: str | None) -> str | None:
    found = find_dates(text, reference_date(published, dateline))
    return found[0].value if found else None
