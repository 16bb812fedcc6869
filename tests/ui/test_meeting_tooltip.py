"""Hovering a meeting mark (the dotted overline) tells what it is, even where no name is under it."""

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.test_meeting_mentions import reader  # noqa: F401 - the fixture


def test_hovering_a_meeting_mark_shows_its_meeting(qtbot, reader):  # noqa: F811
    window, _ids = reader
    layer = window.meetings.layer
    mention = next(m for m in layer.mentions if m.meeting_id)
    left, right, top = layer.marks.segments(mention)[0]
    viewport = layer.viewport
    # The mark's band and the mention's text below it.
    for dy in (0, 8):
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        point = QPoint(int(left + 3), int(top + dy))
        event = QHelpEvent(QEvent.ToolTip, point, viewport.mapToGlobal(point))
        QApplication.sendEvent(viewport, event)
        text = QToolTip.text()
        assert "Meeting" in text, (dy, text)
