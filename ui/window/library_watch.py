"""Articles another Kaidan process adds (an `import` run in a terminal) appear in the open window.

SQLite's `PRAGMA data_version` changes when another connection commits; only then is the
library's highest article id read (a rowid lookup), so a quiet library costs one pragma a tick.
The window's own jobs that add articles (imports, merges) refresh the list themselves: while one
runs the watch keeps quiet, and when one ends it starts counting again from what the list now holds.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from core.store.arrivals import commit_stamp, count_articles_after, newest_article_id

CHECK_MS = 2000


class LibraryWatch(QObject):
    """Polls the window's library connection; emits added(n) when articles arrived from elsewhere."""

    added = Signal(int)

    def __init__(self, db, own_jobs, parent: QObject, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._db = db
        self._own_jobs = own_jobs  # the window's job runners that add articles
        self.resync()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        for runner in own_jobs:
            runner.finished.connect(self.resync)
            runner.failed.connect(self.resync)

    def resync(self, *_result) -> None:
        """Count from the library as it is now (one of the window's own jobs ended and reloaded the list)."""
        self._version = self._data_version()
        self._newest = self._newest_id()

    def stop(self) -> None:
        """The library is closing: check no more."""
        self.timer.stop()
        self._db = None

    def check(self) -> int:
        """Look once; the number of articles another process added since the last look (0: none)."""
        version = self._data_version()
        if version is None or version == self._version:
            return 0
        self._version = version
        newest = self._newest_id()
        if newest is None or self._newest is None or newest <= self._newest:
            self._newest = newest if newest is not None else self._newest
            return 0
        before, self._newest = self._newest, newest
        if any(runner.is_running() for runner in self._own_jobs):
            return 0  # the window's own job refreshes the list as its articles land
        added = self._count_after(before)
        if added:
            self.added.emit(added)
        return added

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
