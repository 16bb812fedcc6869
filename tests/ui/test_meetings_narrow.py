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


def test_a_meeting_with_endless_date_words_keeps_the_window_on_the_screen(qtbot, seeds, library_of, make_window):
    """The words a date was read from come from the article (or a hostile file): two thousand characters of them
    on one line made the card's form that wide, and the card kept at its form's width widened the window to
    24,000 pixels. They wrap now, one endless word too (broken anywhere, as a plain label does)."""
    from core.store import open_db
    from core.store.meetings import create_meeting
    from tests.ui.meeting_helpers import RUBIO, WANG, build_meetings, open_meetings

    db_path = library_of(seeds)
    build_meetings(db_path)
    db = open_db(str(db_path))
    wrapping = create_meeting(db, "talks", "held", [RUBIO, WANG], start_date="2025-07-12", precision="day",
                              date_text="来週の月曜日から" * 250)
    endless = create_meeting(db, "talks", "held", [RUBIO, WANG], start_date="2025-07-13", precision="day",
                             date_text="x" * 3000)
    db.close()
    view = open_meetings(qtbot, make_window(), len(seeds))
    view.show()
    settle(qtbot)
    room = QGuiApplication.primaryScreen().availableGeometry().width()
    for meeting in (wrapping, endless):
        view.select(meeting)
        settle(qtbot)
        assert view.current == meeting and view.card.date_words.isVisible()
        assert view.width() <= room and view.card.width() < room // 2
    view.select(wrapping)
    settle(qtbot)
    words = view.card.date_words
    assert words.height() > 3 * words.fontMetrics().lineSpacing()  # wrapped to the card's width, every line shown
