"""Edits in the main window on an article or a claim another process deleted meanwhile: refused in one line naming
what is gone, nothing written, no traceback, never another row given the freed id, and the list read again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.store.claims import add_claim, delete_claim, get_claim
from tests.ui.elsewhere import elsewhere, refusals


def test_a_status_given_to_an_article_deleted_elsewhere_is_refused_in_one_line(qtbot, entity_window, capsys):
    window = entity_window
    article_id = window.reader.article_id
    rows = window.model.rowCount()
    said = refusals(window)
    elsewhere(window, lambda db: db.execute("DELETE FROM articles WHERE id = ?", [article_id]))
    window.statuses.set_status("done", [article_id])
    assert len(said) == 1 and "\n" not in said[0] and "the article is no longer in the library" in said[0]
    assert "Error" not in said[0] and "Traceback" not in capsys.readouterr().err
    qtbot.waitUntil(lambda: window.model.rowCount() == rows - 1, timeout=10000)  # the list read again
    assert not window.undo_stack.canUndo()


def test_a_claim_deleted_elsewhere_whose_id_went_to_another_claim_is_not_that_claim_deleted(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    shown = elsewhere(window, lambda db: add_claim(db, article_id, 0, 4, "someone else", stance="support"))
    window.reload_library()
    panel = window.claims.panel
    qtbot.waitUntil(lambda: shown in {panel.tree.topLevelItem(r).data(0, Qt.UserRole)
                                      for r in range(panel.tree.topLevelItemCount())}, timeout=10000)

    def replaced(db):
        delete_claim(db, shown)
        return add_claim(db, article_id, 5, 9, "someone else", stance="oppose")  # the last id again

    assert elsewhere(window, replaced) == shown
    said = refusals(window)
    panel.select(shown)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key_Delete)
    other = get_claim(window.db, shown)
    assert other is not None and (other.start, other.end) == (5, 9)
    assert len(said) == 1 and "\n" not in said[0] and "the claim is no longer in the library" in said[0]
