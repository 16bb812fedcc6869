"""Reading with the keyboard only: Tab and Shift+Tab move between the list, the reader and the panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def tab(qtbot, back: bool = False):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab if back else Qt.Key_Tab,
                   Qt.ShiftModifier if back else Qt.NoModifier)
    return QApplication.focusWidget()


def test_tab_goes_from_the_list_to_the_article_and_back(qtbot, entity_window):
    window = entity_window
    window.list_view.setFocus()
    body = window.entities.layer.body
    assert tab(qtbot) is body  # not the next cell of the row
    assert tab(qtbot, back=True) is window.list_view


def test_tab_reaches_the_panels_and_comes_round_to_the_search(qtbot, entity_window):
    window = entity_window
    window.list_view.setFocus()
    seen = [tab(qtbot) for _ in range(30)]
    assert window.entities.panel.tree in seen
    assert window.claims.panel.tree in seen
    assert window.search in seen and window.list_view in seen
