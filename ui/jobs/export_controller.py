"""Exports in the background: core.export.export on the pool with its own connection, progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from core.export import Scope, export, failure_message
from core.store import open_db
from core.store.articles import article_ids, list_rows
from ui.jobs.workers import Worker

# Formats that tag tokens: their spans off token boundaries are reported as cut.
TOKEN_FORMATS = ("conll", "hf", "spacy")
OUTLET_BATCH = 500


def library_outlets(db_path: str) -> list[str]:
    """Every outlet in the library, sorted (read in batches on the worker's own connection)."""
    db = open_db(db_path)
    try:
        ids, outlets = article_ids(db, sort="id"), set()
        for start in range(0, len(ids), OUTLET_BATCH):
            rows = list_rows(db, ids[start:start + OUTLET_BATCH])
            outlets.update(r["outlet"] for r in rows.values() if r["outlet"])
        return sorted(outlets)
    finally:
        db.close()


class ExportFailed(Exception):
    """The folder refused the export (read-only, full); nothing of it was left."""


class ExportWorker(Worker):
    """One export on the pool; cancel() stops it before the next article and drops its files."""

    def __init__(self, db_path: str, fmt: str, out_dir: str | Path, scope: Scope, force: bool = False) -> None:
        self._cancel = threading.Event()
        self.force = force
        super().__init__(self._export, db_path, fmt, Path(out_dir), scope)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, what: str) -> None:
        self.signals.progress.emit(done, total, what)

    def _export(self, db_path: str, fmt: str, out_dir: Path, scope: Scope):
        # Its own connection: sqlite objects belong to the thread that made them.
        db = open_db(db_path)
        try:
            return export(db, fmt, out_dir, scope, progress=self._progress, cancelled=self.is_cancelled,
                          force=self.force)
        except OSError as exc:
            raise ExportFailed(failure_message(exc, out_dir)) from None
        finally:
            db.close()


class ExportController(QObject):
    """Starts one export at a time and reports progress, the ExportResult or an error."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # core.export.ExportResult
    failed = Signal(str)

    def __init__(self, db_path: str, parent=None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.worker: ExportWorker | None = None
        self._outcome: tuple | None = None

    def is_running(self) -> bool:
        return self.worker is not None

    def start(self, fmt: str, out_dir: str | Path, scope: Scope, force: bool = False) -> None:
        """Export in the background (force: replace a different export there); ignored while another runs."""
        if self.worker is not None:
            return
        worker = ExportWorker(self._db_path, fmt, out_dir, scope, force)
        worker.signals.progress.connect(self.progress)
        worker.signals.result.connect(lambda result: setattr(self, "_outcome", (self.finished, result)))
        # a refusing folder is said in the core's own words, without the exception's name
        worker.signals.error.connect(lambda message: setattr(
            self, "_outcome", (self.failed, message.removeprefix(f"{ExportFailed.__name__}: "))))
        worker.signals.done.connect(self._done)
        self._outcome = None
        self.worker = worker  # referenced until done, so its signals outlive the run
        QThreadPool.globalInstance().start(worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _done(self) -> None:
        # Reported only once the worker is gone, so listeners see is_running() False.
        self.worker = None
        if self._outcome is not None:
            signal, value = self._outcome
            self._outcome = None
            signal.emit(value)


def summary_lines(result, fmt: str) -> list[str]:
    """What the summary says besides the file table: cut spans and the export's notes."""
    if result.cancelled:
        return ["Export cancelled: no files of this run were kept."]
    lines = [f"{result.articles:,} article{'s' if result.articles != 1 else ''} exported as {fmt}."]
    if result.cuts:
        lines.append(f"{len(result.cuts):,} entity spans cut a token or overlap another and were left "
                     f"untagged; they are listed in cut_spans.tsv.")
    lines += [note for note in result.notes if "cut_spans" not in note]
    return lines
