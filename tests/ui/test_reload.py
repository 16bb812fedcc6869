"""View → Reload (F5): what another connection changed (a claim's stance, an article's status) shows in the
open window, its selection and scroll kept; a claim being edited stays open; the refusal of an undo over a
change made elsewhere names the key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.edits import SetStatus, UpdateClaim
from tests.ui.elsewhere_helpers import edit_elsewhere, same_place, scrolled_list, status_shown
from tests.ui.i18n_walk import language
from ui.reader.article_model import status_label


def _press_f5(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.list_view, Qt.Key_F5)


def test_f5_shows_a_status_changed_elsewhere_keeping_the_selection_and_scroll(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    scroll, kept_at = scrolled_list(qtbot, window)
    before = status_shown(window, article_id)
    edit_elsewhere(window, SetStatus.marking([article_id], "done"))
    assert status_shown(window, article_id) == before  # the window still shows what it read
    _press_f5(qtbot, window)
    qtbot.waitUntil(lambda: status_shown(window, article_id) != before, timeout=10000)
    assert same_place(window, article_id, scroll, kept_at)


def test_f5_shows_a_claims_stance_changed_elsewhere_in_the_panel(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    claim = next(c for c in window.claims.claims if c.stance != "against")
    edit_elsewhere(window, UpdateClaim(article_id, claim.id, {"stance": "against"}))
    assert window.claims.claim(claim.id).stance == claim.stance
    _press_f5(qtbot, window)
    assert window.claims.claim(claim.id).stance == "against"
    assert window.reader.article_id == article_id


def test_reload_keeps_a_claim_being_edited(qtbot, entity_window):
    window = entity_window
    claim = window.claims.claims[0]
    window.claims.edit(claim.id)
    editor = window.claims.editor
    assert editor is not None
    window.actions_by_name["reload"].trigger()
    assert window.claims.editor is editor and editor.isVisible()
    assert "F5" in window.statusBar().currentMessage()


@pytest.mark.parametrize("language_code, named", [("en", "press F5 to reload"), ("ja", "F5 で再読み込み")])
def test_an_undo_refused_over_a_change_made_elsewhere_names_the_reload_key(qtbot, entity_window,
                                                                         language_code, named):
    window = entity_window
    article_id = window.reader.article_id
    window.statuses.set_status("done", [article_id])
    edit_elsewhere(window, SetStatus.marking([article_id], "in progress"))
    with language(QApplication.instance(), language_code):
        window.undo_stack.undo()
        message = window.statusBar().currentMessage()
    assert named in message
    _press_f5(qtbot, window)
    qtbot.waitUntil(lambda: status_shown(window, article_id) == status_label("in progress"), timeout=10000)


def test_reload_answers_f5_and_the_platforms_refresh_key_and_detection_moved_to_ctrl_f5(entity_window):
    from PySide6.QtGui import QKeySequence

    window = entity_window
    keys = [k.toString() for k in window.actions_by_name["reload"].shortcuts()]
    assert keys[0] == "F5"
    taken = {k.toString() for name, action in window.actions_by_name.items() if name != "reload"
             for k in action.shortcuts()}
    assert {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)} - taken <= set(keys)
    assert not taken & set(keys)  # no other action of the window answers these keys
    assert [k.toString() for k in window.actions_by_name["rerun_article"].shortcuts()] == ["Ctrl+F5"]


def test_f5_in_the_meetings_window_shows_a_meeting_changed_elsewhere(qtbot, seeds, library_of, make_window):
    from core.edits.meetings import UpdateMeeting
    from tests.ui.meeting_helpers import meetings_shown

    window, view, ids = meetings_shown(qtbot, seeds, library_of, make_window)
    view.select(ids["visit"])
    assert view.card.status.currentData() == "scheduled"
    edit_elsewhere(window, UpdateMeeting(ids["visit"], {"status": "cancelled"}))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # the window's own F5, not the main window's
    qtbot.keyClick(view.timeline, Qt.Key_F5)
    assert view.by_id[ids["visit"]]["status"] == "cancelled"
    assert view.card.status.currentData() == "cancelled"


def test_f5_keeps_a_meeting_place_being_typed_and_leaving_the_field_saves_it(qtbot, seeds, library_of, make_window):
    from core.store.meetings import get_meeting
    from tests.ui.meeting_helpers import meetings_shown

    window, view, ids = meetings_shown(qtbot, seeds, library_of, make_window)
    view.select(ids["visit"])
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    place = view.card.place
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Geneva")
    qtbot.keyClick(place, Qt.Key_F5)
    assert place.text() == "Geneva"  # read again, the meeting keeps what is being typed
    qtbot.keyClick(place, Qt.Key_Return)
    assert get_meeting(window.db, ids["visit"]).place_text == "Geneva"
