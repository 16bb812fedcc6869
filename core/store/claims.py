from __future__ import annotations

import json
from typing import TYPE_CHECKING

from core.clock import now
from core.model import Claim
from core.store.anchors import context_of, reanchor_table, standing_row
from core.store.articles import body_is
from core.store.changes import last_id, log_change, log_rewrite
from core.store.transactions import atomic
from core.store.records import record_of
from core.store.rows import article_rows, insert_values
from core.store.errors import RowGone

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# The columns of a claim candidate's row, in the order candidate_values and then
# store.rows.article_rows give their values.
CANDIDATE_COLUMNS = ("start_char", "end_char", "text", "holder_entity_id", "holder_text", "holder_via", "attribution",
                     "cue", "origin", "state", "confidence", "context", "article_id", "created")
EDITABLE = (
    "holder_entity_id", "holder_text", "holder_via", "target_kind", "target_ref", "target_text",
    "stance", "intensity", "attribution", "cue", "note", "state", "start_char", "end_char", "text",
)


def claim_of(row: dict) -> Claim:
    """The record a claims row holds (its holder_via decoded)."""
    return record_of(Claim, {**row, "holder_via": json.loads(row["holder_via"] or "[]")})


def _row_of(claim: Claim) -> dict:
    row = claim.to_dict()
    row["start_char"], row["end_char"] = row.pop("start"), row.pop("end")
    row["holder_via"] = json.dumps(row["holder_via"] or [], ensure_ascii=False)
    return row


def claims_for(db: sqlite_utils.Database, article_id: int, states=("accepted",)) -> list[Claim]:
    """An article's claims in reading order (accepted ones by default)."""
    marks = ",".join("?" * len(states))
    rows = db.query(
        f"SELECT * FROM claims WHERE article_id = ? AND detached = 0 AND state IN ({marks}) "
        "ORDER BY start_char, end_char", [article_id, *states])
    return [claim_of(r) for r in rows]


def get_claim(db: sqlite_utils.Database, claim_id: int) -> Claim | None:
    """One claim, whatever its state; None when there is none."""
    rows = list(db.query("SELECT * FROM claims WHERE id = ?", [claim_id]))
    return claim_of(rows[0]) if rows else None


def add_claim(db: sqlite_utils.Database, article_id: int, start: int, end: int,
              annotator: str | None = None, **fields) -> int:
    """Create the user's claim over body[start:end]; saved and logged at once."""
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
    if body is None:
        raise RowGone("article", article_id)
    body = body[0]
    if not 0 <= start < end <= len(body):
        raise ValueError(f"span {start}-{end} is outside the body")
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown claim fields {sorted(unknown)}")
    record = {
        "article_id": article_id, "start_char": start, "end_char": end, "text": body[start:end],
        "origin": "user", "state": "accepted", "context": context_of(body, start, end),
        "annotator": annotator, "created": now(), **_encode(fields),
    }
    with atomic(db):
        claim_id = db["claims"].insert(record).last_pk
        log_change(db, "add_claim", "claims", claim_id, None, _plain(record), annotator)
    return claim_id


def _row(db: sqlite_utils.Database, claim_id: int) -> dict:
    """The claims row of claim_id; RowGone when another window or a command deleted it."""
    rows = list(db.query("SELECT * FROM claims WHERE id = ?", [claim_id]))
    if not rows:
        raise RowGone("claim", claim_id)
    return rows[0]


