"""An import ending while a claim is being typed does not interrupt it: the list's refresh keeps the article
shown and its editor, with no question popping up; a paste asks before showing the pasted article only as the
answer to the paste itself (Ctrl+Shift+V), and Cancel there keeps the edit while the text is still imported."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tests.ui.day_helpers import GRANT_TEXT
from tests.ui.test_close_unsaved import _type_claim, answer  # noqa: F401 - the fixture

QUESTION = ("Save your edit first?", "The claim in the editor is not saved yet.")


def _shown_row(window):
    return window.model.article_id(window.list_view.currentIndex().row())


def test_a_folder_import_ending_keeps_the_edit_without_a_question(qtbot, entity_window, tmp_path,
                                                                  answer):  # noqa: F811
    window = entity_window
    shown = window.reader.article_id
    _type_claim(qtbot, window)
    editor = window.claims.editor
    asked = answer(QMessageBox.Discard)  # a question answered Discard would drop the claim being typed
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "grant.txt").write_text(GRANT_TEXT, encoding="utf-8")
    rows = window.model.rowCount()
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        window.import_paths([folder])
    qtbot.waitUntil(lambda: window.model.rowCount() == rows + 1, timeout=10000)
    qtbot.wait(400)  # the list's refreshes after the import
    assert asked == []
    assert window.reader.article_id == shown and window.claims.editor is editor
    assert editor.note.text() == "close test" and _shown_row(window) == shown


def test_a_paste_asks_when_asked_and_cancel_keeps_the_edit(qtbot, entity_window, answer):  # noqa: F811
    window = entity_window
    shown = window.reader.article_id
    _type_claim(qtbot, window)
    editor = window.claims.editor
    asked = answer(QMessageBox.Cancel)
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    rows = window.model.rowCount()
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        window.actions_by_name["import_pasted"].trigger()
        assert asked == [QUESTION]  # at once, as the answer to the paste
    qtbot.waitUntil(lambda: window.model.rowCount() == rows + 1, timeout=10000)
    qtbot.wait(400)
    assert asked == [QUESTION]  # not again when the import ends
    assert window.reader.article_id == shown and window.claims.editor is editor
    assert editor.note.text() == "close test" and _shown_row(window) == shown


def test_a_paste_answered_save_stores_the_claim_and_shows_the_pasted_article(qtbot, entity_window,
                                                                             answer):  # noqa: F811
    window = entity_window
    _type_claim(qtbot, window)
    asked = answer(QMessageBox.Save)
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        window.actions_by_name["import_pasted"].trigger()
    (_source, pasted), = blocker.args[0].imported.first
    qtbot.waitUntil(lambda: window.reader.article_id == pasted, timeout=10000)
    qtbot.wait(400)
    assert asked == [QUESTION] and window.claims.editor is None and _shown_row(window) == pasted


def test_an_edit_begun_while_the_paste_is_imported_is_not_interrupted(qtbot, entity_window,
                                                                      answer):  # noqa: F811
    window = entity_window
    shown = window.reader.article_id
    asked = answer(QMessageBox.Discard)
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        window.actions_by_name["import_pasted"].trigger()  # no editor open: nothing to ask
        _type_claim(qtbot, window)  # typing begins before the import ends
    editor = window.claims.editor
    qtbot.wait(400)
    assert asked == [] and window.claims.editor is editor and editor.note.text() == "close test"
    assert window.reader.article_id == shown and _shown_row(window) == shown
    assert window.statusBar().currentMessage() == ("Import finished: 1 imported. The claim being edited stays "
                                                   "open: the pasted article is in the list.")
