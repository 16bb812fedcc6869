"""Re-running entity detection (or claim suggestion) in the background, on the window's job runner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from ui.jobs.failure_reasons import stop_reason
from ui.jobs.runner import JobRunner
from ui.jobs.workers import analysis_job

translate = QCoreApplication.translate


def analysis_text(summary, claims_only: bool = False) -> str:
    """One line for the status bar."""
    if getattr(summary, "stopped", ""):  # disk full, library busy or read-only: say what was stored
        text = (translate("Analysis", "Claim suggestions stopped: {reason}") if claims_only
                else translate("Analysis", "Entity detection stopped: {reason}"))
        return text.format(reason=stop_reason(summary.stopped))
    if claims_only:
        text = (translate("Analysis", "Claim suggestions cancelled: {articles} article(s), {candidates} "
                                      "candidate(s); your claims and dismissals were kept")
                if summary.cancelled else
                translate("Analysis", "Claim suggestions finished: {articles} article(s), {candidates} "
                                      "candidate(s); your claims and dismissals were kept"))
        return text.format(articles=summary.articles, candidates=summary.candidates)
    text = (translate("Analysis", "Entity detection cancelled: {articles} article(s), "
                                  "{mentions} mention(s) found; your corrections were kept")
            if summary.cancelled else
            translate("Analysis", "Entity detection finished: {articles} article(s), "
                                  "{mentions} mention(s) found; your corrections were kept"))
    return text.format(articles=summary.articles, mentions=summary.mentions)


class AnalysisController(QObject):
    """Runs core.analysis.analyze_library on the job runner; one run at a time."""

    finished = Signal(object)  # the AnalyzeSummary
    failed = Signal(str)

    def __init__(self, db_path: str, status_bar: QStatusBar, parent: QWidget,
                 claims_only: bool = False) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.claims_only = claims_only
        self.what = self.tr("Claim suggestion") if claims_only else self.tr("Entity detection")
        self._status = status_bar
        tip = (self.tr("Stop claim suggestion after the current article") if claims_only
               else self.tr("Stop entity detection after the current article"))
        self.runner = JobRunner(self.what, self, status_bar, window=parent, cancel_tip=tip)
        self.progress, self.cancel_button = self.runner.progress_bar, self.runner.cancel_button
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self.failed)

    def is_running(self) -> bool:
        """True while detection (or suggestion) runs."""
        return self.runner.is_running()

    def start(self, ids: list[int] | None) -> bool:
        """Detect again in these articles (None: all); False when a run is going on or the library is read-only."""
        if self.runner.refuses():
            return False
        if not self.runner.start(analysis_job(self._db_path, ids, self.claims_only), self.tr("Working…")):
            self._status.showMessage(self.tr("{what} is already running").format(what=self.what), 5000)
            return False
        self._status.showMessage(self.tr("Suggesting claims…") if self.claims_only else self.tr("Detecting entities…"))
        return True

    def cancel(self) -> None:
        """Stop after the current article."""
        self.runner.cancel()

    def _finished(self, summary) -> None:
        # Announced by the runner only once the worker is gone, so listeners see no run going on.
        self._status.showMessage(analysis_text(summary, self.claims_only), 15000)
        self.finished.emit(summary)
