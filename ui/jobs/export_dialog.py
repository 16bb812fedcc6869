"""File → Export…: format, folder and scope; runs in the background; a summary of what was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
    QVBoxLayout,
)

from core.export import FORMATS, other_export
from core.export.scope import count_in_scope
from ui.jobs.export_controller import ExportController, library_choices
from ui.jobs.export_formats import CaptionLabel, format_name, reader_text
from ui.jobs.export_scope import ExportScope
from ui.jobs.export_summary import ExportSummary
from ui.jobs.export_words import export_words
from ui.common.file_dialogs import existing_directory
from ui.common.library_file import library_gone
from ui.jobs.workers import Worker
from ui.common.screen_fit import resize_within_screen
from ui.common.settings_read import read_setting

FORMAT_KEY, FOLDER_KEY = "export/format", "export/folder"


def default_folder() -> str:
    """The folder offered before the first export (a file name: never translated)."""
    return str(Path.home() / "Kaidan export")


class ExportDialog(QDialog):
    """Chooses what to export and where, runs it with progress and Cancel, then sums it up."""

    def __init__(self, window, selected_ids: list[int]) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Export"))
        self.db = window.db
        self.library_window = window  # whose library file is checked before an export opens it by its path
        self.in_scope = 0  # articles the choices describe, counted as they change
        self.settings = QSettings()
        self.controller = ExportController(window.db_path, self)
        self.controller.progress.connect(self._progress)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.last_result = None
        self.replace_box: QMessageBox | None = None  # open while asking to replace another export
        self._outlet_worker: Worker | None = None
        self._built = False  # widgets signal while being built; counts wait until all exist
        self._focus_back = None  # the field that had the focus when the export started, given it back at the end

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_choices())
        self.articles = ExportScope(selected_ids)
        self.articles.changed.connect(self._scope_changed)
        layout.addWidget(self.articles)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary_box = ExportSummary()
        layout.addWidget(self.summary_box, 1)
        layout.addStretch()  # the spare height, while no summary takes it: below the choices, not among them
        layout.addLayout(self._build_buttons())
        self._built = True
        self._format_changed()
        self._scope_changed()
        self._load_choices(window.db_path)
        resize_within_screen(self, 640, 560)

    # building ------------------------------------------------------------------------

    def _build_choices(self) -> QFormLayout:
        self.format = QComboBox()
        for fmt in FORMATS:
            self.format.addItem(format_name(fmt), fmt)
        last = read_setting(FORMAT_KEY, "jsonl", settings=self.settings)
        self.format.setCurrentIndex(max(0, self.format.findData(last)))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.readers = CaptionLabel([reader_text(fmt) for fmt in FORMATS])
        self.readers.setEnabled(False)  # greyed: a caption, not a control
        self.folder = QLineEdit(read_setting(FOLDER_KEY, default_folder(), settings=self.settings))
        self.folder.textChanged.connect(self._update_buttons)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        # A label over a layout gets no buddy by itself: without one "&" shows literally.
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.readers)
        form.addRow(folder_label, row)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Open Folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the export; no partial files are left"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            row.addWidget(button)
        self._set_running(False)
        return row

    def _load_choices(self, db_path: str) -> None:
        worker = Worker(library_choices, db_path)
        worker.signals.result.connect(self._fill_choices)
        worker.signals.error.connect(self._choices_failed)
        worker.signals.done.connect(lambda: setattr(self, "_outlet_worker", None))
        self._outlet_worker = worker
        QThreadPool.globalInstance().start(worker)

    def _fill_choices(self, choices: tuple) -> None:
        if getattr(self.parent(), "library_closed", False):
            return  # the window closed its library while the outlets were being read
        outlets, days = choices
        self.articles.fill_outlets(outlets)
        if days:
            self.articles.offer_days(*days)

    def _choices_failed(self, reason: str) -> None:
        if not getattr(self.parent(), "library_closed", False):
            self.articles.outlets_unread(reason)

    # choices --------------------------------------------------------------------------

    def fmt(self) -> str:
        return self.format.currentData()

    def choose_folder(self) -> None:
        folder = existing_directory(self, self.tr("Export to Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _format_changed(self) -> None:
        self.readers.setText(reader_text(self.fmt()))

    def _scope_changed(self) -> None:
        if not self._built:
            return
        # A cheap count on the window's connection (one indexed query), so the user sees what is in scope.
        self.in_scope = count_in_scope(self.db, self.articles.scope())
        self.articles.show_count(self.in_scope)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not self._built:
            return
        running = self.controller.is_running()
        self.export_button.setEnabled(not running and bool(self.folder.text().strip())
                                      and self.in_scope > 0)

    # running --------------------------------------------------------------------------

    def start(self) -> None:
        """Export with the current choices in the background."""
        folder = self.folder.text().strip()
        if not folder or self.controller.is_running():
            return
        if library_gone(self.library_window):  # the export reads the path: no library there, or another one
            self._failed(self.tr("Not exported: the library file was moved, renamed, replaced or deleted after "
                                 "this window opened it. Open the library where it is now to export it."))
            return
        out_dir, scope = Path(folder).expanduser(), self.articles.scope()
        reason = other_export(out_dir, self.fmt(), scope)
        if reason and not self.confirm_replace(reason):
            return
        self.settings.setValue(FORMAT_KEY, self.fmt())
        self.settings.setValue(FOLDER_KEY, folder)
        self.out_dir = out_dir
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setFormat(self.tr("Exporting…"))
        self.progress.show()
        self.summary_box.hide()
        self.open_button.hide()
        self.controller.start(self.fmt(), self.out_dir, scope, force=bool(reason))
        self._set_running(True)

    def confirm_replace(self, reason: str) -> bool:
        """Ask before an export replaces a different one in the same folder (No is the default)."""
        box = QMessageBox(QMessageBox.Warning, self.tr("Replace the export?"),
                          self.tr("{reason}.\n\nReplace it with this {format} export?").format(
                              reason=export_words(reason), format=format_name(self.fmt())),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setTextFormat(Qt.PlainText)  # folder names are the user's text, never markup
        box.setDefaultButton(QMessageBox.No)
        box.button(QMessageBox.Yes).setText(self.tr("Replace"))
        self.replace_box = box
        answer = box.exec()
        self.replace_box = None
        return answer == QMessageBox.Yes

    def cancel(self) -> None:
        """Stop a running export (its files are dropped); otherwise close."""
        if self.controller.is_running():
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))
            self.controller.cancel()
        else:
            self.reject()

    def _set_running(self, running: bool) -> None:
        # The choices are shut while an export runs, and the focus they held would land on the next button
        # (Choose…: Enter then opened a folder dialog instead of exporting again): it comes back when the run ends.
        if running:
            self._focus_back = self.focusWidget()
        for widget in (self.format, self.folder, self.browse):
            widget.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setVisible(not running)
        self._update_buttons()
        if not running:
            back, self._focus_back = self._focus_back, None
            if back is not None and back.isVisible() and back.isEnabled():
                back.setFocus(Qt.OtherFocusReason)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} / {total} articles").format(done=f"{done:,}", total=f"{total:,}"))

    def _finished(self, result) -> None:
        self.last_result = result
        self.progress.hide()
        self.summary_box.show_result(result, self.fmt())
        self.open_button.setVisible(not result.cancelled)
        self._set_running(False)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary_box.show_failure(message)
        self._set_running(False)

    def open_folder(self) -> None:
        """Show the export folder in the desktop's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir)))

    # closing --------------------------------------------------------------------------

    def reject(self) -> None:
        # Closing (Esc, the title bar) while running cancels: no partial export left behind.
        self.controller.cancel()
        super().reject()

    def closeEvent(self, event) -> None:
        self.controller.cancel()
        super().closeEvent(event)
