"""The arrow and page keys typed in a search field move the row of the list it searches; the focus stays in the
field, so the user types, looks, moves and types on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

MOVES = (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown)


class _SearchArrows(QObject):
    def __init__(self, field: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(field)
        self.view = view
        field.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in MOVES and obj is self.parent():
            self.view.keyPressEvent(event)
            return True
        return False


def arrows_move_in(field: QLineEdit, view: QAbstractItemView) -> None:
    """Up, Down, Page Up and Page Down pressed in field move view's current row."""
    _SearchArrows(field, view)
