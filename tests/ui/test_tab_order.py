"""Tab walks every window without a trap: from its first field it reaches each visible control that takes Tab
focus, and a view of rows passes Tab on instead of spending it on the cells of a row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def tab_walk(qtbot, view: QWidget, limit: int = 300) -> list[QWidget]:
    """The widgets Tab visits from the window's focus until it comes back to where it started."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=10000)
    seen = [QApplication.focusWidget()]
    for _ in range(limit):
        qtbot.keyClick(seen[-1], Qt.Key_Tab)
        if QApplication.focusWidget() is seen[0]:
            break
        seen.append(QApplication.focusWidget())
    return seen


def tab_stops(view: QWidget) -> set[QWidget]:
    """The controls Tab should reach: visible, enabled, taking Tab focus, not the inner line of a combo."""
    return {w for w in view.findChildren(QWidget)
            if w.window() is view and w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.TabFocus
            and w.focusProxy() is None and not w.objectName().startswith("qt_")
            and not (w.parentWidget() and w.parentWidget().focusProxy() is w)}


@pytest.mark.parametrize("which", ["meetings", "claims", "registry"])
def test_tab_reaches_every_control_of_a_window(qtbot, entity_window, which):
    window = entity_window
    view = {"meetings": window.meetings.show_meetings, "claims": window.claims.show_browser,
            "registry": window.entities.show_registry}[which]()
    qtbot.waitExposed(view)
    stops = tab_stops(view)
    seen = set(tab_walk(qtbot, view))
    missed = sorted(f"{type(w).__name__} {w.accessibleName()!r}" for w in stops - seen)
    assert missed == []
