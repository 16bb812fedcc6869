"""An edit that cannot be saved because the disk is full says so, and that space must be made: waiting is no help."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from core.edits import Edit
from core.store import atomic


@dataclass(frozen=True)
class Grows(Edit):
    """An edit that needs a new page of the library file when the file may not grow (SQLite: disk full)."""

    kind: ClassVar[str] = "status"
    article_id: int = 0

    @property
    def ids(self) -> tuple:
        return (self.article_id,)

    def apply(self, db, annotator=None) -> Edit:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        try:
            with atomic(db):
                db.execute("UPDATE articles SET notes = ? WHERE id = ?", ("x" * 400_000, self.article_id))
        finally:
            db.execute("PRAGMA max_page_count = 1073741823")
        return self


def test_a_full_disk_edit_is_not_kept_and_asks_for_space(qtbot, entity_window):
    window = entity_window
    messages: list[str] = []
    window.undo_stack.failed.connect(messages.append)
    window.undo_stack.push(Grows(window.reader.article_id, text="Write a note"))
    assert window.undo_stack.count() == 0
    assert messages and messages[0].startswith("Not saved: “Write a note”: disk full")
    assert "free some space" in messages[0] and "in a moment" not in messages[0]
