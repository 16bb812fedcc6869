"""A correction of a name says in the status bar what was saved and that Ctrl+Z undoes it: confirming a name
in its own colour, or rejecting one, changed nothing else on the screen that said so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.entity_helpers import put_caret, stored
from ui.common.entity_types import TYPE_OF_KEY


def test_confirming_and_rejecting_a_name_say_so_in_the_status_bar(qtbot, grant_window):
    window = grant_window
    body = window.entities.layer.body
    put_caret(window, 0)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key_BracketRight)
    name = body.textCursor().selectedText()
    [mention] = [m for m in stored(window) if m.text == name][:1]
    key = {kind: key for key, kind in TYPE_OF_KEY.items()}[mention.type]
    qtbot.keyClicks(body, key)  # its own type: confirmed, in the colour it had
    words = window.statusBar().currentMessage()
    assert name in words and words.endswith("(Ctrl+Z undoes)")  # before: nothing said
    qtbot.keyClick(body, Qt.Key_Delete)
    assert window.statusBar().currentMessage() == f"Reject {name} (Ctrl+Z undoes)"
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier)
    assert window.statusBar().currentMessage() == f"Undone: Reject {name}"
