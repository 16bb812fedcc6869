"""Article status (new / in progress / done) as one undoable command over core.store.articles.set_status."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from core.store import atomic
from core.store.articles import STATUSES, set_status
from ui.common.annotator import annotator_name

STATUS_TEXT = {"new": "New", "in progress": "In Progress", "done": "Done"}


class SetStatusCommand(QUndoCommand):
    """Set the status of one or more articles; undo gives each its own previous status back."""

    def __init__(self, db, article_ids: Iterable[int], status: str,
                 changed: Callable[[list[int]], None]) -> None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}")
        self.article_ids = list(dict.fromkeys(article_ids))
        n = len(self.article_ids)
        what = "Article" if n == 1 else f"{n} Articles"
        super().__init__(f"Mark {what} as {STATUS_TEXT[status]}")
        self.db, self.status = db, status
        self.previous: dict[int, str] = {}
        self._changed = changed

    def redo(self) -> None:
        # set_status saves (and logs) and returns what it replaced: kept for undo. One
        # transaction: every article changes, or none does.
        with atomic(self.db):
            previous = {aid: set_status(self.db, aid, self.status, annotator_name())
                        for aid in self.article_ids}
        self.previous = previous
        self._changed(self.article_ids)

    def undo(self) -> None:
        with atomic(self.db):
            for aid, status in self.previous.items():
                set_status(self.db, aid, status or "new", annotator_name())
        self._changed(self.article_ids)
