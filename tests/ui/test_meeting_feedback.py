"""G in the reader: the list of meetings is evenly spaced; attaching says what happened."""

from PySide6.QtCore import Qt

from tests.ui.entity_helpers import put_caret
from tests.ui.test_meeting_mentions import reader  # noqa: F401 - the fixture


def test_g_list_is_even_and_attaching_is_told(qtbot, reader):  # noqa: F811
    window, ids = reader
    layer = window.meetings.layer
    put_caret(window, ids["mention_start"] + 1)
    qtbot.keyClick(layer.body, Qt.Key_G)
    dialog = window.meetings.attach_dialog
    qtbot.waitExposed(dialog)
    rows = dialog.list
    heights = {rows.visualItemRect(rows.item(r)).height() for r in range(rows.count())}
    assert len(heights) == 1 and heights.pop() >= rows.fontMetrics().height()
    qtbot.keyClick(rows, Qt.Key_Down)
    chosen = rows.currentItem().data(Qt.UserRole)
    qtbot.keyClick(rows, Qt.Key_Return)
    message = window.statusBar().currentMessage()
    assert "attached to" in message and "Ctrl+Z" in message
    label = next(i["label"] for i in dialog.items if i["id"] == chosen)
    assert label in message
