"""Tools → Improve Detection: retrain the library's tagger in the background, then detect again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from ui.common.plain import plain_message
from ui.jobs.runner import JobRunner
from ui.jobs.workers import JobWorker


def improve_or_none(db_path: str, progress=None, cancelled=None):
    """core.learning.improve; None when cancelled (the library keeps the model it had)."""
    from core.learning import ImproveCancelled, improve

    try:
        return improve(db_path, progress=progress, cancelled=cancelled)
    except ImproveCancelled:
        return None


class ImproveController(QObject):
    """One training run at a time; when it ends, the analysis controller detects the library again."""

    finished = Signal(object)  # the ImproveSummary, or None when cancelled

    def __init__(self, db_path: str, analysis, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._analysis = analysis
        self._window = parent
        self._status = status_bar
        self.runner = JobRunner(self.tr("Improving detection"), self, status_bar, window=parent,
                                cancel_tip=self.tr("Stop training; detection stays as it is"),
                                progress_format=self.tr("Learning %p%"))
        self.progress, self.cancel_button = self.runner.progress_bar, self.runner.cancel_button
        self.runner.finished.connect(self._finished)
        self.info_box: QMessageBox | None = None

    def start(self) -> bool:
        """Train on the library's corrected articles; False when a run is already going on (or cannot be saved)."""
        if self.runner.refuses():
            return False
        if self.runner.is_running() or self._analysis.is_running():
            self._status.showMessage(self.tr("Detection is busy: try again when it has finished"), 5000)
            return False
        self.runner.start(JobWorker(improve_or_none, self._db_path))
        self._status.showMessage(self.tr("Learning from your corrections…"))
        return True

    def cancel(self) -> None:
        """Stop training; the library keeps the model it had."""
        self.runner.cancel()

    def _finished(self, summary) -> None:
        if summary is None:
            self._status.showMessage(self.tr("Improving detection cancelled: detection stays as it was"), 10000)
        elif summary.model is None:
            self.info_box = plain_message(
                QMessageBox.Information, self.tr("Nothing to learn from yet"),
                self.tr("Accept, reject, retype or add entities in a few articles first; Kaidan then "
                        "learns from those articles."), self._window)
            self.info_box.open()
        else:
            self._status.showMessage(self.tr("Learned from {n} corrected article(s); "
                                             "detecting entities again (your decisions are kept)…").format(
                n=summary.articles), 10000)
            self._analysis.start(None)
        self.finished.emit(summary)
