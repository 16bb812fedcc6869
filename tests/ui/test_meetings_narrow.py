"""The meetings window on a small screen (the test screen: 800 × 800, the window 760 wide): the timeline and the
list get the larger share, the list says when and who of each meeting, and the card keeps its form whole.

At its roomy width the card took 440 of 760 pixels: the timeline's dots lay in a heap and the list's participants
column was squeezed to a few characters behind the date and the kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.narrow_fit import cut_widgets
from tests.ui.test_meetings_view import meetings as meetings_over_seeds
from tests.ui.waits import settle

meetings = meetings_over_seeds  # the fixture: the seeds' library with known meetings


def click_row(qtbot, view, row: int) -> None:
    table = view.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def participants_whole(view, row: int) -> bool:
    """The row's participants are in the list's sight, whole."""
    table = view.table
    index = table.model().index(row, 2)
    rect = table.visualRect(index)
    text = table.fontMetrics().horizontalAdvance(index.data())
    return table.viewport().rect().contains(rect) and rect.width() > text


def test_the_list_says_who_met_and_the_card_is_whole_in_a_narrow_window(qtbot, meetings):
    _window, view, _ids = meetings
    view.show()
    settle(qtbot)
    assert view.width() < 800 <= QGuiApplication.primaryScreen().availableGeometry().width() + 40
    timeline_side, card_side = view.splitter.sizes()
    assert timeline_side >= card_side  # the timeline and the list are the window's larger part
    click_row(qtbot, view, 0)
    qtbot.waitUntil(lambda: view.current == view.model.meeting_id(0))
    for row in range(view.model.rowCount()):
        if row:
            qtbot.keyClick(view.table, Qt.Key_Down)  # walked as a user does, each meeting shown on the card
            assert view.current == view.model.meeting_id(row)
        assert participants_whole(view, row), view.model.index(row, 2).data()
        assert cut_widgets(view.card) == []
        for edit in (view.card.start, view.card.end):
            assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.text() or edit.placeholderText())
