"""The window's one writer: a thread that owns the write connection and applies the user's edits in turn."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.edits import Edit
from core.edits.journal import EditJournal, Span
from core import store  # open_db (sqlite-utils), loaded with the first edit
from core.store.identity import Identity, check_same_file
from ui.common.read_only import refused


class Writer:
    """Applies edits on one thread of its own, over a connection opened (and closed) in that thread.

    Reads stay on the window's connection; SQLite objects never cross threads.
    """

    def __init__(self, db_path: str | Path, read_only: bool = False, identity: Identity | None = None) -> None:
        self.path = Path(db_path)
        self.read_only = read_only  # the library cannot be written: every edit is refused before it is tried
        # the file the window opened (core.store.identity): once the path names another file or none, an edit
        # is refused rather than written into a deleted file or a new library made in its place
        self.identity = identity
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kaidan-writer")
        self._db = None
        self.closed = False
        self.journal = EditJournal()  # the change log rows this window wrote: its own edits are not "elsewhere"

    def apply(self, edit: Edit, annotator: str | None, undoes: Span | None = None) -> tuple[Edit, Span]:
        """Apply the edit on the writer thread and wait for it: its inverse and the log rows it wrote, or what
        it raised (an undo or redo of `undoes` changed elsewhere since: core.edits.journal.ChangedElsewhere)."""
        if self.closed:
            raise RuntimeError(QCoreApplication.translate(
                "Writer", "the library is closed: nothing more can be saved from this window"))
        if self.read_only:
            raise refused()
        check_same_file(self.path, self.identity)
        return self._pool.submit(self._apply, edit, annotator, undoes).result()

    def _apply(self, edit: Edit, annotator: str | None, undoes: Span | None) -> tuple[Edit, Span]:
        if self._db is None:
            self._db = store.open_db(self.path)
        return self.journal.apply(self._db, edit, annotator, undoes)

    def close(self) -> None:
        """Close the write connection (in its own thread) and end the thread."""
        if self.closed:
            return
        self.closed = True
        self._pool.submit(self._close).result()
        self._pool.shutdown(wait=True)

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
