"""Link to Meeting… on a meeting card: the user links two meetings, with undo; a proposed link is accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.store.meetings import links_of
from tests.ui.test_meetings_view import meetings  # noqa: F401 - the fixture


def _link_through_dialog(qtbot, view, search: str, relation: str, key: bool = False):
    if key:
        view.timeline.setFocus()
        qtbot.keyClick(view.timeline, Qt.Key_L, Qt.ControlModifier)
    else:
        qtbot.mouseClick(view.card.add_link, Qt.LeftButton)
    dialog = view.link_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.relation.setCurrentIndex(dialog.relation.findData(relation))
    qtbot.keyClicks(dialog.search, search)
    assert dialog.list.count() == 1
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    return dialog


def test_link_two_meetings_by_hand_then_undo_and_redo(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["kl"])
    before = {link.id for link in links_of(window.db)}
    _link_through_dialog(qtbot, view, "2026-02-04 phone", "prepares")
    made = [link for link in links_of(window.db) if link.id not in before]
    assert [(m.from_id, m.to_id, m.relation, m.origin, m.state) for m in made] == [
        (ids["kl"], ids["call"], "prepares", "user", "accepted")]
    rows = [view.card.link_tree.topLevelItem(r) for r in range(view.card.link_tree.topLevelItemCount())]
    assert any(r.text(0) == "prepares →" and r.text(2) == "you · accepted" for r in rows)
    assert window.actions_by_name["undo"].text() == "&Undo Link Meetings “prepares”"
    window.undo_stack.undo()
    assert {link.id for link in links_of(window.db)} == before
    window.undo_stack.redo()
    assert [(m.from_id, m.to_id, m.relation) for m in links_of(window.db) if m.id not in before] == [
        (ids["kl"], ids["call"], "prepares")]


def test_linking_as_kaidan_proposed_accepts_its_proposal(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["call"])
    _link_through_dialog(qtbot, view, "scheduled", "prepares", key=True)  # the visit Kaidan proposed the call prepares
    link = next(link for link in links_of(window.db) if link.id == ids["link"])
    assert (link.state, link.origin) == ("accepted", "proposed")
    assert len(links_of(window.db)) == 2  # no second row for the same link
    window.undo_stack.undo()
    assert next(link for link in links_of(window.db) if link.id == ids["link"]).state == "proposed"


def test_ctrl_z_in_the_meetings_window_undoes_the_link_made_there(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["kl"])
    before = {link.id for link in links_of(window.db)}
    _link_through_dialog(qtbot, view, "2026-02-04 phone", "prepares")
    assert len(links_of(window.db)) == len(before) + 1
    view.activateWindow()  # the dialog gone, the meetings window (not the main one) has the keys
    qtbot.waitUntil(view.isActiveWindow)
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key_Z, Qt.ControlModifier)
    assert {link.id for link in links_of(window.db)} == before
    qtbot.keyClick(view.timeline, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(links_of(window.db)) == len(before) + 1
