"""Tools → Improve Detection: retrain the library's tagger in the background, then detect again."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QWidget

from ui.jobs.workers import Worker


class ImproveWorker(Worker):
    """core.learning.improve on the pool, with progress and cancel."""

    def __init__(self, db_path: str) -> None:
        self._cancel = threading.Event()
        super().__init__(self._improve, db_path)

    def cancel(self) -> None:
        """Ask training to stop; the library keeps the model it had."""
        self._cancel.set()

    def _improve(self, db_path: str):
        from core.learning import ImproveCancelled, improve

        try:
            return improve(db_path, progress=self.signals.progress.emit, cancelled=self._cancel.is_set)
        except ImproveCancelled:
            return None


class ImproveController(QObject):
    """One training run at a time; when it ends, the analysis controller detects the library again."""

    finished = Signal(object)  # the ImproveSummary, or None when cancelled

    def __init__(self, db_path: str, analysis, parent: QWidget) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._analysis = analysis
        self._window = parent
        self._status = parent.statusBar()
        self.worker: ImproveWorker | None = None
        self._summary = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop training; detection stays as it is")
        self.cancel_button.clicked.connect(self.cancel)
        self._status.addPermanentWidget(self.progress)
        self._status.addPermanentWidget(self.cancel_button)
        self._show(False)

    def start(self) -> bool:
        """Train on the library's corrected articles; False when a run is already going on."""
        if self.worker is not None or self._analysis.is_running():
            self._status.showMessage("Detection is busy: try again when it has finished", 5000)
            return False
        worker = ImproveWorker(self._db_path)
        worker.signals.progress.connect(self._progress)
        worker.signals.result.connect(self._result)
        worker.signals.error.connect(self._error)
        worker.signals.done.connect(self._done)
        self.worker = worker
        self.progress.setRange(0, 0)
        self._show(True)
        self._status.showMessage("Learning from your corrections…")
        QThreadPool.globalInstance().start(worker)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat("Learning %p%")

    def _result(self, summary) -> None:
        self._summary = summary

    def _error(self, message: str) -> None:
        self._status.showMessage(f"Improving detection failed: {message}", 15000)
        QMessageBox(QMessageBox.Critical, "Improving detection failed", message, QMessageBox.Ok,
                    self._window).open()

    def _done(self) -> None:
        self.worker = None
        self.cancel_button.setEnabled(True)
        self._show(False)
        summary, self._summary = self._summary, None
        if summary is None:
            self._status.showMessage("Improving detection cancelled: detection stays as it was", 10000)
        elif summary.model is None:
            QMessageBox(QMessageBox.Information, "Nothing to learn from yet",
                        "Accept, reject, retype or add entities in a few articles first; Kaidan then "
                        "learns from those articles.", QMessageBox.Ok, self._window).open()
        else:
            self._status.showMessage(f"Learned from {summary.articles} corrected article(s); "
                                     "detecting entities again (your decisions are kept)…", 10000)
            self._analysis.start(None)
        self.finished.emit(summary)

    def _show(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
