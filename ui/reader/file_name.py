"""The raw page's file name: shortened in its middle to the reader's width, and copied whole.

Selected with the mouse it copies what is selected, as any label's text; a name shortened with … copies
whole (Ctrl+C, or a right-click's Copy File Name), never with the … in it, and Copy Path gives the file's
whole path, to find it again or to name it in a report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.common.narrow import ElidedLabel


class FileName(ElidedLabel):
    """A file's name on one line (bold), selectable and copied whole; path is the whole path it names."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, elide=Qt.ElideMiddle)
        self.path = ""
        bold = self.font()
        bold.setBold(True)
        self.setFont(bold)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)  # focused by a click, never by Tab
        self.setContextMenuPolicy(Qt.DefaultContextMenu)
        self.setAccessibleName(self.tr("File name"))

    def set_path(self, path: str) -> None:
        """Show the name of the file at path (the whole path kept for Copy Path)."""
        self.path = path or ""
        self.setText(Path(self.path).name)

    def shortened(self) -> bool:
        return self.text() != self.whole_text()

    def copy(self, whole: bool = False) -> None:
        """Put the name on the clipboard: its selected part, or the whole name (always, when it is shortened);
        no name (an article with no file): the clipboard is left as it was, never emptied."""
        part = "" if whole or self.shortened() else self.selectedText()
        if part or self.whole_text():
            QGuiApplication.clipboard().setText(part or self.whole_text())

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        if not self.whole_text():
            return  # no name: nothing to copy (and no menu of one item that would empty the clipboard)
        menu = QMenu(self)
        menu.addAction(self.tr("Copy File Name"), lambda: self.copy(whole=True))
        if self.path and self.path != self.whole_text():
            menu.addAction(self.tr("Copy Path"), lambda: QGuiApplication.clipboard().setText(self.path))
        menu.setAttribute(Qt.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        self.menu = menu  # (for tests: the menu open now)
