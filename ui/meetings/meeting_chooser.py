"""Choosing one meeting: a search field over a list of meetings, used by G (tie a mention) and Ctrl+L (link)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ui.common.theme import cjk_font
from ui.meetings.model import choice_line

# keys typed in the search field that move the list's choice instead, and by how many rows
_MOVES = {Qt.Key_Down: 1, Qt.Key_Up: -1, Qt.Key_PageDown: 10, Qt.Key_PageUp: -10}


class MeetingChooser(QObject):
    """The search field and the list: every word typed must be in a meeting's line; ↑/↓ (and page keys) typed
    in the field move the choice in the list, so a user types a name, moves, and presses Enter.

    The caller lays out `search` and `list`; `chosen` is emitted when a meeting is activated in the list.
    """

    chosen = Signal()

    def __init__(self, items: list[dict], font_size: float, note: Callable[[dict], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.note = note  # a remark after a meeting's line ("tied now"), or ""
        self.search = QLineEdit(parent)
        self.search.setPlaceholderText(self.tr("Participant, date (2025-07) or kind"))
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        self.list = QListWidget(parent)
        self.list.setUniformItemSizes(True)  # one line per meeting, evenly spaced
        self.list.setFont(cjk_font(font_size))
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.list.itemActivated.connect(lambda _item: self.chosen.emit())
        self.filter("")

    def filter(self, text: str) -> None:
        """Show the meetings whose line holds every word of text; the first is chosen."""
        self.list.clear()
        words = text.lower().split()
        for item in self.items:
            line = choice_line(item) + (self.note(item) if self.note else "")
            if all(w in line.lower() for w in words):
                row = QListWidgetItem(line)
                row.setData(Qt.UserRole, item["id"])
                self.list.addItem(row)
        self.list.setCurrentRow(0)

    def current_id(self) -> int | None:
        """The meeting chosen in the list (None when the search leaves none)."""
        row = self.list.currentItem()
        return None if row is None else row.data(Qt.UserRole)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.KeyPress and event.key() in _MOVES:
            if self.list.count():
                row = self.list.currentRow() + _MOVES[event.key()]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def buttons(self, accept_text: str) -> QDialogButtonBox:
        """OK (named accept_text) and Cancel, for the dialog that holds the chooser."""
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.button(QDialogButtonBox.Ok).setText(accept_text)
        box.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        return box
