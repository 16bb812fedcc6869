"""Exports in the background: core.export.export on the pool with its own connection, progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.export import ExportBusy, Scope, export, failure_message
from core.store import read_library
from core.store.article_list import article_ids, library_days, list_rows
from ui.jobs.export_words import export_words
from ui.jobs.runner import JobRunner
from ui.jobs.workers import JobRefused, JobWorker

OUTLET_BATCH = 500


def library_choices(db_path: str) -> tuple[list[str], tuple[str, str] | None]:
    """Every outlet in the library, sorted (read in batches on the worker's own connection), and the first and
    last day of its articles."""
    db = read_library(db_path)  # reads only: a read-only library exports too
    try:
        ids, outlets = article_ids(db, sort="id"), set()
        for start in range(0, len(ids), OUTLET_BATCH):
            rows = list_rows(db, ids[start:start + OUTLET_BATCH])
            outlets.update(r["outlet"] for r in rows.values() if r["outlet"])
        return sorted(outlets), library_days(db)
    finally:
        db.close()


class ExportFailed(JobRefused):
    """The folder refused the export (read-only, full, another export writing there); nothing of it was left."""


def export_at(db_path: str, fmt: str, out_dir: Path, scope: Scope, force: bool = False,
              progress=None, cancelled=None):
    """core.export.export on a connection of its own; a refusing folder raises ExportFailed, in the
    interface language (the worker passes on words, not core's coded reason)."""
    db = read_library(db_path)  # of this thread (SQLite objects stay in theirs); reads only
    try:
        return export(db, fmt, out_dir, scope, progress=progress, cancelled=cancelled, force=force)
    except ExportBusy as exc:
        raise ExportFailed(export_words(exc.args[0])) from None
    except OSError as exc:
        raise ExportFailed(export_words(failure_message(exc, out_dir))) from None
    finally:
        db.close()


class ExportWorker(JobWorker):
    """One export on the pool; cancel() stops it before the next article and drops its files."""

    def __init__(self, db_path: str, fmt: str, out_dir: str | Path, scope: Scope, force: bool = False) -> None:
        super().__init__(export_at, db_path, fmt, Path(out_dir), scope, force)


class ExportController(QObject):
    """Starts one export at a time on the job runner and reports progress, the ExportResult or an error."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # core.export.ExportResult
    failed = Signal(str)

    def __init__(self, db_path: str, parent=None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.runner = JobRunner(self.tr("Export"), self, report_errors=False)  # the dialog shows both
        self.runner.progress.connect(self.progress)
        self.runner.finished.connect(self.finished)
        # a refusing folder, or a library gone, is said in words (ui.jobs.workers.refusal_text), never by name
        self.runner.failed.connect(self.failed)

    @property
    def worker(self) -> ExportWorker | None:
        """The export running, if any."""
        return self.runner.worker

    def is_running(self) -> bool:
        """True while an export runs."""
        return self.runner.is_running()

    def start(self, fmt: str, out_dir: str | Path, scope: Scope, force: bool = False) -> None:
        """Export in the background (force: replace a different export there); ignored while another runs."""
        self.runner.start(ExportWorker(self._db_path, fmt, out_dir, scope, force))

    def cancel(self) -> None:
        """Stop before the next article; the files of this run are dropped."""
        self.runner.cancel()

