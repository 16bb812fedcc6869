"""An old library's long upgrade (backup, the articles table rebuilt, an index of every article or mention,
compaction) before the window opens it: run beside the event loop, shown in a modal progress dialog that says
which step runs."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from core.store.errors import LibraryError
from core.store.migrations import BACKUP, COMPACT, COMPACT_LATER, MARKS, MENTION_ORDER, REBUILD, WAITING
from core.store.upgrade import needs_long_upgrade, upgrade

SHOW_AFTER_MS = 400  # an upgrade done sooner (a small library) shows no dialog
translate = QCoreApplication.translate


def step_text(done: int, total: int, what: str) -> str:
    """The line the dialog shows for one step of the upgrade."""
    if what == BACKUP:
        return translate("LibraryUpgrade", "Backing up the library (the copy is kept beside it)…")
    if what.startswith(REBUILD):
        if total:
            return translate("LibraryUpgrade", "Rebuilding the articles table: {done} of {total} articles "
                             "copied…").format(done=f"{done:,}", total=f"{total:,}")
        return translate("LibraryUpgrade", "Rebuilding the articles table…")
    if what == MARKS:
        return translate("LibraryUpgrade", "Indexing the marks of every article for search: {done} of {total} "
                         "articles…").format(done=f"{done:,}", total=f"{total:,}")
    if what == MENTION_ORDER:
        if total:
            return translate("LibraryUpgrade", "Indexing every article's mentions in reading order: {done} of "
                             "{total} mentions…").format(done=f"{done:,}", total=f"{total:,}")
        return translate("LibraryUpgrade", "Indexing every article's mentions in reading order…")
    if what == COMPACT:
        return translate("LibraryUpgrade", "Compacting the library (giving back the old table's space)…")
    if what == COMPACT_LATER:
        return compact_later_text(total)
    if what == WAITING:
        return translate("LibraryUpgrade", "Another Kaidan is upgrading this library: waiting until it is done…")
    return what


def compact_later_text(megabytes: int) -> str:
    """What the user is told when the upgrade stood but its compaction found no room on the disk."""
    return translate("LibraryUpgrade", "The library was upgraded but not compacted: that needs about {mb} MB "
                     "free on its disk. Its file keeps the old table's space, which new articles fill first."
                     ).format(mb=f"{megabytes:,}")


class LibraryUpgrade(QObject):
    """Upgrades one library in a thread of its own while a modal dialog (shown after show_after_ms) tells
    its steps; run() returns once it is done, or raises the LibraryError saying why it could not be."""

    stepped = Signal(int, int, str)
    ended = Signal()

    def __init__(self, db_path: str | Path, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.error: LibraryError | None = None
        self.shown: list[str] = []  # every step line the dialog showed, in order
        self.compact_later_mb = 0  # MB of free disk the compaction lacked (0: it was made, or not needed)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("libraryUpgrade")
        self.dialog.setWindowTitle(translate("LibraryUpgrade", "Kaidan — upgrading {library}").format(
            library=self.db_path.name))
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold anything
        label.setWordWrap(True)
        self.dialog.setLabel(label)
        self.dialog.setCancelButton(None)  # a stop would leave the library as it was, but half the wait lost
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.dialog.setMinimumDuration(show_after_ms)
        self.header = translate("LibraryUpgrade", "Kaidan is upgrading the library {library} for this version. "
                                "This is done once; the library stays as it was if it is stopped.").format(
            library=self.db_path.name)
        self._show(0, 0, BACKUP)
        self.stepped.connect(self._show)

    def run(self) -> None:
        """Upgrade the library, the event loop running meanwhile (the dialog paints and the window waits)."""
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        worker = threading.Thread(target=self._work, name="library upgrade", daemon=True)
        worker.start()
        loop.exec()
        worker.join()
        self.dialog.close()
        if self.error is not None:
            raise self.error

    def _work(self) -> None:
        try:
            upgrade(self.db_path, lambda done, total, what: self.stepped.emit(done, total, what))
        except LibraryError as exc:
            self.error = exc
        finally:
            self.ended.emit()

    def _show(self, done: int, total: int, what: str) -> None:
        if what == COMPACT_LATER:
            self.compact_later_mb = total
        line = step_text(done, total, what)
        if not self.shown or self.shown[-1] != line:
            self.shown.append(line)
        self.dialog.setLabelText(f"{self.header}\n\n{line}")
        self.dialog.setMaximum(total if total else 0)  # 0 of 0: a busy bar while the length is unknown
        self.dialog.setValue(min(done, total) if total else 0)


def upgrade_if_long(db_path: str | Path, parent: QWidget | None = None) -> None:
    """Upgrade the library at db_path first, in the dialog, when it is an old one whose upgrade is long."""
    if needs_long_upgrade(db_path):
        job = LibraryUpgrade(db_path, parent)
        job.run()
        if job.compact_later_mb:  # told once, after the dialog closed: the upgrade itself stood
            QMessageBox.information(parent, translate("LibraryUpgrade", "Kaidan — library upgraded"),
                                    compact_later_text(job.compact_later_mb))
