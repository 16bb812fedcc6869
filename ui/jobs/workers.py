"""QRunnables that carry core functions off the GUI thread and report back by signals."""

from __future__ import annotations

import importlib
import sys
import threading
import traceback
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal, Slot

from core.store import read_library
from core.store.errors import LibraryError
from core.store.search_marks import search_count, search_ids, search_page
from core.store.search_index import indexed_articles
from ui.common.refusals import refusal_of


class JobRefused(Exception):
    """A job's expected refusal (a folder that will not take an export), already in the interface language."""


# Refusals the user is told of in words: a job's own, and the library's (core.store.errors: a library busy,
# read-only, moved or deleted, damaged). stderr gets their one line, a traceback only for the unexpected.
REFUSALS = (JobRefused, LibraryError)


def report_error(exc: BaseException) -> None:
    """Log a job's error on stderr: an expected refusal in one line, anything else with its traceback."""
    if isinstance(exc, REFUSALS):
        print(f"{type(exc).__name__}: {' '.join(str(exc).split())}", file=sys.stderr)
    else:
        traceback.print_exception(exc)


def refusal_text(exc: Exception) -> str:
    """An expected refusal as the user reads it: a job's own words, the library's from its kind (core's line is
    English and names the path); never the exception's name."""
    if isinstance(exc, LibraryError):
        return refusal_of(exc)
    return str(exc)


class WorkerSignals(QObject):
    """Signals of one worker; created on the GUI thread so slots run there (queued).

    error carries what the user is told: an expected refusal in words, worded here on the GUI thread (where the
    window's language is), anything else as "Type: message"."""

    result = Signal(object)
    error = Signal(str)
    refused = Signal(object)  # the refusal itself, from the worker's thread: worded into error by _word
    progress = Signal(int, int, str)
    article = Signal(int)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.refused.connect(self._word)

    @Slot(object)
    def _word(self, exc: Exception) -> None:
        self.error.emit(refusal_text(exc))


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
            report_error(exc)
            if isinstance(exc, REFUSALS):
                self.signals.refused.emit(exc)
            else:
                self.signals.error.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.done.emit()


def query_ids(db_path: str, search: str | None, sort: str, descending: bool,
              entity_id: str | None = None) -> tuple[list[int], int]:
    """Matching ids in order and the library's total, read on the worker's own connection."""
    db = read_library(db_path)  # reads only (sqlite3 alone): a read-only library reads too
    try:
        return search_ids(db, search, sort, descending, entity_id), indexed_articles(db)
    finally:
        db.close()


def query_page(db_path: str, search: str | None, sort: str, descending: bool, entity_id: str | None,
               limit: int) -> tuple[list[int], int | None]:
    """The first limit matching ids in order (no count of the rest) and the library's total.

    The total is None when the page is full: the whole list read next counts it. The library's total is
    read from the search index's record of its rows (core.store.search_index.indexed_articles): counting
    a million articles cost a search of few hits three quarters of its first page.
    """
    db = read_library(db_path)  # reads only (sqlite3 alone): a read-only library reads too
    try:
        ids = search_page(db, search, sort, descending, entity_id, limit=limit)
        return ids, (indexed_articles(db) if len(ids) < limit else None)
    finally:
        db.close()


def query_count(db_path: str, search: str | None, entity_id: str | None = None) -> tuple[int, int]:
    """How many articles match (the search index counts a search's hits) and the library's total."""
    db = read_library(db_path)  # reads only (sqlite3 alone): a read-only library reads too
    try:
        return search_count(db, search, entity_id), indexed_articles(db)
    finally:
        db.close()


class JobWorker(Worker):
    """A core function of the shape fn(*args, progress=, cancelled=) on the pool; cancel() asks it to stop."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **options: Any) -> None:
        self._cancel = threading.Event()
        self.options = options
        super().__init__(self.call, fn, *args)

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, what: str) -> None:
        self.signals.progress.emit(done, total, what)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run fn on this thread with the worker's progress and cancel callbacks."""
        return fn(*args, progress=self._progress, cancelled=self.is_cancelled, **self.options)


def loaded_on_call(module: str, name: str) -> Callable[..., Any]:
    """The core function module.name, imported when it is called: on the worker's thread. Detection's modules
    compile some 750 patterns on their first import (seconds on a busy machine); imported by the GUI thread
    before the worker started, they froze the window before its progress bar showed (the first Ctrl+F5)."""
    def call(*args: Any, **options: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **options)

    return call


def import_job(paths: list[str | Path], db_path: str, fmt: str = "auto") -> JobWorker:
    """core.importer.import_any for these paths, announcing each stored article by the article signal."""
    worker = JobWorker(loaded_on_call("core.importer", "import_any"), [str(p) for p in paths], db_path, fmt)
    worker.options["on_article"] = worker.signals.article.emit
    return worker


def analysis_job(db_path: str, ids: list[int] | None, claims_only: bool = False) -> JobWorker:
    """core.analysis.analyze_library over ids (None: the whole library)."""
    return JobWorker(loaded_on_call("core.analysis", "analyze_library"), db_path, ids, claims_only=claims_only)
