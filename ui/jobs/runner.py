"""One runner for the window's long work: a worker's lifetime, progress and Cancel, and how it ended.

Import, entity detection, claim suggestion, learning, export and team merge each
hand the runner a worker (ui.jobs.workers) over a core function of the shape
run(..., progress, cancelled). The runner keeps the worker referenced until it is
done (so Qt never outlives its signals), shows a progress bar and a Cancel button
in the status bar while it runs (when given one), reports an error in a plain-text
box, and announces the end only once no job is running.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QStatusBar, QWidget

from ui.common.plain import plain_message
from ui.common.read_only import read_only_reason
from ui.common.refusals import refusal_words
from ui.common.library_file import library_gone
from ui.jobs.workers import Worker

BAR_WIDTH = 220


class JobRunner(QObject):
    """Runs one worker at a time; finished(result) or failed(message) once it is gone."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # the worker's result
    failed = Signal(str)  # the worker's error, as "Type: message"

    def __init__(self, what: str, parent: QObject, status_bar: QStatusBar | None = None,
                 cancel_tip: str = "", progress_format: str = "{done} / {total}",
                 report_errors: bool = True, window: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.worker: Worker | None = None
        self._status = status_bar
        self._format = progress_format
        self._report_errors = report_errors
        self._window = window  # the parent of the error box
        self._outcome: tuple | None = None
        self.error_box: QMessageBox | None = None
        self.progress_bar: QProgressBar | None = None
        self.cancel_button: QPushButton | None = None
        if status_bar is not None:
            self.progress_bar = QProgressBar()
            self.progress_bar.setMaximumWidth(BAR_WIDTH)
            self.progress_bar.setTextVisible(True)
            self.cancel_button = QPushButton(self.tr("Cancel"))
            self.cancel_button.setToolTip(cancel_tip or self.tr("Stop {what}").format(what=what.lower()))
            self.cancel_button.clicked.connect(self.cancel)
            status_bar.addPermanentWidget(self.progress_bar)
            status_bar.addPermanentWidget(self.cancel_button)
            self._show(False)

    def is_running(self) -> bool:
        """True while a worker is out on the pool."""
        return self.worker is not None

    def refuses(self) -> bool:
        """True, after saying why, when the window's library is read-only, or its file was moved, renamed,
        replaced or deleted since the window opened it: the job would write into it (or into a new library
        made at its old path)."""
        if getattr(self._window, "read_only", False):
            reason = read_only_reason()
        elif library_gone(self._window):
            reason = refusal_words("gone")
        else:
            return False
        message = self.tr("{what} not started: {reason}.").format(what=self.what, reason=reason)
        if self._status is not None:
            self._status.showMessage(message, 15000)
        self.error_box = plain_message(QMessageBox.Warning, self.what, message, self._window)
        self.error_box.open()
        return True

    def start(self, worker: Worker, busy: str = "") -> bool:
        """Run worker on the pool, showing busy until its first progress; False when one is running."""
        if self.worker is not None:
            return False
        worker.signals.progress.connect(self._progress)
        worker.signals.result.connect(lambda value: setattr(self, "_outcome", (self.finished, value)))
        worker.signals.error.connect(self._error)
        worker.signals.done.connect(self._done)
        self._outcome = None
        self.worker = worker  # referenced until done, so its signals outlive the run
        if self.progress_bar is not None:
            self.progress_bar.setRange(0, 0)
            self.progress_bar.setFormat(busy or "%p%")
            self.cancel_button.setEnabled(True)
            self._show(True)
        QThreadPool.globalInstance().start(worker)
        return True

    def cancel(self) -> bool:
        """Ask the running worker to stop at its next step; False when nothing runs or it cannot stop."""
        cancel = getattr(self.worker, "cancel", None)
        if cancel is None:
            return False
        cancel()
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        return True

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.progress_bar is not None:
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(done)
            self.progress_bar.setFormat(self._format.format(done=done, total=total))
        self.progress.emit(done, total, what)

    def _error(self, message: str) -> None:
        self._outcome = (self.failed, message)
        if not self._report_errors:
            return
        if self._status is not None:
            self._status.showMessage(self.tr("{what} failed: {reason}").format(what=self.what, reason=message), 15000)
        self.error_box = plain_message(QMessageBox.Critical, self.tr("{what} failed").format(what=self.what),
                                       message, self._window)
        self.error_box.open()  # not exec(): the window keeps working

    def _done(self) -> None:
        self.worker = None
        if self.progress_bar is not None:
            self.cancel_button.setEnabled(True)
            self._show(False)
        outcome, self._outcome = self._outcome, None
        if outcome is not None:
            signal, value = outcome
            signal.emit(value)

    def _show(self, visible: bool) -> None:
        self.progress_bar.setVisible(visible)
        self.cancel_button.setVisible(visible)
