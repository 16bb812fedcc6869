"""File dialogs that never open the files they list, Kaidan's own library among them.

Guessing a file's type from its first bytes means opening and closing it; on
Linux and macOS closing any descriptor of the library file drops all of the
process's SQLite locks on it. These dialogs name and draw files by their name
only, and on Linux use Qt's own dialog so no toolkit reads them either.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from the file name alone: nothing is opened to sniff its content."""

    def icon(self, what):  # noqa: D102 - Qt override: icon(IconType) or icon(QFileInfo)
        if isinstance(what, QFileInfo):
            return super().icon(QFileIconProvider.Folder if what.isDir() else QFileIconProvider.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: D102 - Qt override
        if info.isDir():
            return QCoreApplication.translate("FileDialog", "Folder")
        suffix = info.suffix()
        return QCoreApplication.translate("FileDialog", "{suffix} File").format(suffix=suffix.upper()) if suffix else QCoreApplication.translate("FileDialog", "File")


def file_dialog(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "",
                mode: QFileDialog.FileMode = QFileDialog.ExistingFiles) -> QFileDialog:
    """A configured, not yet shown, file dialog that reads no file it lists."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setFileMode(mode)
    # Qt's own Japanese lacks these two labels of its dialog (it has them without the & mark).
    dialog.setLabelText(QFileDialog.LookIn, QCoreApplication.translate("FileDialog", "&Look in:"))
    dialog.setLabelText(QFileDialog.FileType, QCoreApplication.translate("FileDialog", "Files of &type:"))
    if sys.platform.startswith("linux"):  # GTK's dialog would sniff file types in our process
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.icons = NameOnlyIcons()  # the dialog does not own its provider: keep it alive with it
    dialog.setIconProvider(dialog.icons)
    return dialog


def open_file_names(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> list[str]:
    """Ask for existing files (modal); [] when cancelled."""
    dialog = file_dialog(parent, caption, directory, name_filter)
    return dialog.selectedFiles() if dialog.exec() else []


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> str:
    """Ask for one existing file (modal); "" when cancelled."""
    dialog = file_dialog(parent, caption, directory, name_filter, QFileDialog.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """Ask for a folder (modal); "" when cancelled."""
    dialog = file_dialog(parent, caption, directory, mode=QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file_name(parent: QWidget | None, caption: str, path: str, name_filter: str = "") -> str:
    """Ask where to save (modal), starting at path (a folder and a proposed name); "" when cancelled."""
    dialog = file_dialog(parent, caption, str(path), name_filter, QFileDialog.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    dialog.setObjectName("saveFileDialog")
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
