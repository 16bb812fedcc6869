"""A library the window cannot open (not a library, read-only, newer, missing folder): say why, offer another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.store.errors import LibraryError
from ui.common.file_dialogs import file_dialog
from ui.window.main_window import MainWindow
from ui.window.upgrade_dialog import upgrade_if_long

translate = QCoreApplication.translate


def open_main_window(db_path: str | Path, ask=None):
    """The main window over db_path; when the library cannot be opened the user is told why and may
    choose another library (a new file name makes a new one). Raises the LibraryError when they quit.
    An old library whose upgrade is long is upgraded first, in a progress dialog; the window paints after."""
    ask = ask or ask_other_library
    while True:
        try:
            upgrade_if_long(db_path)
            return MainWindow(db_path)
        except LibraryError as exc:
            other = ask(exc, db_path)
            if not other:
                raise
            db_path = other


def ask_other_library(exc: LibraryError, db_path: str | Path) -> str:
    """Name the library and the reason; the path of another library the user chose, or "" to quit."""
    box = QMessageBox(QMessageBox.Critical, "Kaidan", "", QMessageBox.NoButton)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a reason may hold anything
    box.setText(translate("LibraryChoice", "Kaidan cannot open the library {name}.").format(name=Path(db_path).name))
    box.setInformativeText(translate("LibraryChoice", "{reason}\n\nChoose another library (a new file name "
                                     "makes a new, empty one), or quit and leave this file as it is.").format(reason=exc))
    choose = box.addButton(translate("LibraryChoice", "Choose Another Library…"), QMessageBox.AcceptRole)
    box.addButton(translate("LibraryChoice", "Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(choose)
    box.setObjectName("libraryError")
    box.exec()
    if box.clickedButton() is not choose:
        return ""
    dialog = file_dialog(None, translate("LibraryChoice", "Choose a Library"), str(Path(db_path).parent),
                         translate("LibraryChoice", "Kaidan libraries (*.db);;All files (*)"), QFileDialog.AnyFile)
    dialog.setObjectName("libraryChooser")
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
