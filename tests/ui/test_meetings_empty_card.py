"""The meetings window with no meeting chosen: no pane left over from the last meeting, a readable empty card."""

from tests.ui.test_meetings_view import meetings  # noqa: F401 - the fixture


def test_no_meeting_chosen_hides_the_linked_meetings_pane(meetings):  # noqa: F811
    _window, view, ids = meetings
    view.select(ids["call"])  # linked: the pane of linked meetings shows
    assert view.graph_box.isVisibleTo(view)
    view.select(None)  # as when a filter hides the chosen meeting
    assert view.card.title.text() == "No meeting chosen"
    assert not view.graph_box.isVisibleTo(view)  # not an empty "Linked meetings" box


def test_the_empty_participants_table_names_its_columns(meetings):  # noqa: F811
    _window, view, _ids = meetings
    view.select(None)
    table = view.card.participants
    header = table.horizontalHeader()
    for column in range(3):
        title = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title


def test_a_new_link_is_in_sight_on_the_card(qtbot, meetings):  # noqa: F811
    from PySide6.QtCore import QPoint, Qt

    from tests.ui.waits import settle

    _window, view, ids = meetings
    view.resize(1300, 700)
    view.select(ids["june_call"])  # no links yet: no pane of linked meetings
    settle(qtbot)
    assert not view.graph_box.isVisibleTo(view)
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key_L, Qt.ControlModifier)
    dialog = view.link_dialog
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key_Return)
    settle(qtbot)
    card, links = view.card, view.card.link_tree
    assert view.graph_box.isVisibleTo(view) and links.topLevelItemCount() == 1
    # The pane that opened under the card must not push the link just made out of sight.
    top = links.mapTo(card.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + links.height() <= card.viewport().height()


def test_a_library_without_meetings_says_how_they_come(qtbot, make_window):
    window = make_window()  # an empty library
    view = window.meetings.show_meetings()
    qtbot.addWidget(view)
    assert view.timeline.empty_text().startswith("No meetings yet.")
    assert "G ties a meeting mention" in view.timeline.empty_text()


def test_meetings_hidden_by_the_filters_are_said_to_be(meetings):  # noqa: F811
    _window, view, _ids = meetings
    view.filters.date_from.setText("1990-01")  # long before any of them
    view.filters.date_to.setText("1990-12")
    view.filters.date_to.editingFinished.emit()
    assert not view.timeline.rows
    assert view.timeline.empty_text() == "No meetings match the filters"
