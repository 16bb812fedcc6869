"""The library file moved, renamed, replaced or deleted under the open window: said once, every write refused.

The window's connections keep the file they opened; the list's reader, an import and the writer open the
path anew. Once the path names another file or none (core.store.identity), the window says so in a box,
keeps showing what it read, and refuses edits (ui.edits.writer), imports and detection (ui.jobs.runner) instead
of writing into a deleted file or a new empty library made in its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ui.common.library_file import library_gone
from ui.common.plain import plain_message

translate = QCoreApplication.translate

GONE = QT_TRANSLATE_NOOP(
    "LibraryGone", "The library file {name} was moved, renamed, replaced or deleted after this window opened it. "
                   "What the window shows can still be read, but nothing more can be saved from it: edits, "
                   "imports and detection are refused. Close Kaidan and open the library where it is now, or "
                   "put the file back where it was.")


def say_gone(window) -> None:
    """Tell the user that the library file is gone from where the window opened it: in the status bar each
    time something needed it, in a box the first time."""
    if window.library_closed:
        return
    message = translate("LibraryGone", GONE).format(name=Path(window.db_path).name)
    window.statusBar().showMessage(message)
    if getattr(window, "gone_box", None) is None:
        window.gone_box = plain_message(QMessageBox.Warning, "Kaidan", message, window)
        window.gone_box.open()


def list_failed(window, reason: str) -> None:
    """The article list could not be read: a library gone is told as such, anything else as a failed search."""
    if library_gone(window):
        say_gone(window)
    else:
        window.statusBar().showMessage(translate("MainWindow", "Search failed: {reason}").format(reason=reason))
