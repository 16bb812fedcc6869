"""What another Kaidan process or window writes to the open library, noticed while the window is open.

SQLite's `PRAGMA data_version` changes when another connection commits; only then is anything read, so a
quiet library costs one pragma a tick. Then two cheap questions: the library's highest article id (a
rowid lookup: articles added elsewhere, an `import` run in a terminal), and whether the change log holds a
row after the last one seen that the window did not write itself (an edit in another window, `analyze`
re-detecting articles). The window's own rows are its journal's (its edits, and the jobs it adopted), held
as spans: the look skips each span of its own at once, so it costs a lookup per span, never a row read
per change, however much was written.
The window's own jobs refresh what they change themselves: while one runs the watch holds its look, and
one that adds articles (imports, merges) is counted from what the list holds once it ends.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from core.edits.journal import last_change_id
from core.store.identity import moved
from core.store.arrivals import commit_stamp, count_articles_after, first_change_after, newest_article_id

CHECK_MS = 2000


class LibraryWatch(QObject):
    """Polls the window's library connection; says when articles arrived or the library changed elsewhere."""

    added = Signal(int)  # articles another process added
    changed = Signal()  # change log rows another window or process wrote (edits, detection run again)
    gone = Signal()  # the library's path names another file or none (moved, renamed, replaced, deleted): once

    def __init__(self, db, own_jobs, parent: QObject, interval_ms: int = CHECK_MS, journal=None,
                 busy_jobs=(), file=None) -> None:
        super().__init__(parent)
        self._db = db
        self._file = file  # (path, identity) of the library file opened (core.store.identity), checked each tick
        self._own_jobs = tuple(own_jobs)  # the window's job runners that add articles: counted from their end
        self._busy_jobs = tuple(busy_jobs)  # … and those that rewrite articles: their rows adopted when they end
        self._journal = journal  # the window's edit journal: which change log rows are its own
        self.resync()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        for runner in own_jobs:
            runner.finished.connect(self.resync)
            runner.failed.connect(self.resync)

    def resync(self, *_result) -> None:
        """Count from the library as it is now (one of the window's own jobs ended, or the window reloaded)."""
        self._version = self._data_version()
        self._newest = self._newest_id()
        self._seen_change = self._ask(last_change_id)

    def stop(self) -> None:
        """The library is closing: check no more."""
        self.timer.stop()
        self._db = None

    def check(self) -> int:
        """Look once; the number of articles another process added since the last look (0: none)."""
        if self._file is not None and moved(*self._file):
            self._file = None  # said once
            self.gone.emit()
        version = self._data_version()
        if version is None or version == self._version:
            return 0
        if any(runner.is_running() for runner in (*self._own_jobs, *self._busy_jobs)):
            return 0  # the window's own job refreshes what it changes; looked at again once it ended
        self._version = version
        if self._changed_elsewhere():
            self.changed.emit()
        newest = self._newest_id()
        if newest is None or self._newest is None or newest <= self._newest:
            self._newest = newest if newest is not None else self._newest
            return 0
        before, self._newest = self._newest, newest
        added = self._count_after(before)
        if added:
            self.added.emit(added)
        return added

    def _changed_elsewhere(self) -> bool:
        """Whether the change log holds a row, after the last one seen, that the window did not write."""
        if self._seen_change is None:
            self._seen_change = self._ask(last_change_id)
            return False
        after = self._seen_change
        while True:
            row_id = self._ask(lambda db: first_change_after(db, after))
            if row_id is None:
                return False  # none (or the library could not answer: asked again next tick)
            own = self._journal.own.span_of(row_id) if self._journal is not None else None
            if own is None:
                self._seen_change = self._ask(last_change_id) or row_id
                return True
            after = self._seen_change = own[1]

    def _data_version(self) -> int | None:
        return self._ask(commit_stamp)

    def _newest_id(self) -> int | None:
        return self._ask(newest_article_id)

    def _count_after(self, article_id: int) -> int:
        return self._ask(lambda db: count_articles_after(db, article_id)) or 0

    def _ask(self, read):
        if self._db is None:
            return None
        try:
            return read(self._db)
        except sqlite3.Error:
            return None  # a busy or vanished file: the next tick asks again
