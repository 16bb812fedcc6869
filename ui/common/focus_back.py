"""Every dialog and secondary window of Kaidan is keyboard-ready, and gives the keyboard back when it closes.

One filter on the application sees each window Kaidan opens over another (a dialog, the registry, the meetings
window, a message box): no dialog has to ask for it, and none can forget to.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.accessible import keyboard_ready

SHOW, HIDE = QEvent.Type.Show, QEvent.Type.Hide
_OPENED = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not menus, tooltips or popups
_READY = "kaidanKeyboardReady"  # property set on a window once it is keyboard-ready


def _opened_over(obj: QObject) -> QWidget | None:
    """obj when it is a window opened over another window of Kaidan (its parent), else None."""
    if not obj.isWidgetType() or not obj.isWindow() or obj.parentWidget() is None:
        return None
    return obj if obj.windowType() in _OPENED else None


class _FocusBack(QObject):
    """Shown the first time, a window opened over another is made keyboard-ready (names, Tab); when it hides and
    no window of Kaidan is left active (no window manager chose one), the window it was opened from is activated:
    the keyboard finds its focus where it left it, never in a hidden widget."""

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind != SHOW and kind != HIDE:  # every event of the application passes here: decided first
            return False
        window = _opened_over(obj)
        if window is None:
            return False
        if kind == SHOW and not window.property(_READY):
            window.setProperty(_READY, True)
            keyboard_ready(window)
        elif kind == HIDE:
            opener = window.parentWidget().window()
            # the opener as the timer's context: a dialog deleted on close takes nothing down with it
            QTimer.singleShot(0, opener, lambda: _activate_if_none_is(opener))
        return False


def _activate_if_none_is(opener: QWidget) -> None:
    """Activate opener if no window is active and no other window of Kaidan is shown (one just opened, as the
    chooser's New Entity… opens its dialog, is left for the platform to activate)."""
    active = QApplication.activeWindow()
    others = [w for w in QApplication.topLevelWidgets() if w is not opener and w.isVisible()
              and w.windowType() in _OPENED]
    if opener.isVisible() and (active is None or not active.isVisible()) and not others:
        opener.activateWindow()


def give_focus_back_everywhere(app: QApplication) -> None:
    """Install the filter on app, once (each main window asks)."""
    if app.findChild(_FocusBack) is None:
        app.installEventFilter(_FocusBack(app))
