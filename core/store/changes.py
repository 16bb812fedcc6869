"""The change log: every user edit, and every rewrite of an article's detected annotations, one row each.

A rewrite (detection run again on an article, claims suggested again, its meeting mentions detected again)
logs one row on the article, without an annotator: a window's undo check (core.edits.journal) then sees that
the article's detected annotations changed since an edit it would undo, whichever process rewrote them.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import TYPE_CHECKING

from core.clock import now

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# The rewrites of an article's detected annotations, by action: what of the article each one rewrote.
REWRITES = {"detect_mentions": "detected_mentions", "suggest_claims": "suggested_claims",
            "detect_meetings": "detected_meetings"}
# The edits (by the kind of core.edits.Edit.changes) whose undo a rewrite of their article stops.
REWRITTEN_BY_KIND = {"mentions": "detected_mentions", "claims": "suggested_claims",
                     "meeting_mentions": "detected_meetings"}


def log_change(
    db: sqlite_utils.Database, action: str, target: str, target_id, before, after,
    annotator: str | None = None,
) -> None:
    """Append one edit to the changes table (inside the caller's transaction)."""
    row_id = db.execute(
        "INSERT INTO changes (at, annotator, action, target, target_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [now(), annotator, action, target, None if target_id is None else str(target_id),
         None if before is None else json.dumps(before, ensure_ascii=False),
         None if after is None else json.dumps(after, ensure_ascii=False)]).lastrowid
    kept = getattr(db, "logged", None)
    if kept is not None:
        kept.add(row_id)


# The table whose rows each rewrite deletes and writes.
REWRITTEN_TABLE = {"detect_mentions": "mentions", "suggest_claims": "claims", "detect_meetings": "meeting_mentions"}


def log_rewrite(db: sqlite_utils.Database, action: str, article_id: int, count: int | None = None,
                removed=(), written: tuple[int, int] | None = None) -> None:
    """Log that the article's detected annotations were written again (an action of REWRITES), how many now.

    removed: the ids of the rows it deleted; written: (after, last), the ids of the rows it wrote. An undo
    is then refused only when the rewrite changed the very row it would put back (core.edits.rewrites).
    """
    after = {} if count is None else {"count": count}
    if written is not None:  # said even when empty: a rewrite that says nothing is an older Kaidan's
        after["written"] = list(written)
    log_change(db, action, "articles", article_id, {"removed": id_ranges(removed)} if removed else None,
               after or None)


def id_ranges(ids) -> list[list[int]]:
    """Ids as [first, last] runs (a detection's rows are mostly consecutive: a short list however many)."""
    runs: list[list[int]] = []
    for i in sorted(set(ids)):
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def last_id(db: sqlite_utils.Database, table: str) -> int:
    """The largest row id of table (0: none): the rows a rewrite writes next come after it."""
    return db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]


class LoggedRows:
    """The ids of the change log rows one connection wrote, kept as spans (after, up to and including).

    Set as `db.logged` on a connection, log_change adds each row it writes; a job a window runs hands them
    back, so that window's undo check and its watch take them for its own, not for changes made elsewhere.
    A long job's rows are consecutive: they stay a few spans, however many articles it rewrote.
    """

    def __init__(self, spans=()) -> None:
        self.spans: list[tuple[int, int]] = []
        for first, last in spans:
            self.add_span(first, last)

    def add(self, row_id: int) -> None:
        """One row more."""
        self.add_span(row_id - 1, row_id)

    def add_span(self, first: int, last: int) -> None:
        """The rows after first, up to and including last (joined to the spans they touch)."""
        if last <= first:
            return
        at = bisect_right(self.spans, (first, last))
        if at and self.spans[at - 1][1] >= first:  # touches the span before
            at -= 1
            first = min(first, self.spans[at][0])
            last = max(last, self.spans.pop(at)[1])
        while at < len(self.spans) and self.spans[at][0] <= last:  # … and those after
            last = max(last, self.spans.pop(at)[1])
        self.spans.insert(at, (first, last))

    def span_of(self, row_id: int) -> tuple[int, int] | None:
        """The span that holds row_id, or None."""
        at = bisect_right(self.spans, (row_id, row_id)) - 1  # the last span starting before row_id
        if at < 0:
            return None
        first, last = self.spans[at]
        return (first, last) if first < row_id <= last else None

    def __contains__(self, row_id: int) -> bool:
        return self.span_of(row_id) is not None
