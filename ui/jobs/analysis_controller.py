"""Re-running entity detection (or claim suggestion) in the background, on the window's job runner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from ui.jobs.runner import JobRunner
from ui.jobs.workers import analysis_job


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
    """Runs core.analysis.analyze_library on the job runner; one run at a time."""

    finished = Signal(object)  # the AnalyzeSummary
    failed = Signal(str)

    def __init__(self, db_path: str, status_bar: QStatusBar, parent: QWidget,
                 claims_only: bool = False) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.claims_only = claims_only
        self.what = "Claim suggestion" if claims_only else "Entity detection"
        self._status = status_bar
        self.runner = JobRunner(self.what, self, status_bar, window=parent,
                                cancel_tip=f"Stop {self.what.lower()} after the current article")
        self.progress, self.cancel_button = self.runner.progress_bar, self.runner.cancel_button
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self.failed)

    def is_running(self) -> bool:
        """True while detection (or suggestion) runs."""
        return self.runner.is_running()

    def start(self, ids: list[int] | None) -> bool:
        """Detect again in these articles (None: all); False when a run is going on."""
        if not self.runner.start(analysis_job(self._db_path, ids, self.claims_only), "Working…"):
            self._status.showMessage(f"{self.what} is already running", 5000)
            return False
        self._status.showMessage("Suggesting claims…" if self.claims_only else "Detecting entities…")
        return True

    def cancel(self) -> None:
        """Stop after the current article."""
        self.runner.cancel()

    def _finished(self, summary) -> None:
        # Announced by the runner only once the worker is gone, so listeners see no run going on.
        self._status.showMessage(analysis_text(summary, self.claims_only), 15000)
        self.finished.emit(summary)
