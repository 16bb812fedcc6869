"""Whether detection run again changed the very rows an undo would put back.

A rewrite of an article's detected annotations deletes its undecided detected rows and writes new ones
(core.store.changes.log_rewrite logs which). An undo puts back the rows its edit changed: the targets of
the edit's own log rows. It is refused when a rewrite since removed one of those rows, or wrote a row, still
there, over its span (putting it back would double a proposal); an undo of an edit of rows the rewrite kept
(a decision, the user's own claim, a rejected name) goes on.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from core.store.changes import REWRITTEN_TABLE

if TYPE_CHECKING:  # in annotations only
    import sqlite_utils

Span = tuple[int, int]  # the change log rows one edit wrote (core.edits.journal)
Where = tuple[int, int, int]  # article id, start, end of a row
_TABLES = tuple(sorted(set(REWRITTEN_TABLE.values())))


def rows_put_back(db: sqlite_utils.Database, span: Span) -> dict[tuple[str, int], Where | None]:
    """The mentions, claims and meeting mentions the edit logged in span changed, with where each lies (None
    when neither the row nor its log says), and ("meetings", id) for each meeting a meeting mention was tied
    to or from (an undo ties it back)."""
    marks = ", ".join("?" * len(_TABLES))
    out: dict[tuple[str, int], Where | None] = {}
    for table, target_id, before, after in db.execute(
            f"SELECT target, target_id, before, after FROM changes WHERE id > ? AND id <= ? AND target IN ({marks})",
            [*span, *_TABLES]):
        if target_id is None or not str(target_id).isdigit():
            continue
        key = (table, int(target_id))
        if out.get(key) is None:
            out[key] = _where_now(db, table, key[1]) or _where_logged(before, after)
        if table == "meeting_mentions":
            for value in (before, after):
                meeting = _json(value).get("meeting_id")
                if isinstance(meeting, int):
                    out[("meetings", meeting)] = None
    return out


def changed_by(db: sqlite_utils.Database, action: str, article_id: str, before: str | None, after: str | None,
               put_back: dict[tuple[str, int], Where | None]) -> bool:
    """Whether the rewrite (a log row of REWRITTEN_TABLE's actions on article_id) changed a row put back."""
    table = REWRITTEN_TABLE[action]
    removed = _json(before).get("removed") or []
    written = _json(after).get("written")
    for (target, row_id), where in put_back.items():
        if target == "meetings" and table == "meeting_mentions":
            # meetings proposed again drop the proposed meetings no article speaks of: one a tie went back to
            if db.execute("SELECT 1 FROM meetings WHERE id = ?", [row_id]).fetchone() is None:
                return True
        if target != table:
            continue
        if any(first <= row_id <= last for first, last in removed):
            return True
        if where is not None and str(where[0]) != str(article_id):
            continue
        if written is None or where is None:
            return True  # a rewrite that did not say what it wrote (an older Kaidan's), or a row nobody placed
        _article, start, end = where
        # the row's own id among them is a row written in its place (an id freed is given again)
        if db.execute(f"SELECT 1 FROM {table} WHERE article_id = ? AND id > ? AND id <= ? "
                      "AND start_char < ? AND ? < end_char LIMIT 1",
                      [where[0], written[0], written[1], end, start]).fetchone():
            return True
    return False


def _where_now(db: sqlite_utils.Database, table: str, row_id: int) -> Where | None:
    row = db.execute(f"SELECT article_id, start_char, end_char FROM {table} WHERE id = ?", [row_id]).fetchone()
    return tuple(row) if row else None


def _where_logged(*values: str | None) -> Where | None:
    """Where a row no longer there lay, from its log row (a deleted claim's whole row, a removed mention's span)."""
    for value in values:
        record = _json(value)
        start, end = record.get("start_char", record.get("start")), record.get("end_char", record.get("end"))
        if all(isinstance(v, int) for v in (record.get("article_id"), start, end)):
            return record["article_id"], start, end
    return None


def _json(value: str | None) -> dict:
    try:
        record = json.loads(value) if value else {}
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}
