"""Esc and Ctrl+W close a secondary window, as they close dialogs; a closed window gives the keyboard back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.accessible import keyboard_ready


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


class _FocusBack(QObject):
    """Shown the first time, makes its window keyboard-ready (names, Tab); when it hides and no window of Kaidan
    is left active (no window manager chose one), activates the window it was opened from: the keyboard finds
    its focus where it left it, never in a hidden widget."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Show and obj is self.parent() and not self.property("ready"):
            self.setProperty("ready", True)
            keyboard_ready(obj)
        if event.type() == QEvent.Hide and obj is self.parent() and obj.parentWidget() is not None:
            opener = obj.parentWidget().window()
            # the opener as the timer's context: a dialog deleted on close takes nothing down with it
            QTimer.singleShot(0, opener, lambda: _activate_if_none_is(opener))
        return super().eventFilter(obj, event)


def _activate_if_none_is(opener: QWidget) -> None:
    """Activate opener if no window is active and no other window of Kaidan is shown (one just opened, as the
    chooser's New Entity… opens its dialog, is left for the platform to activate)."""
    active = QApplication.activeWindow()
    others = [w for w in QApplication.topLevelWidgets() if w is not opener and w.isVisible()
              and w.windowType() in (Qt.Window, Qt.Dialog)]
    if opener.isVisible() and (active is None or not active.isVisible()) and not others:
        opener.activateWindow()


def give_focus_back(window: QWidget) -> None:
    """window (a dialog or a secondary window) is made keyboard-ready when first shown; closing it activates the
    window it came from."""
    window.installEventFilter(_FocusBack(window))


def add_close_keys(window: QWidget) -> None:
    """Esc and Ctrl+W (the platform's Close) close window, unless the focused field used the key; closed, it
    gives the focus back."""
    window.installEventFilter(_CloseKeys(window))
    give_focus_back(window)
