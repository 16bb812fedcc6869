"""QRunnables that carry core functions off the GUI thread and report back by signals."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from core.store import open_db
from core.store.articles import article_ids, count_articles


class WorkerSignals(QObject):
    """Signals of one worker; created on the GUI thread so slots run there (queued)."""

    result = Signal(object)
    error = Signal(str)
    progress = Signal(int, int, str)
    article = Signal(int)
    done = Signal()


class Worker(QRunnable):
    """Runs fn(*args) on the pool; emits result or error, then done."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        # The pool must not delete us: the owner drops its reference on done.
        self.setAutoDelete(False)
        self.fn, self.args = fn, args
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            value = self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            traceback.print_exc()
            self.signals.error.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.done.emit()


def query_ids(db_path: str, search: str | None, sort: str, descending: bool,
              entity_id: str | None = None) -> tuple[list[int], int]:
    """Matching ids in order and the library's total, read on the worker's own connection."""
    db = open_db(db_path)
    try:
        return article_ids(db, search, sort, descending, entity_id), count_articles(db)
    finally:
        db.close()


class ImportWorker(Worker):
    """core.importer.import_any on the pool, with progress, per-article signals and cancel."""

    def __init__(self, paths: list[str | Path], db_path: str, fmt: str = "auto") -> None:
        self._cancel = threading.Event()
        self.fmt = fmt
        super().__init__(self._import, [str(p) for p in paths], db_path)

    def cancel(self) -> None:
        """Ask the import to stop after the current file."""
        self._cancel.set()

    def _import(self, paths: list[str], db_path: str):
        from core.importer import import_any

        return import_any(
            paths,
            db_path,
            self.fmt,
            progress=self.signals.progress.emit,
            cancelled=self._cancel.is_set,
            on_article=self.signals.article.emit,
        )


class AnalyzeWorker(Worker):
    """core.analysis.analyze_library on the pool (ids None: the whole library), with cancel."""

    def __init__(self, db_path: str, ids: list[int] | None, claims_only: bool = False) -> None:
        self._cancel = threading.Event()
        self.claims_only = claims_only
        super().__init__(self._analyze, db_path, ids)

    def cancel(self) -> None:
        """Ask the analysis to stop after the current article."""
        self._cancel.set()

    def _analyze(self, db_path: str, ids: list[int] | None):
        from core.analysis import analyze_library

        return analyze_library(db_path, ids, progress=self.signals.progress.emit,
                               cancelled=self._cancel.is_set, claims_only=self.claims_only)