def update_claim(db: sqlite_utils.Database, claim_id: int, annotator: str | None = None, **fields) -> dict:
    """Change a claim's fields; returns their previous values (for undo)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown claim fields {sorted(unknown)}")
    with atomic(db):
        row = _row(db, claim_id)
        before = {k: row[k] for k in fields}
        if "holder_via" in before:
            before["holder_via"] = json.loads(before["holder_via"] or "[]")
        db["claims"].update(claim_id, {**_encode(fields), "updated": now(), "annotator": annotator})
        log_change(db, "update_claim", "claims", claim_id, before, fields, annotator)
    return before


def claim_at(db: sqlite_utils.Database, claim_id: int, article_id: int, start: int, end: int) -> bool:
    """Whether claim_id is still the claim of article_id over start-end (a freed id may be another claim's)."""
    return db.execute("SELECT 1 FROM claims WHERE id = ? AND article_id = ? AND start_char = ? AND end_char = ?",
                      [claim_id, article_id, start, end]).fetchone() is not None


def claim_standing(db: sqlite_utils.Database, claim_id: int, article_id: int, start: int, end: int,
                   words: str | None = None) -> int | None:
    """The claim an editor opened on claim_id (then in article_id over start-end, reading words) saves into: that
    row while it is still that claim, else a candidate proposed since over the same span (a suggestion run
    elsewhere replaced the one opened, and its id may now be another candidate's); after the article was
    re-cleaned elsewhere, the claim moved with its words (not a candidate: those are proposed again). None:
    neither is there (core.store.anchors.standing_row)."""
    return standing_row(db, "claims", claim_id, article_id, start, end, words, "state != 'candidate'",
                        "state = 'candidate'")


def delete_claim(db: sqlite_utils.Database, claim_id: int, annotator: str | None = None) -> Claim:
    """Delete a claim; returns it whole so an undo can restore it with restore_claim."""
    with atomic(db):
        row = _row(db, claim_id)
        db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        log_change(db, "delete_claim", "claims", claim_id, _plain(row), None, annotator)
    return claim_of(row)


def restore_claim(db: sqlite_utils.Database, claim: Claim, annotator: str | None = None) -> None:
    """Undo delete_claim: the same claim, same id."""
    row = _row_of(claim)
    with atomic(db):
        db["claims"].insert(row)
        log_change(db, "restore_claim", "claims", claim.id, None, _plain(row), annotator)


def replace_candidates(db: sqlite_utils.Database, article_id: int, body: str, candidates,
                       fresh: bool = False) -> int:
    """Store a suggestion run: new candidates replace the old ones; decided spans are left alone.

    A dismissed candidate does not come back, and nothing is proposed over a
    claim the user made or accepted. Returns how many candidates were stored.
    fresh: the article was stored with this body in the caller's transaction (it has no claims yet).
    """
    with atomic(db):
        removed: list[int] = []
        if fresh:
            decided = []
        elif not body_is(db, article_id, body):
            return 0  # computed for a body re-cleaned since: the next run sees the new one
        else:
            removed = [r[0] for r in db.execute("DELETE FROM claims WHERE article_id = ? AND state = 'candidate' "
                                                "RETURNING id", [article_id]).fetchall()]
            decided = [(r[0], r[1]) for r in db.execute(
                "SELECT start_char, end_char FROM claims WHERE article_id = ?", [article_id])]
        values = candidate_values(body, [c for c in candidates
                                         if not any(start < c.end and c.start < end for start, end in decided)])
        rows = article_rows(article_id, values, now())
        first = 0 if fresh else last_id(db, "claims")
        insert_values(db, "claims", CANDIDATE_COLUMNS, rows)
        if not fresh:  # logged, as every rewrite of an article stored before (core.store.changes)
            log_rewrite(db, "suggest_claims", article_id, len(rows), removed, (first, last_id(db, "claims")))
    return len(rows)


def candidate_values(body: str, candidates) -> list[tuple]:
    """What the rows of claim candidates in body hold before the article has its id: CANDIDATE_COLUMNS but
    the last two (made where suggestion ran, an import's worker, and sent ready to the writer)."""
    return [(c.start, c.end, c.text, c.holder_entity_id, c.holder_text, json.dumps(c.via, ensure_ascii=False),
             c.attribution, c.cue, "suggested", "candidate", getattr(c, "confidence", None),
             context_of(body, c.start, c.end)) for c in candidates]


def reanchor_claims(db: sqlite_utils.Database, article_id: int, old_body: str, new_body: str) -> None:
    """Move claims into a re-cleaned body (detached while their text is gone)."""
    reanchor_table(db, "claims", article_id, old_body, new_body)


def _encode(fields: dict) -> dict:
    if "holder_via" in fields:
        fields = {**fields, "holder_via": json.dumps(fields["holder_via"] or [], ensure_ascii=False)}
    return fields


def _plain(row: dict) -> dict:
    return {k: row[k] for k in ("article_id", "start_char", "end_char", "holder_entity_id",
                                "holder_text", "target_text", "stance", "state") if k in row}
