"""Article status: keys and the list's context menu mark the selected articles; undo, redo, the log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.ui.conftest import ANNOTATOR
from ui.window.help_dialog import shortcut_rows


@pytest.fixture
def list_window(qtbot, seeds, library_of, make_window):
    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    return window


def select_rows(window, rows):
    selection = window.list_view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row, 0),
                         QItemSelectionModel.Select | QItemSelectionModel.Rows)


def shown_status(window, row):
    return window.model.data(window.model.index(row, 3))


def test_keys_mark_the_selected_articles_with_undo_and_redo(qtbot, list_window):
    window = list_window
    select_rows(window, [0, 2])
    ids = [window.model.article_id(r) for r in (0, 2)]
    assert window.statuses.selected_ids() == ids
    qtbot.keyClick(window.list_view, Qt.Key_3, Qt.ControlModifier)
    assert [shown_status(window, r) for r in (0, 1, 2)] == ["done", "new", "done"]
    qtbot.keyClick(window.list_view, Qt.Key_2, Qt.ControlModifier)
    assert shown_status(window, 0) == shown_status(window, 2) == "in progress"
    assert window.actions_by_name["undo"].text() == "&Undo Mark 2 Articles as In Progress"
    window.undo_stack.undo()
    assert shown_status(window, 0) == shown_status(window, 2) == "done"
    window.undo_stack.undo()
    assert [shown_status(window, r) for r in (0, 1, 2)] == ["new", "new", "new"]
    window.undo_stack.redo()
    assert shown_status(window, 2) == "done"
    # Saved at once: another connection reads it.
    stored = {r["id"]: r["status"] for r in window.db.query("SELECT id, status FROM articles")}
    assert [stored[i] for i in ids] == ["done", "done"]


def test_every_change_is_logged_with_the_annotator(qtbot, list_window):
    window = list_window
    select_rows(window, [1])
    window.statuses.status_action("done").trigger()
    window.undo_stack.undo()
    log = list(window.db.query(
        "SELECT target_id, before, after, annotator FROM changes WHERE action = 'set_status' ORDER BY id"))
    article = str(window.model.article_id(1))
    assert [(r["target_id"], r["before"], r["after"], r["annotator"]) for r in log] == [
        (article, '"new"', '"done"', ANNOTATOR), (article, '"done"', '"new"', ANNOTATOR)]


def test_context_menu_offers_the_statuses_for_the_selection(qtbot, list_window):
    window = list_window
    select_rows(window, [0, 1])
    rect = window.list_view.visualRect(window.model.index(1, 0))
    window.statuses._list_menu(rect.center())
    menu = window.statuses.context_menu
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Status of 2 selected"
    assert {"&New", "&In Progress", "&Done"} <= set(texts)
    menu.close()


def test_the_reader_article_counts_when_nothing_is_selected(qtbot, list_window):
    window = list_window
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=30000)
    window.list_view.selectionModel().clearSelection()
    window.statuses.set_status("in progress")
    assert window.db.execute("SELECT status FROM articles WHERE id = ?",
                             [window.reader.article_id]).fetchone()[0] == "in progress"


def test_help_lists_the_new_keys():
    keys = {keys for keys, _text in shortcut_rows()}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+Shift+S", "Ctrl+Shift+I"} <= keys
