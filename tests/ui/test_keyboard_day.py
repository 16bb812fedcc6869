"""A day by keyboard alone: step from name to name in the article and correct them, open each window and come
back with the focus where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.entity_helpers import put_caret, stored


def selected_text(window) -> str:
    return window.entities.layer.body.textCursor().selectedText()


def test_brackets_step_from_name_to_name_and_the_keys_correct_it(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    shown = sorted({(m.start, m.end) for m in stored(window, with_rejected=False)})
    text = window.reader.reader.body_text()
    put_caret(window, 0)
    qtbot.keyClick(body, Qt.Key_BracketRight)
    assert selected_text(window) == text[shown[0][0]:shown[0][1]]
    qtbot.keyClick(body, Qt.Key_BracketRight)
    second = text[shown[1][0]:shown[1][1]]
    assert selected_text(window) == second
    qtbot.keyClick(body, Qt.Key_BracketLeft)
    assert selected_text(window) == text[shown[0][0]:shown[0][1]]
    qtbot.keyClick(body, Qt.Key_BracketRight)
    qtbot.keyClick(body, Qt.Key_Delete)  # the name stepped to is the one rejected
    assert [m.state for m in stored(window) if (m.start, m.end) == shown[1]] == ["rejected"]
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier)
    assert [m.state for m in stored(window) if (m.start, m.end) == shown[1]] != ["rejected"]
    put_caret(window, len(text))
    qtbot.keyClick(body, Qt.Key_BracketRight)  # past the last name: nothing moves, the status line says so
    assert selected_text(window) == "" and "No highlighted name after" in window.statusBar().currentMessage()


def test_the_entities_menu_steps_and_gives_the_reader_the_focus(qtbot, entity_window):
    window = entity_window
    window.list_view.setFocus()
    put_caret(window, 0)
    window.list_view.setFocus()
    window.entities.actions["next_name"].trigger()
    assert QApplication.focusWidget() is window.entities.layer.body
    assert selected_text(window)


KEYS_OF_WINDOWS = {
    "meetings": (Qt.Key_M, Qt.ControlModifier), "claims browser": (Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier),
    "registry": (Qt.Key_E, Qt.ControlModifier), "export": (Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier),
    "shortcuts": (Qt.Key_F1, Qt.NoModifier),
}


@pytest.mark.parametrize("name", list(KEYS_OF_WINDOWS))
def test_a_window_opened_and_closed_by_keys_gives_the_focus_back_to_the_reader(qtbot, entity_window, name):
    window = entity_window
    body = window.entities.layer.body
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    put_caret(window, 3)
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=10000)
    qtbot.keyClick(body, *KEYS_OF_WINDOWS[name])
    qtbot.waitUntil(lambda: QApplication.activeWindow() not in (None, window), timeout=10000)
    opened = QApplication.activeWindow()
    qtbot.keyClick(QApplication.focusWidget() or opened, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not opened.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=10000)
    assert QApplication.activeWindow() is window and body.isVisible()
    assert body.textCursor().position() == 3  # where the user left it


def test_any_dialog_opened_over_the_window_is_named_and_gives_the_focus_back(qtbot, entity_window):
    """No dialog has to ask: one that asks nothing (as a message box or a new dialog) is spoken and gives the
    focus back too."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window = entity_window
    body = window.entities.layer.body
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    put_caret(window, 5)
    body.setFocus()
    dialog = QDialog(window)
    field = QLineEdit()
    field.setPlaceholderText("Search the notes")
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10000)
    assert field.accessibleName() == "Search the notes"  # before: unnamed (the dialog never asked)
    qtbot.keyClick(field, Qt.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=10000)  # before: no window active
    assert body.textCursor().position() == 5


def test_frameless_views_show_where_the_focus_is(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    meetings = window.meetings.show_meetings()
    qtbot.waitExposed(meetings)
    meetings.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is meetings, timeout=10000)
    meetings.timeline.setFocus()
    qtbot.waitUntil(lambda: meetings.timeline.focus_ring.isVisible(), timeout=10000)
    assert meetings.timeline.focus_ring.geometry() == meetings.timeline.rect()
    assert not meetings.graph.focus_ring.isVisible()
    qtbot.keyClick(meetings.timeline, Qt.Key_Tab)  # the focus moves on: the ring goes with it
    assert not meetings.timeline.focus_ring.isVisible()
    meetings.close()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    body.setFocus()
    qtbot.waitUntil(lambda: body.focus_ring.isVisible(), timeout=10000)
    ring = body.focus_ring.grab().toImage()
    assert ring.pixelColor(0, ring.height() // 2) == body.palette().color(body.palette().ColorRole.Highlight)
