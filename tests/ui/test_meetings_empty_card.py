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
