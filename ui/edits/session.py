"""The library session: the window's read connection, who is annotating, and the one way edits are saved."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.edits import Edit
from core.edits.journal import EditJournal, Span


class LibrarySession(QObject):
    """One open library as the window's controllers see it.

    Edits go through `apply`, which saves them (on the writer's thread, when the session
    has one, waiting for it) with the session's annotator and then
    says what changed with one `changed(kind, ids)` signal (on the GUI thread): kind
    'claims', 'mentions', 'meeting_mentions', 'cleaning', 'status' or 'gold' with
    article ids, 'meetings' with meeting ids, 'registry' with entity ids.
    """

    changed = Signal(str, object)  # kind, tuple of ids
    # F5 in a window of its own (meetings, registry): the main window reads the library again into every view
    reload_requested = Signal()

    def __init__(self, db, annotator: str | None = None, parent=None, writer=None) -> None:
        super().__init__(parent)
        self.db = db  # the read connection, on the GUI thread
        self.annotator = annotator or None
        self.writer = writer  # a Writer: edits are saved on its thread; None: on db itself
        self.journal = writer.journal if writer is not None else EditJournal()  # which log rows are this window's

    def set_annotator(self, name: str | None) -> None:
        """The name recorded with every edit from now on."""
        self.annotator = (name or "").strip() or None

    def apply(self, edit: Edit) -> Edit:
        """Save the edit as the session's annotator, tell the views, and return its inverse."""
        return self.apply_step(edit)[0]

    def apply_step(self, edit: Edit, undoes: Span | None = None) -> tuple[Edit, Span]:
        """Save the edit, tell the views; its inverse and the change log rows it wrote. `undoes`: the rows of
        the edit this one undoes or redoes, refused (nothing written) when another window or process changed
        any of their things since (core.edits.journal.ChangedElsewhere)."""
        inverse, span = self._write(edit, undoes)
        for kind, ids in merged(edit.changes()):
            self.changed.emit(kind, ids)
        return inverse, span

    def _write(self, edit: Edit, undoes: Span | None) -> tuple[Edit, Span]:
        if self.writer is not None:
            return self.writer.apply(edit, self.annotator, undoes)
        return self.journal.apply(self.db, edit, self.annotator, undoes)

    def close(self) -> None:
        """The window is closing: the writer finishes and closes its connection."""
        if self.writer is not None:
            self.writer.close()


def merged(changes: list[tuple[str, tuple]]) -> list[tuple[str, tuple]]:
    """One (kind, ids) per kind, in the order kinds first appear, ids without repeats."""
    out: dict[str, dict] = {}
    for kind, ids in changes:
        out.setdefault(kind, {}).update(dict.fromkeys(ids))
    return [(kind, tuple(ids)) for kind, ids in out.items()]
