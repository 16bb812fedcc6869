"""Dismissing candidates one after another from the claims panel with the keyboard."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import stored_claims


def _ids(tree):
    return [tree.topLevelItem(r).data(0, Qt.UserRole) for r in range(tree.topLevelItemCount())]


def test_delete_moves_to_the_next_row_and_goes_on(qtbot, entity_window):
    window = entity_window
    tree = window.claims.panel.tree
    tree.setFocus()
    before = _ids(tree)
    assert len(before) >= 4  # the seed's candidates
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key_Delete)
    assert _ids(tree) == before[:1] + before[2:]
    assert tree.hasFocus() and window.claims.panel.current_id() == before[2]  # the row that took its place
    qtbot.keyClick(tree, Qt.Key_Delete)  # and the next one
    assert _ids(tree) == before[:1] + before[3:]
    dismissed = {c.id for c in stored_claims(window, ("dismissed",))}
    assert {before[1], before[2]} <= dismissed
    # At the end of the list the last row becomes current.
    tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
    last = _ids(tree)
    qtbot.keyClick(tree, Qt.Key_Delete)
    assert window.claims.panel.current_id() == last[-2]
    window.undo_stack.undo()
    assert _ids(tree) == last  # undo brings the row back in its place


def test_another_article_starts_with_no_row_chosen(qtbot, entity_window, select_seed):
    window = entity_window
    tree = window.claims.panel.tree
    tree.setCurrentItem(tree.topLevelItem(2))
    select_seed(window, "001_")
    assert window.claims.panel.current_id() is None  # nothing chosen for the user in an article not yet read
