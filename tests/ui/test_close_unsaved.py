"""Closing a window over an edit not saved yet asks Save, Discard or Cancel: a claim in its editor (the main
window), a meeting field being typed (the meetings window, or the main window over it). Save stores it as Enter
would, Discard drops it, Cancel keeps the window open with the edit; a save the library refuses keeps the
window open and says why. Nothing is asked when nothing is unsaved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.store import open_db
from core.store.claims import claims_for
from core.store.meetings import get_meeting
from tests.ui.claim_helpers import select_text
from tests.ui.meeting_helpers import build_meetings

TYPED = "協議継続への建設的基盤"


@pytest.fixture
def answer(monkeypatch):
    """Answer the window's question with a button; returns the questions asked (their text and what)."""
    asked: list[tuple[str, str]] = []

    def set_answer(button):
        def exec_(box):
            asked.append((box.text(), box.informativeText()))
            return button
        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked
    return set_answer


def _type_claim(qtbot, window):
    """Select a phrase, open the claim editor on it, give it a stance and a note: a claim not saved yet."""
    start, _end = select_text(window, TYPED)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_C)
    editor = window.claims.editor
    qtbot.keyClick(editor.stance, Qt.Key_F)
    editor.note.setText("close test")
    return start


def _stored(db_path, article_id):
    db = open_db(str(db_path))
    try:
        return [c for c in claims_for(db, article_id, ("accepted",)) if c.note == "close test"]
    finally:
        db.close()


def test_save_stores_the_claim_being_edited_and_closes(qtbot, entity_window, answer):
    window = entity_window
    article_id, start = window.reader.article_id, _type_claim(qtbot, entity_window)
    asked = answer(QMessageBox.Save)
    window.close()
    assert asked == [("Save your edit first?", "The claim in the editor is not saved yet.")]
    assert window.library_closed and not window.isVisible()
    [claim] = _stored(window.db_path, article_id)
    assert (claim.start, claim.stance) == (start, "favor")


def test_discard_drops_the_claim_and_closes(qtbot, entity_window, answer):
    window = entity_window
    article_id = window.reader.article_id
    _type_claim(qtbot, window)
    asked = answer(QMessageBox.Discard)
    window.close()
    assert len(asked) == 1 and window.library_closed
    assert _stored(window.db_path, article_id) == []


def test_cancel_keeps_the_window_open_with_the_edit(qtbot, entity_window, answer):
    window = entity_window
    article_id = window.reader.article_id
    _type_claim(qtbot, window)
    asked = answer(QMessageBox.Cancel)
    window.close()
    assert len(asked) == 1 and window.isVisible() and not window.library_closed
    editor = window.claims.editor
    assert editor is not None and editor.note.text() == "close test"
    qtbot.keyClick(editor.note, Qt.Key_Return)  # the edit is still there to save
    assert len(_stored(window.db_path, article_id)) == 1


def test_nothing_is_asked_when_nothing_is_unsaved(qtbot, entity_window, answer):
    window = entity_window
    asked = answer(QMessageBox.Cancel)
    window.close()
    assert asked == [] and window.library_closed


def test_a_save_refused_keeps_the_window_open_and_says_why(qtbot, entity_window, answer, monkeypatch):
    from tests.reliability.test_write_failures import Holder

    window = entity_window
    article_id = window.reader.article_id
    _type_claim(qtbot, window)
    window.claims.editor.holder.setText("誰か")
    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.2")
    holder = Holder(window.db_path)
    try:
        answer(QMessageBox.Save)
        window.close()
    finally:
        holder.release()
    assert window.isVisible() and not window.library_closed
    assert window.statusBar().currentMessage().startswith("Not saved: “Add claim by 誰か”: the library is busy")
    editor = window.claims.editor  # open again with what was typed
    assert (editor.note.text(), editor.holder.text(), editor.stance.stance) == ("close test", "誰か", "favor")
    qtbot.keyClick(editor.note, Qt.Key_Return)
    [claim] = _stored(window.db_path, article_id)
    assert (claim.holder_text, claim.holder_entity_id) == ("誰か", None)


@pytest.fixture
def typing_place(qtbot, seeds, library_of, make_window):
    """A meetings window whose card has "Geneva" typed over the visit's place, not saved yet."""
    ids = build_meetings(library_of(seeds))
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    view = window.meetings.show_meetings()  # the main window's own: it closes with it (and may, in a test)
    view.select(ids["visit"])
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.card.place.setFocus()
    view.card.place.selectAll()
    qtbot.keyClicks(view.card.place, "Geneva")
    return window, view, ids["visit"]


@pytest.mark.parametrize("button, place", [(QMessageBox.Save, "Geneva"), (QMessageBox.Discard, "北京")])
def test_closing_the_meetings_window_over_a_typed_field_asks(typing_place, answer, button, place):
    window, view, visit = typing_place
    asked = answer(button)
    view.close()
    assert asked == [("Save your edit first?", "The meeting field being typed is not saved yet.")]
    assert not view.isVisible()
    assert get_meeting(window.db, visit).place_text == place
    assert window.undo_stack.count() == (button == QMessageBox.Save)


def test_cancel_keeps_the_meetings_window_with_the_typed_field(typing_place, answer):
    window, view, visit = typing_place
    answer(QMessageBox.Cancel)
    view.close()
    assert view.isVisible() and view.card.place.text() == "Geneva"
    assert get_meeting(window.db, visit).place_text == "北京"


def test_a_date_that_does_not_parse_is_kept_and_said(qtbot, typing_place, answer):
    window, view, visit = typing_place
    view.card.start.setFocus()
    qtbot.keyClicks(view.card.start, "next spring")
    answer(QMessageBox.Save)
    view.close()
    assert view.isVisible() and view.card.start.text().endswith("next spring")
    box = next(w for w in view.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == "Write the date as YYYY-MM-DD, YYYY-MM or YYYY"


def test_closing_the_main_window_over_a_typed_meeting_field_asks(typing_place, answer):
    window, view, visit = typing_place
    path = window.db_path
    asked = answer(QMessageBox.Discard)
    window.close()
    assert [what for _text, what in asked] == ["The meeting field being typed is not saved yet."]
    db = open_db(str(path))
    try:
        assert get_meeting(db, visit).place_text == "北京"  # not saved as the closing window hid the field
    finally:
        db.close()
