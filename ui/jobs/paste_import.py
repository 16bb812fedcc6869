"""File → Import Pasted Text: the text on the clipboard (an article copied from a browser) as a new article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ui.common.plain import plain_message
from ui.jobs.export_words import write_error
from ui.jobs.import_controller import summary_text

PASTED_FOLDER = "pasted"  # beside the library file: the pasted pages, so the raw view and a re-import find them


def pasted_file(text: str, folder: Path, now: datetime | None = None) -> Path:
    """Write text into a new file of folder (made if missing), named by the time it was pasted; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path, n = folder / f"pasted-{stamp}.txt", 1
    while path.exists():
        n += 1
        path = folder / f"pasted-{stamp}-{n}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def import_clipboard(window) -> Path | None:
    """Import the clipboard's text through the window's import (cleaned, analysed, a duplicate skipped)."""
    if window.imports.runner.refuses():  # a read-only library: no file left beside it for nothing
        return None
    text = QGuiApplication.clipboard().text()
    if not text.strip():
        window.statusBar().showMessage(QCoreApplication.translate(
            "PasteImport", "The clipboard holds no text: copy an article's text first (Ctrl+C in the browser)"), 8000)
        return None
    folder = Path(window.db_path).parent / PASTED_FOLDER
    try:
        path = pasted_file(text, folder)
    except OSError as exc:  # a full disk, a read-only folder, a file named like the folder
        message = QCoreApplication.translate(
            "PasteImport", "The pasted text was not imported: it could not be kept in {folder} ({reason})").format(
            folder=str(folder), reason=write_error(exc.errno, exc.strerror or type(exc).__name__))
        window.statusBar().showMessage(message)
        box = plain_message(QMessageBox.Warning, "Kaidan", message, window)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return None
    # The pasted article is shown when its import ends, seconds later: a claim being typed is asked about now,
    # as the answer to the paste, never then (Cancel keeps the edit; the text is imported all the same).
    show = window.claims.may_leave_editor()
    window.imports.finished.connect(_after_the_import(window, path, show))
    window.import_paths([path])
    return path


def _after_the_import(window, path: Path, show: bool = True):
    """A slot for the import of path that shows the new article (what the user pasted it for, unless show is
    False or a claim editor opened meanwhile: no question pops up unasked), else removes the pasted file (a
    duplicate, or no article text): pasted/ keeps the pages of the library's articles, not one file per paste."""
    source = str(path)

    def finished(summary) -> None:
        stored = next((item[1] for item in summary.imported.first if item[0] == source), None)
        refused = source in summary.duplicates.first or any(item[0] == source for item in summary.failed.first)
        if not (stored is not None or refused or summary.cancelled):
            return  # another import's summary: this one is queued behind it
        window.imports.finished.disconnect(finished)
        if refused:  # (a cancelled import keeps the file: pasting again finds it a duplicate of nothing)
            path.unlink(missing_ok=True)
        elif stored is not None and not window.library_closed:
            if show and window.claims.editor is None:
                window.show_new_article(stored)
            else:  # the edit stays; the status bar says where the pasted article is
                window.statusBar().showMessage(QCoreApplication.translate(
                    "PasteImport", "{summary}. The claim being edited stays open: the pasted article is in the "
                                   "list.").format(summary=summary_text(summary)), 15000)

    return finished
