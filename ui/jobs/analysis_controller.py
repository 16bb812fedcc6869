"""Re-running entity detection in the background, with progress and cancel in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QStatusBar, QWidget

from ui.common.plain import plain_message
from ui.jobs.workers import AnalyzeWorker


def analysis_text(summary, claims_only: bool = False) -> str:
    """One line for the status bar."""
    if getattr(summary, "stopped", ""):  # disk full, library busy or read-only: say what was stored
        return f"{'Claim suggestions' if claims_only else 'Entity detection'} stopped: {summary.stopped}"
    verb = "cancelled" if summary.cancelled else "finished"
    if claims_only:
        return (f"Claim suggestions {verb}: {summary.articles} article(s), {summary.candidates} "
                "candidate(s); your claims and dismissals were kept")
    return (f"Entity detection {verb}: {summary.articles} article(s), "
            f"{summary.mentions} mention(s) found; your corrections were kept")


class AnalysisController(QObject):
    """Runs core.analysis.analyze_library on the pool; one run at a time."""

    finished = Signal(object)  # the AnalyzeSummary
    failed = Signal(str)

    def __init__(self, db_path: str, status_bar: QStatusBar, parent: QWidget,
                 claims_only: bool = False) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.claims_only = claims_only
        self.what = "Claim suggestion" if claims_only else "Entity detection"
        self._status = status_bar
        self._window = parent
        self.worker: AnalyzeWorker | None = None
        self._summary = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip(f"Stop {self.what.lower()} after the current article")
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        self._show_progress(False)

    def is_running(self) -> bool:
        return self.worker is not None

    def start(self, ids: list[int] | None) -> bool:
        """Detect again in these articles (None: all); False when a run is going on."""
        if self.worker is not None:
            self._status.showMessage(f"{self.what} is already running", 5000)
            return False
        worker = AnalyzeWorker(self._db_path, ids, self.claims_only)
        worker.signals.progress.connect(self._progress)
        worker.signals.result.connect(self._done)
        worker.signals.error.connect(self._error)
        worker.signals.done.connect(self._finished)
        self.worker = worker  # referenced until done, so Qt never outlives its signals
        self.progress.setRange(0, 0)
        self.progress.setFormat("Working…")
        self._show_progress(True)
        self._status.showMessage("Suggesting claims…" if self.claims_only else "Detecting entities…")
        QThreadPool.globalInstance().start(worker)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int, _article: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")

    def _done(self, summary) -> None:
        self._summary = summary

    def _error(self, message: str) -> None:
        self._status.showMessage(f"{self.what} failed: {message}", 15000)
        plain_message(QMessageBox.Critical, f"{self.what} failed", message, self._window).open()
        self.failed.emit(message)

    def _finished(self) -> None:
        # Announced only now, so listeners see no run going on (result comes before done).
        self.worker = None
        self.cancel_button.setEnabled(True)
        self._show_progress(False)
        summary, self._summary = self._summary, None
        if summary is not None:
            self._status.showMessage(analysis_text(summary, self.claims_only), 15000)
            self.finished.emit(summary)

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
