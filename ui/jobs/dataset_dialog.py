"""File → Import Annotated Dataset…: a Kaidan export, Label Studio JSON, doccano JSONL or a brat folder."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout,
)

from core.dataset_formats import FORMATS, dataset_patterns
from ui.common.file_dialogs import existing_directory, open_file_name
from ui.jobs.import_places import last_import_folder, remember_import
from ui.common.settings_read import read_setting

FORMAT_KEY = "import/dataset_format"
FORMAT_TEXT = {
    "auto": QT_TRANSLATE_NOOP("DatasetImportDialog", "Recognise it (Kaidan, Label Studio, doccano or brat)"),
    "kaidan": QT_TRANSLATE_NOOP("DatasetImportDialog", "Kaidan export (folder or its articles.jsonl)"),
    "labelstudio": QT_TRANSLATE_NOOP("DatasetImportDialog", "Label Studio JSON export"),
    "doccano": QT_TRANSLATE_NOOP("DatasetImportDialog", "doccano JSONL (sequence labeling, relations)"),
    "brat": QT_TRANSLATE_NOOP("DatasetImportDialog", "brat folder (.txt + .ann)"),
}


class DatasetImportDialog(QDialog):
    """Chooses a dataset (file or folder) and its format; emits chosen(path, format)."""

    chosen = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Annotated Dataset"))
        # Only the formats' names: their readers (core.datasets, the page cleaner, trafilatura) load on the
        # import's worker thread when a dataset is read, not on the GUI thread when this dialog first opens.
        self.format = QComboBox()
        for fmt in ("auto", *FORMATS):
            self.format.addItem(self.tr(FORMAT_TEXT[fmt]) if fmt in FORMAT_TEXT else fmt, fmt)
        last = read_setting(FORMAT_KEY, "auto")
        self.format.setCurrentIndex(max(0, self.format.findData(last)))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A file or a folder"))
        choose_file = QPushButton(self.tr("File…"))
        choose_file.clicked.connect(self.choose_file)
        choose_folder = QPushButton(self.tr("Folder…"))
        choose_folder.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose_file)
        row.addWidget(choose_folder)
        note = QLabel(self.tr("Articles come in with their annotations; the summary names anything the "
                              "format holds that Kaidan could not carry over."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        # A label over a layout gets no buddy by itself: without one "&" shows literally.
        dataset_label = QLabel(self.tr("&Dataset:"))
        dataset_label.setBuddy(self.path)
        form.addRow(dataset_label, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(t.strip())))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def choose_file(self) -> None:
        path = open_file_name(self, self.tr("Annotated Dataset"), self._start(),
                              self.tr("Datasets ({patterns});;All files (*)").format(
                                  patterns=" ".join(dataset_patterns())))
        if path:
            remember_import([path])
            self.path.setText(path)

    def choose_folder(self) -> None:
        path = existing_directory(self, self.tr("Annotated Dataset Folder"), self._start())
        if path:
            remember_import([path])
            self.path.setText(path)

    def _start(self) -> str:
        """Where the file dialogs open: the path typed, else where the last import came from."""
        return self.path.text().strip() or last_import_folder()

    def accept(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        QSettings().setValue(FORMAT_KEY, self.format.currentData())
        self.chosen.emit(path, self.format.currentData())
        super().accept()
