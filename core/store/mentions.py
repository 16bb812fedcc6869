"""Entity mentions: detected ones, the user's own, and the user's decisions on both."""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher

import sqlite_utils

from core.store.articles import now
from core.store.changes import log_change
from core.store.db import atomic

CONTEXT = 8  # characters kept on each side, to re-anchor a mention in a re-cleaned body
_EDITABLE = ("type", "entity_id", "state", "value")


def mentions_for(db: sqlite_utils.Database, article_id: int, with_rejected: bool = False) -> list[dict]:
    """An article's mentions in reading order, with start/end keys."""
    sql = "SELECT * FROM mentions WHERE article_id = ? AND detached = 0"
    if not with_rejected:
        sql += " AND state != 'rejected'"
    rows = db.query(sql + " ORDER BY start_char, end_char", [article_id])
    return [_row(r) for r in rows]


def _row(row: dict) -> dict:
    row["start"], row["end"] = row.pop("start_char"), row.pop("end_char")
    return row


def _context(body: str, start: int, end: int) -> str:
    return body[max(start - CONTEXT, 0) : start] + "\u2063" + body[end : end + CONTEXT]


def replace_detected(db: sqlite_utils.Database, article_id: int, body: str, detected, version: int) -> None:
    """Store a new detection run, keeping every user decision.

    User-added and accepted mentions stay and block what overlaps them; a
    rejected mention stays rejected (the same span is not proposed again).
    """
    with atomic(db):
        kept = [m for m in mentions_for(db, article_id, with_rejected=True)
                if m["origin"] == "user" or m["state"] != "proposed"]
        db.execute("DELETE FROM mentions WHERE article_id = ? AND origin = 'detected' "
                   "AND state = 'proposed'", [article_id])
        rejected = {(m["start"], m["end"]) for m in kept if m["state"] == "rejected"}
        taken = bytearray(len(body) + 1)
        for m in kept:
            if m["state"] != "rejected":
                taken[m["start"] : m["end"]] = b"\x01" * (m["end"] - m["start"])
        stamp = now()
        rows = [
            {"article_id": article_id, "start_char": d.start, "end_char": d.end, "text": d.text,
             "type": d.type, "entity_id": d.entity_id, "value": d.value, "origin": "detected",
             "source": d.source, "state": "proposed", "context": _context(body, d.start, d.end),
             "created": stamp}
            for d in detected
            if (d.start, d.end) not in rejected and not any(taken[d.start : d.end])
        ]
        if rows:
            db["mentions"].insert_all(rows)
        db.execute("UPDATE articles SET entities_version = ? WHERE id = ?", [version, article_id])


def add_user_mention(
    db: sqlite_utils.Database, article_id: int, start: int, end: int, type_: str,
    entity_id: str | None = None, annotator: str | None = None,
) -> tuple[int, list[tuple[int, str]]]:
    """Add the user's mention; overlapping ones are rejected. Returns (id, [(id, old state)])."""
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    if not 0 <= start < end <= len(body):
        raise ValueError(f"span {start}-{end} is outside the body")
    with atomic(db):
        overlapping = [m for m in mentions_for(db, article_id) if m["start"] < end and start < m["end"]]
        for m in overlapping:
            db.execute("UPDATE mentions SET state = 'rejected', updated = ? WHERE id = ?", [now(), m["id"]])
        mention_id = db["mentions"].insert({
            "article_id": article_id, "start_char": start, "end_char": end, "text": body[start:end],
            "type": type_, "entity_id": entity_id, "origin": "user", "state": "accepted",
            "context": _context(body, start, end), "annotator": annotator, "created": now(),
        }).last_pk
        log_change(db, "add_mention", "mentions", mention_id, None,
                   {"article_id": article_id, "start": start, "end": end, "type": type_,
                    "entity_id": entity_id}, annotator)
    return mention_id, [(m["id"], m["state"]) for m in overlapping]


def remove_user_mention(
    db: sqlite_utils.Database, mention_id: int, restore: list[tuple[int, str]] = (),
    annotator: str | None = None,
) -> None:
    """Undo add_user_mention: delete it and give the mentions it displaced their old state."""
    with atomic(db):
        db.execute("DELETE FROM mentions WHERE id = ? AND origin = 'user'", [mention_id])
        for other, state in restore:
            db.execute("UPDATE mentions SET state = ?, updated = ? WHERE id = ?", [state, now(), other])
        log_change(db, "remove_mention", "mentions", mention_id, None, None, annotator)


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
            raise KeyError(mention_id)
        before = {k: rows[0][k] for k in fields}
        db["mentions"].update(mention_id, {**fields, "updated": now(), "annotator": annotator})
        log_change(db, "update_mention", "mentions", mention_id, before, fields, annotator)
    return before


def reanchor(db: sqlite_utils.Database, article_id: int, old_body: str, new_body: str) -> None:
    """Move the user's mentions to where their text is in a re-cleaned body.

    Paragraphs that stayed keep their mentions at the shifted offsets; a
    mention whose text left the body is detached (kept, not shown) and comes
    back when its text does. Proposed detections are re-detected instead.
    """
    shift = _paragraph_shift(old_body, new_body)
    rows = db.query("SELECT * FROM mentions WHERE article_id = ? AND (origin = 'user' OR state != 'proposed')",
                    [article_id])
    with atomic(db):
        for m in rows:
            start = None if m["detached"] else shift(m["start_char"], m["end_char"])
            if start is None:
                start = _find(new_body, m["text"], m["context"])
            if start is None:
                db.execute("UPDATE mentions SET detached = 1 WHERE id = ?", [m["id"]])
            else:
                end = start + len(m["text"])
                db.execute("UPDATE mentions SET start_char = ?, end_char = ?, detached = 0, context = ? "
                           "WHERE id = ?", [start, end, _context(new_body, start, end), m["id"]])


def _paragraph_shift(old_body: str, new_body: str):
    """A function mapping an old span to its new start when its paragraph survived, else None."""
    old, new = old_body.split("\n"), new_body.split("\n")
    old_starts, new_starts = _starts(old), _starts(new)
    moved = {}
    for tag, i1, i2, j1, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            moved.update({i1 + k: j1 + k for k in range(i2 - i1)})

    def shift(start: int, end: int) -> int | None:
        paragraph = bisect_right(old_starts, start) - 1
        if paragraph not in moved or end > old_starts[paragraph] + len(old[paragraph]):
            return None
        return new_starts[moved[paragraph]] + start - old_starts[paragraph]

    return shift


def _starts(paragraphs: list[str]) -> list[int]:
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 1
    return starts


def _find(body: str, text: str, context: str | None) -> int | None:
    """Where text occurs in body, preferring the occurrence with the same surroundings."""
    before, _, after = (context or "").partition("\u2063")
    best, best_score = None, -1
    position = body.find(text)
    while position >= 0:
        score = body.endswith(before, 0, position) * 2 + body.startswith(after, position + len(text))
        if score > best_score:
            best, best_score = position, score
        position = body.find(text, position + 1)
    return best
