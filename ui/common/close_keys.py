"""Esc and Ctrl+W close a secondary window, as they close dialogs (its focus given back: ui.common.focus_back)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget


class _CloseKeys(QObject):
    """Sees the keys no child used (they bubble up to the window) and closes it on Esc / Ctrl+W."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and obj is self.parent():
            pressed = QKeySequence(event.keyCombination())
            if event.key() == Qt.Key_Escape and not event.modifiers() or \
                    pressed.matches(QKeySequence(QKeySequence.Close)) == QKeySequence.ExactMatch or \
                    pressed.matches(QKeySequence("Ctrl+W")) == QKeySequence.ExactMatch:
                obj.close()
                return True
        return super().eventFilter(obj, event)


def add_close_keys(window: QWidget) -> None:
    """Esc and Ctrl+W (the platform's Close) close window, unless the focused field used the key."""
    window.installEventFilter(_CloseKeys(window))
