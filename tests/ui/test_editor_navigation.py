"""A claim being edited survives other clicks: choosing another article in the list, activating a row of the
claims browser or another claim in the panel asks first, with the question closing the window asks (Save,
Discard, Cancel); Cancel keeps the editor and the selection where they were. Saving a claim, confirming or
linking a meeting is said in the status bar, naming what was saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.store.meetings import get_meeting, links_of
from tests.ui.claim_helpers import stored_claims
from tests.ui.i18n_walk import language
from tests.ui.test_claims_browser import browser_window  # noqa: F401 - the fixture
from tests.ui.meeting_helpers import build_meetings
from tests.ui.test_close_unsaved import _type_claim, answer  # noqa: F401 - the fixture

QUESTION = ("Save your edit first?", "The claim in the editor is not saved yet.")


def _other_row(window) -> int:
    shown = window.reader.article_id
    return next(r for r in range(window.model.rowCount()) if window.model.article_id(r) != shown)


def _click_row(qtbot, window, row: int) -> None:
    view = window.list_view
    view.scrollTo(window.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(window.model.index(row, 0)).center())


def _notes(window) -> list[str]:
    return [c.note for c in stored_claims(window)]


def test_cancel_on_another_article_keeps_the_editor_and_the_list_row(qtbot, entity_window, answer):  # noqa: F811
    window = entity_window
    shown = window.reader.article_id
    _type_claim(qtbot, window)
    editor = window.claims.editor
    asked = answer(QMessageBox.Cancel)
    _click_row(qtbot, window, _other_row(window))
    assert asked == [QUESTION]
    assert window.reader.article_id == shown and window.claims.editor is editor
    assert editor.note.text() == "close test"
    selected = window.list_view.selectionModel()
    qtbot.waitUntil(lambda: [window.model.article_id(i.row()) for i in selected.selectedRows()] == [shown])
    assert window.model.article_id(window.list_view.currentIndex().row()) == shown
    qtbot.keyClick(editor.note, Qt.Key_Return)  # still there to save
    assert "close test" in _notes(window)


def test_save_on_another_article_stores_the_claim_then_goes(qtbot, entity_window, answer):  # noqa: F811
    window = entity_window
    shown = window.reader.article_id
    _type_claim(qtbot, window)
    asked = answer(QMessageBox.Save)
    row = _other_row(window)
    _click_row(qtbot, window, row)
    assert asked == [QUESTION] and window.claims.editor is None
    assert window.reader.article_id == window.model.article_id(row) != shown
    window.go_to_article(shown)
    assert "close test" in _notes(window)


def test_discard_on_the_browser_row_drops_the_claim_and_opens_the_row(qtbot, browser_window, select_seed,  # noqa: F811
                                                                       answer):  # noqa: F811
    window = browser_window
    select_seed(window, "000_")
    shown = window.reader.article_id
    _type_claim(qtbot, window)
    browser = window.claims.show_browser()
    qtbot.waitUntil(lambda: browser.claims.rowCount() > 0, timeout=30000)
    asked = answer(QMessageBox.Cancel)
    browser.table.setFocus()
    row = next(r for r, c in enumerate(browser.claims.rows) if c["article_id"] != shown)
    browser.table.setCurrentIndex(browser.claims.index(row, 0))
    qtbot.keyClick(browser.table, Qt.Key_Return)
    assert asked == [QUESTION] and window.claims.editor is not None
    assert window.reader.article_id == shown
    answer(QMessageBox.Discard)
    qtbot.keyClick(browser.table, Qt.Key_Return)
    assert window.claims.editor is None
    assert window.reader.article_id == browser.claims.rows[row]["article_id"]
    window.go_to_article(shown)
    assert "close test" not in _notes(window)


def test_cancel_on_another_claim_in_the_panel_keeps_the_editor(qtbot, entity_window, answer):  # noqa: F811
    window = entity_window
    _type_claim(qtbot, window)
    editor = window.claims.editor
    tree = window.claims.panel.tree
    asked = answer(QMessageBox.Cancel)
    rect = tree.visualItemRect(tree.topLevelItem(0))
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=rect.center())  # the reader shows it, editor kept
    assert asked == [] and window.claims.editor is editor
    qtbot.keyClick(tree, Qt.Key_Return)  # edit it: the claim being typed would be dropped
    assert asked == [QUESTION]
    assert window.claims.editor is editor and editor.note.text() == "close test"


def test_a_saved_claim_is_said_naming_its_holder(qtbot, entity_window):
    window = entity_window
    _type_claim(qtbot, window)
    window.claims.editor.holder.setText("誰か")
    qtbot.keyClick(window.claims.editor.note, Qt.Key_Return)
    assert window.statusBar().currentMessage() == "Saved the claim by 誰か"
    _type_claim(qtbot, window)  # the same span: the claim just saved, its note changed
    window.claims.editor.note.setText("in Japanese")
    with language(QApplication.instance(), "ja"):
        qtbot.keyClick(window.claims.editor.note, Qt.Key_Return)
        assert window.statusBar().currentMessage() == "誰かの主張を保存しました"


@pytest.fixture
def meetings(qtbot, seeds, library_of, make_window):
    ids = build_meetings(library_of(seeds))
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    return window, window.meetings.show_meetings(), ids


def test_confirming_and_linking_a_meeting_are_said(qtbot, meetings):
    window, view, ids = meetings
    view.select(ids["visit"])
    label = view.by_id[ids["visit"]]["label"]
    qtbot.mouseClick(view.card.confirm_button, Qt.LeftButton)
    assert get_meeting(window.db, ids["visit"]).state == "confirmed"
    assert view.statusBar().currentMessage() == f"Confirmed the meeting {label}"
    other = view.by_id[ids["kl"]]["label"]
    view.add_link(ids["visit"], ids["kl"], "follow_up")
    assert any(link.to_id == ids["kl"] for link in links_of(window.db, ids["visit"]))
    assert view.statusBar().currentMessage().startswith(f"Linked to the meeting {other} (")
