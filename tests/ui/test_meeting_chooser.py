"""The one meeting chooser of G (tie a mention) and Ctrl+L (link meetings): words filter, ↑/↓ typed in the
search field move the choice in the list, Enter takes the meeting chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.test_meetings_view import meetings  # noqa: F401 - the fixture
from ui.meetings.attach import AttachMeetingDialog
from ui.meetings.link_meeting_dialog import LinkMeetingDialog


def _attach(view, item):
    return AttachMeetingDialog(view.all_items, "首脳会談を行った。", None, view)


def _link(view, item):
    return LinkMeetingDialog(item, [i for i in view.all_items if i["id"] != item["id"]], view)


@pytest.mark.parametrize("make", [_attach, _link], ids=["attach", "link"])
def test_arrows_in_the_search_field_move_in_the_list_and_enter_takes_that_meeting(qtbot, meetings, make):  # noqa: F811
    window, view, ids = meetings
    dialog = make(view, view.by_id[ids["kl"]])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.search.hasFocus)
    count = dialog.list.count()
    assert count >= 3 and dialog.list.currentRow() == 0
    qtbot.keyClick(dialog.search, Qt.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key_Down)
    assert dialog.list.currentRow() == 2 and dialog.search.hasFocus()
    qtbot.keyClick(dialog.search, Qt.Key_Up)
    assert dialog.list.currentRow() == 1
    for _ in range(count + 2):  # the ends hold: no wrap, never "no row"
        qtbot.keyClick(dialog.search, Qt.Key_Down)
    assert dialog.list.currentRow() == count - 1
    wanted = dialog.list.item(count - 1).data(Qt.UserRole)
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted and dialog.chosen == wanted


@pytest.mark.parametrize("make", [_attach, _link], ids=["attach", "link"])
def test_words_filter_and_a_search_that_leaves_nothing_accepts_nothing(qtbot, meetings, make):  # noqa: F811
    window, view, ids = meetings
    dialog = make(view, view.by_id[ids["visit"]])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "2025-07")
    lines = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert lines and all("2025-07" in line or "7月" in line for line in lines)
    dialog.search.setText("zzzz no such meeting")
    assert dialog.list.count() == 0
    qtbot.keyClick(dialog.search, Qt.Key_Down)  # nothing to move to: no error
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert dialog.chosen is None and dialog.isVisible()


def test_ctrl_l_before_a_meeting_is_chosen_says_what_to_do(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    assert view.current is None
    qtbot.keyClick(view.timeline, Qt.Key_L, Qt.ControlModifier)
    assert view.link_dialog is None
    assert view.statusBar().currentMessage().startswith("Choose the meeting to link first")
    view.select(ids["kl"])
    qtbot.keyClick(view.timeline, Qt.Key_L, Qt.ControlModifier)
    assert view.link_dialog is not None and view.link_dialog.isVisible()
    view.link_dialog.reject()
