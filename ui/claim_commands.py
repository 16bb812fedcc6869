"""Claim edits as undoable commands over core.store.claims; each is saved the moment it is done."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from core.model import Claim
from core.store.claims import add_claim, delete_claim, restore_claim, update_claim
from ui.annotator import annotator_name


class ClaimEvents(QObject):
    """What commands changed, so the reader marks, the panel and the browser refresh."""

    claims_changed = Signal(int)  # article id


class AddClaimCommand(QUndoCommand):
    """The user's new claim over a span; redo after undo restores the same row (same id)."""

    def __init__(self, db, events: ClaimEvents, article_id: int, start: int, end: int,
                 fields: dict, text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.article_id, self.start, self.end, self.fields = article_id, start, end, dict(fields)
        self.claim_id: int | None = None
        self.row: Claim | None = None

    def redo(self) -> None:
        if self.row is None:
            self.claim_id = add_claim(self.db, self.article_id, self.start, self.end,
                                      annotator_name(), **self.fields)
        else:
            restore_claim(self.db, self.row, annotator_name())
        self.events.claims_changed.emit(self.article_id)

    def undo(self) -> None:
        self.row = delete_claim(self.db, self.claim_id, annotator_name())
        self.events.claims_changed.emit(self.article_id)


class UpdateClaimCommand(QUndoCommand):
    """Change a claim's fields (stance, holder, accept or dismiss a candidate…); undo puts them back."""

    def __init__(self, db, events: ClaimEvents, article_id: int, claim_id: int, fields: dict,
                 text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.article_id, self.claim_id, self.fields = article_id, claim_id, dict(fields)
        self.previous: dict = {}

    def redo(self) -> None:
        self.previous = update_claim(self.db, self.claim_id, annotator_name(), **self.fields)
        self.events.claims_changed.emit(self.article_id)

    def undo(self) -> None:
        update_claim(self.db, self.claim_id, annotator_name(), **self.previous)
        self.events.claims_changed.emit(self.article_id)


class DeleteClaimCommand(QUndoCommand):
    """Delete a claim; undo restores the same row."""

    def __init__(self, db, events: ClaimEvents, article_id: int, claim_id: int, text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.article_id, self.claim_id = article_id, claim_id
        self.row: Claim | None = None

    def redo(self) -> None:
        self.row = delete_claim(self.db, self.claim_id, annotator_name())
        self.events.claims_changed.emit(self.article_id)

    def undo(self) -> None:
        restore_claim(self.db, self.row, annotator_name())
        self.events.claims_changed.emit(self.article_id)
