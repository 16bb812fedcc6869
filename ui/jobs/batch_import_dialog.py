"""File → Import from Batch…: a batch run's folder and a WHERE clause over its articles, with a count before importing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from ui.common.file_dialogs import existing_directory
from ui.common.words import counted
from ui.jobs.import_places import last_import_folder, remember_import
from ui.jobs.workers import JobWorker, Worker

# The count is asked for once typing pauses this long.
PREVIEW_MS = 400


def count_slice(folder: str, where: str) -> int:
    """How many articles where picks from the batch run in folder (on a worker thread)."""
    from core.batch.slice import slice_count  # DuckDB and pyarrow, of the batch extra: loaded when asked

    return slice_count(folder, where)


def slice_job(folder: str, where: str, db_path: str) -> JobWorker:
    """core.batch.slice.import_slice on the job runner (progress by articles, cancel between them)."""
    from core.batch.slice import import_slice

    return JobWorker(import_slice, folder, where, db_path)


class BatchImportDialog(QDialog):
    """Chooses a batch run and a condition; shows how many articles it picks; emits chosen(folder, where)."""

    chosen = Signal(str, str)
    previewed = Signal()  # a preview count (or its failure) is shown

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Batch"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("The --out folder of kaidan batch"))
        choose = QPushButton(self.tr("Folder…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.where = QLineEdit()
        self.where.setPlaceholderText(self.tr("e.g. outlet = 'NHK' AND published >= '2024-01-01' (empty: all)"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        note = QLabel(self.tr("The articles come in with every detected annotation, ready to read and correct; "
                              "an export keys them by the same content hash as the batch run."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Batch run:"))  # a label over a layout gets no buddy by itself
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow(self.tr("&Where:"), self.where)
        form.addRow("", self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(620, 0)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._timer.timeout.connect(self._ask_count)
        self._generation = 0  # a late count of an earlier condition never overwrites a newer one
        self._workers: set[Worker] = set()  # referenced until done
        self.count: int | None = None
        self.folder.textChanged.connect(self._changed)
        self.where.textChanged.connect(self._changed)

    def choose_folder(self) -> None:
        path = existing_directory(self, self.tr("Batch Run Folder"), self.folder.text().strip() or last_import_folder())
        if path:
            remember_import([path])
            self.folder.setText(path)

    def _changed(self) -> None:
        self._generation += 1
        self.count = None
        self.ok.setEnabled(False)
        if self.folder.text().strip():
            self.preview.setText(self.tr("Counting…"))
            self._timer.start()
        else:
            self.preview.clear()
            self._timer.stop()

    def _ask_count(self) -> None:
        generation = self._generation
        worker = Worker(count_slice, self.folder.text().strip(), self.where.text())
        worker.signals.result.connect(lambda n: self._show_count(generation, n))
        worker.signals.error.connect(lambda message: self._show_error(generation, message))
        worker.signals.done.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        QThreadPool.globalInstance().start(worker)

    def _show_count(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self.count = n
        self.preview.setText(counted(n, self.tr("1 article matches"), self.tr("{n} articles match")))
        self.ok.setEnabled(n > 0)
        self.previewed.emit()

    def _show_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        kind, _, text = message.partition(": ")
        if kind in ("ModuleNotFoundError", "ImportError"):
            text = self.tr("Reading a batch run needs its extra: pip install kaidan[batch]")
        self.preview.setText(text)
        self.previewed.emit()

    def accept(self) -> None:
        if not self.count:
            return
        self.chosen.emit(str(Path(self.folder.text().strip())), self.where.text())
        super().accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        self._generation += 1  # counts still out are dropped
        super().done(result)
