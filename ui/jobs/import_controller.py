"""Imports in the background: progress and cancel in the status bar, summary at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from core.paths import resource
from ui.common.plain import plain_message
from ui.jobs.dataset_words import coded_words, place_words, say
from ui.jobs.failure_reasons import failure_reason, skip_reason, stop_reason
from ui.jobs.runner import JobRunner
from ui.jobs.workers import import_job
from ui.common.words import counted

translate = QCoreApplication.translate

SLICE = "batch"  # a queued slice of a batch run, not files of a format

# New articles are announced in bursts; refresh the list at most this often.
REFRESH_MS = 300


def sample_paths() -> list[Path]:
    """The sample articles bundled with Kaidan."""
    return sorted(resource("samples").glob("*.txt"))


def summary_text(summary) -> str:
    """One line for the status bar."""
    parts = [translate("ImportSummary", "{n} imported").format(n=len(summary.imported))]
    if getattr(summary, "merged", None):  # an annotated dataset that came back to its articles
        parts.append(translate("ImportSummary", "{n} merged into articles already there").format(n=len(summary.merged)))
    if summary.duplicates:
        parts.append(translate("ImportSummary", "{n} already in the library").format(n=len(summary.duplicates)))
    if getattr(summary, "skipped", None):  # a folder's LICENSE, README…: left out, not failed
        parts.append(translate("ImportSummary", "{n} skipped as dataset files").format(n=len(summary.skipped)))
    if summary.failed:
        parts.append(translate("ImportSummary", "{n} failed").format(n=len(summary.failed)))
    if getattr(summary, "stopped", ""):  # disk full, library busy or read-only: say what was stored
        return translate("ImportSummary", "Import stopped: {reason}").format(reason=stop_reason(summary.stopped))
    text = (translate("ImportSummary", "Import cancelled: {parts}") if summary.cancelled
            else translate("ImportSummary", "Import finished: {parts}"))
    return text.format(parts=translate("ImportSummary", ", ").join(parts))


def annotation_lines(summary) -> list[str]:
    """The files left out of a folder, the annotations an annotated dataset brought and what it could not
    carry over, in the interface language."""
    lines = [translate("ImportSummary", "skipped: {file} — {reason}").format(file=source, reason=skip_reason(reason))
             for source, reason in getattr(summary, "skipped", ())]
    counts = getattr(summary, "annotations", None) or {}
    lines += [translate("ImportSummary", "Annotations: {counts}").format(counts=translate("ImportSummary", ", ").join(
        f"{coded_words(what) or what} {n:,}" for what, n in counts.items()))] if counts else []
    return lines + (summary.messages(with_skipped=False, say=say) if hasattr(summary, "messages") else [])


def failure_details(summary) -> str:
    """Each failed file with its reason, for the details of the summary dialog."""
    return "\n".join(f"{place_words(path)}: {failure_reason(reason)}" for path, reason in summary.failed)


class ImportController(QObject):
    """Runs core.importer.import_any on the job runner, one batch after another."""

    articles_added = Signal()  # debounced: some articles landed since the last signal
    finished = Signal(object)  # the ImportSummary
    failed = Signal(str)

    def __init__(self, db_path: str, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._status = status_bar
        self._window = parent
        self._queue: list[tuple] = []  # (paths, format) or (folder, where, "batch")
        self.last_summary = None
        self.summary_box: QMessageBox | None = None
        self.runner = JobRunner(self.tr("Import"), self, status_bar, window=parent,
                                cancel_tip=self.tr("Stop the import after the current file"))
        self.progress, self.cancel_button = self.runner.progress_bar, self.runner.cancel_button
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.articles_added)

    def is_running(self) -> bool:
        """True while a batch is being imported."""
        return self.runner.is_running()

    def _queued(self, count: int) -> str:
        """What an import asked for while another runs says: how many items wait for it."""
        return counted(count, self.tr("Queued 1 more item for import"), self.tr("Queued {n} more items for import"))

    def start(self, paths: list[str | Path], fmt: str = "auto") -> None:
        """Import files, folders and annotated datasets (fmt: auto or a core.datasets format); queued."""
        paths = [Path(p) for p in paths]
        if not paths or self.runner.refuses():
            return
        if self.runner.is_running():
            self._queue.append((paths, fmt))
            self._status.showMessage(self._queued(len(paths)))
            return
        worker = import_job(paths, self._db_path, fmt)
        worker.signals.article.connect(lambda _id: self._refresh.start())
        self.runner.start(worker, self.tr("Importing…"))

    def start_slice(self, folder: str, where: str) -> None:
        """Import the articles where picks from a batch run (core.batch.slice), with their annotations; queued."""
        if self.runner.refuses():
            return
        if self.runner.is_running():
            self._queue.append((folder, where, SLICE))
            self._status.showMessage(self._queued(1))
            return
        from ui.jobs.batch_import_dialog import slice_job  # with the dialog that asks for it, loaded on first use

        self.runner.start(slice_job(folder, where, self._db_path), self.tr("Importing…"))

    def cancel(self) -> None:
        """Stop after the current file and drop queued batches."""
        self._queue.clear()
        self._refresh.stop()
        if self.runner.cancel():
            self._status.showMessage(self.tr("Cancelling import…"))

    def _progress(self, _done: int, _total: int, source: str) -> None:
        if source:
            self._status.showMessage(self.tr("Importing {file}").format(file=Path(source).name))

    def _done(self, summary) -> None:
        self.last_summary = summary
        self._refresh.stop()
        self.articles_added.emit()
        text = summary_text(summary)
        self._status.showMessage(text, 15000)
        lines = annotation_lines(summary)
        stopped = bool(getattr(summary, "stopped", ""))
        if summary.failed or lines or stopped:
            icon = QMessageBox.Warning if summary.failed or stopped else QMessageBox.Information
            box = plain_message(icon, self.tr("Import"), text, self._window)
            informative = lines + ([self.tr("Some files could not be imported; see the details.")]
                                   if summary.failed else [])
            box.setInformativeText("\n".join(informative))
            if summary.failed:
                box.setDetailedText(failure_details(summary))
            box.open()  # not exec(): the window keeps working while the summary is up
            self.summary_box = box
        self.finished.emit(summary)
        self._next()

    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        self._next()

    def _next(self) -> None:
        if self._queue:
            item = self._queue.pop(0)
            self.start_slice(*item[:2]) if item[-1] == SLICE else self.start(*item)
