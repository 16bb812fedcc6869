"""A meeting whose participant or place is a paragraph long (a pasted list, a cleaner's slip) leaves the meetings
window usable: the card's buttons in sight, the filter bar and the list's columns in their places."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from core.store import open_db
from core.store.meetings import create_meeting
from tests.ui.meeting_helpers import WANG, build_meetings, open_meetings
from tests.ui.waits import settle

# 500 characters: a delegation named with all its members, as pasted from an article's list.
DELEGATION = "日本国際貿易促進協会訪中代表団団長河野洋平元衆院議長" * 20
PLACE = "北京市" + "人民大会堂東大庁" * 40


@pytest.fixture
def long_meeting(qtbot, seeds, library_of, make_window):
    db_path = library_of(seeds)
    build_meetings(db_path)
    db = open_db(str(db_path))
    meeting_id = create_meeting(
        db, "talks", "held", [{"entity_id": None, "name": DELEGATION, "role": "visitor", "office": ""}, WANG],
        origin="proposed", start_date="2025-07-12", precision="day", place_text=PLACE, confidence=0.8)
    db.close()
    window = make_window()
    view = open_meetings(qtbot, window, len(seeds))
    view.resize(1300, 850)
    view.select(meeting_id)
    settle(qtbot)
    return view, meeting_id


def _in_sight(widget, area) -> bool:
    """widget lies inside the visible part of the scroll area."""
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return 0 <= top and top + widget.height() <= area.viewport().height()


def test_the_card_keeps_its_buttons_in_sight(long_meeting):
    view, _meeting_id = long_meeting
    card = view.card
    assert card.title.text().startswith("日本国際貿易促進協会") and card.title.text().endswith("…")
    assert DELEGATION in card.title.toolTip()  # the whole label on hover
    assert _in_sight(card.confirm_button, card) and _in_sight(card.kind, card)
    name = card.participants.item(0, 0)
    assert DELEGATION in name.toolTip()  # cut in the cell, whole on hover
    # the role and office columns stay beside the name, inside the table: no scrolling sideways
    table = card.participants
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(1) >= table.cellWidget(0, 1).sizeHint().width()  # the role's chooser whole
    assert table.horizontalHeader().sectionViewportPosition(2) + table.columnWidth(2) <= table.viewport().width()


def test_the_filter_bar_and_the_list_keep_their_places(long_meeting):
    view, meeting_id = long_meeting
    filters = view.filters
    assert filters.zoom.isVisible() and filters.zoom.width() >= 60  # not squeezed out by the people filter
    person = filters.person
    row = next(i for i in range(person.count()) if DELEGATION in (person.itemData(i, Qt.ToolTipRole) or ""))
    assert person.itemText(row).endswith("…")
    table = view.table
    place = table.model().index(table.model().row_of(meeting_id), 4)
    assert place.data().endswith("…") and PLACE in place.data(Qt.ToolTipRole)
    assert table.columnWidth(2) >= table.columnWidth(4)  # the participants keep the list's widest column


def test_the_link_dialog_keeps_its_size(qtbot, long_meeting):
    view, _meeting_id = long_meeting
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key_L, Qt.ControlModifier)
    dialog = view.link_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.width() <= 800  # not the width of a 500-character line
    qtbot.waitUntil(dialog.search.hasFocus)  # typing goes to the search at once
    dialog.reject()
