"""One writer's edits and the change log: an undo or redo never overwrites a later change made elsewhere.

Two windows (or a window and the command line) may edit one library. Every edit logs what it touched in the
`changes` table; the journal remembers which log rows its own writer wrote. Undoing (or redoing) an edit first
looks, in the same write transaction, for a later log row about the same thing that another writer wrote: if
there is one, nothing is written and `ChangedElsewhere` says what changed, by whom and when. The same
writer's own later edits are not "elsewhere": undoing them in turn is the undo stack's order.

Detection run again on an article (by `analyze`, another window, a merge) logs one row on the article
(core.store.changes.log_rewrite) saying which rows it removed and wrote: an undo of an edit of that
article's mentions, claims or meeting mentions is refused after it only when it changed the very row the
undo puts back (core.edits.rewrites). The rows of the window's own jobs (its re-detection) are adopted as
its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.edits.rewrites import changed_by, rows_put_back
from core.store.changes import REWRITES, REWRITTEN_BY_KIND, REWRITTEN_TABLE, LoggedRows
from core.store.errors import WriteRefused
from core.store.transactions import atomic

if TYPE_CHECKING:  # in annotations only
    import sqlite_utils

    from core.edits.base import Edit

Span = tuple[int, int]  # the change log rows one edit wrote: ids after the first, up to and including the last

# What of an article a log row changed, by its action: its status, its lines' labels and its gold are
# separate things (the article's row is one target for all of them). Any other target is one thing.
_ARTICLE_ASPECTS = {"set_status": "status", "set_line_label": "lines", "set_published": "date"}


@dataclass(frozen=True)
class Change:
    """One later log row that stops an undo: what (target table and id), which action, by whom, when."""

    target: str
    target_id: str
    action: str
    annotator: str | None
    at: str


class ChangedElsewhere(WriteRefused):
    """An undo or redo was refused: what it would put back was changed by another writer after the edit."""

    kind = "changed_elsewhere"

    def __init__(self, changes: list[Change]) -> None:
        said = ", ".join(f"{c.target} {c.target_id} ({c.action}, {c.annotator or 'someone'}, {c.at})"
                         for c in changes)
        super().__init__(f"changed elsewhere since: {said}; reload to see it")
        self.changes = tuple(changes)


def aspect(target: str, action: str) -> str:
    """Which part of an article a log row changed ('status', 'lines', 'gold'); '' for any other target."""
    if target != "articles":
        return ""
    if action in REWRITES:
        return REWRITES[action]
    return "gold" if action.startswith("gold_") else _ARTICLE_ASPECTS.get(action, action)


def thing(target: str, target_id: str | None, action: str) -> tuple:
    """What one log row changed, as a key two rows share when they changed the same thing."""
    return target, target_id, aspect(target, action)


def rewritten_things(edit: Edit) -> set[tuple]:
    """The rewrites of an article that stop an undo of edit: its articles' detected annotations of its kinds."""
    return {("articles", str(article_id), REWRITTEN_BY_KIND[kind])
            for kind, ids in edit.changes() if kind in REWRITTEN_BY_KIND for article_id in ids}


def last_change_id(db: sqlite_utils.Database) -> int:
    """The id of the newest change log row (0: none)."""
    return db.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0]


class EditJournal:
    """The edits of one writer (a window's): applies them and knows which change log rows are its own."""

    def __init__(self) -> None:
        self.own = LoggedRows()  # the change log rows this writer (and the jobs it adopted) wrote

    def apply(self, db: sqlite_utils.Database, edit: Edit, annotator: str | None = None,
              undoes: Span | None = None) -> tuple[Edit, Span]:
        """Apply the edit in one transaction; return its inverse and the log rows it wrote.

        `undoes`: the log rows of the edit this one undoes (or redoes): refused with ChangedElsewhere,
        nothing written, when another writer changed any of their things after them.
        """
        with atomic(db):
            if undoes is not None:
                later = self.later_changes(db, undoes, edit)
                if later:
                    raise ChangedElsewhere(later)
            first = last_change_id(db)
            inverse = edit.apply(db, annotator)
            last = last_change_id(db)
        self.own.add_span(first, last)
        return inverse, (first, last)

    def adopt(self, spans) -> None:
        """Take the log rows of a job this writer's window ran (core.store.changes.LoggedRows spans) as its own."""
        for first, last in spans:
            self.own.add_span(first, last)

    def later_changes(self, db: sqlite_utils.Database, span: Span, undo: Edit | None = None) -> list[Change]:
        """Log rows after the span, by another writer, about something the span's rows changed (or, given the
        edit that would undo it, a rewrite of its articles' detected annotations)."""
        touched = {thing(*row) for row in db.execute(
            "SELECT target, target_id, action FROM changes WHERE id > ? AND id <= ?", list(span))}
        if undo is not None and span[0] < span[1]:
            touched |= rewritten_things(undo)
        ids = sorted({key[1] for key in touched if key[1] is not None})
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = db.execute(f"SELECT id, target, target_id, action, annotator, at, before, after FROM changes "
                          f"WHERE id > ? AND target_id IN ({marks}) ORDER BY id", [span[1], *ids]).fetchall()
        later = [row for row in rows if row[0] not in self.own and thing(*row[1:4]) in touched]
        # a rewrite stops the undo only when it changed a row the undo puts back (core.edits.rewrites)
        put_back = rows_put_back(db, span) if any(row[3] in REWRITTEN_TABLE for row in later) else {}
        return [Change(target, target_id, action, annotator, at)
                for _id, target, target_id, action, annotator, at, before, after in later
                if action not in REWRITTEN_TABLE or changed_by(db, action, target_id, before, after, put_back)]
