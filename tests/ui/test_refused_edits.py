"""An edit that cannot be saved because the disk is full says so, and that space must be made: waiting is no help.
An undo (redo) the full disk refuses keeps its step, to undo (redo) once there is space."""

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


@dataclass(frozen=True)
class Note(Edit):
    """An article's note set to `note`; it needs new pages of the library file (which a full disk refuses)."""

    kind: ClassVar[str] = "status"
    disk_full: ClassVar[list[bool]] = [False]
    article_id: int = 0
    note: str = ""

    @property
    def ids(self) -> tuple:
        return (self.article_id,)

    def apply(self, db, annotator=None) -> Edit:
        before = db.execute("SELECT notes FROM articles WHERE id = ?", (self.article_id,)).fetchone()[0] or ""
        if Note.disk_full[0]:
            return Grows(self.article_id).apply(db, annotator)
        with atomic(db):
            db.execute("UPDATE articles SET notes = ? WHERE id = ?", (self.note, self.article_id))
        return Note(self.article_id, before, text=self.text)


def note_of(window) -> str:
    return window.db.execute("SELECT notes FROM articles WHERE id = ?", (window.reader.article_id,)).fetchone()[0]


def test_an_undo_or_redo_the_full_disk_refused_stays_on_the_list_to_do_again(qtbot, entity_window, monkeypatch):
    window, stack = entity_window, entity_window.undo_stack
    monkeypatch.setattr(Note, "disk_full", [False])
    messages: list[str] = []
    stack.failed.connect(messages.append)
    stack.push(Note(window.reader.article_id, "読了", text="Write a note"))
    assert note_of(window) == "読了"
    Note.disk_full[0] = True
    stack.undo()
    qtbot.waitUntil(stack.canUndo, timeout=2000)
    assert note_of(window) == "読了" and stack.count() == 1 and not stack.canRedo()
    assert messages[-1].startswith("Could not undo “Write a note”: disk full")
    assert messages[-1].endswith("the edit is still saved and still on the undo list: undo it again once the "
                                 "library can be written.")
    Note.disk_full[0] = False  # space made: the same undo now goes through
    stack.undo()
    assert note_of(window) == "" and stack.canRedo()
    Note.disk_full[0] = True
    stack.redo()
    qtbot.waitUntil(stack.canRedo, timeout=2000)
    assert note_of(window) == "" and messages[-1].startswith("Could not redo “Write a note”: disk full")
    Note.disk_full[0] = False
    stack.redo()
    assert note_of(window) == "読了" and stack.canUndo()


def test_a_full_disk_edit_is_not_kept_and_asks_for_space(qtbot, entity_window):
    window = entity_window
    messages: list[str] = []
    window.undo_stack.failed.connect(messages.append)
    window.undo_stack.push(Grows(window.reader.article_id, text="Write a note"))
    assert window.undo_stack.count() == 0
    assert messages and messages[0].startswith("Not saved: “Write a note”: disk full")
    assert "free some space" in messages[0] and "in a moment" not in messages[0]
