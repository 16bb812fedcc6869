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


def _dismiss_row(qtbot, window, row: int):
    """Press Delete on row of the claims panel (focused); the panel's tree and its claim ids before."""
    tree = window.claims.panel.tree
    tree.setFocus()
    before = _ids(tree)
    tree.setCurrentItem(tree.topLevelItem(row))
    qtbot.keyClick(tree, Qt.Key_Delete)
    assert _ids(tree) == before[:row] + before[row + 1:]
    return tree, before


def _in_sight(tree) -> bool:
    return tree.viewport().rect().intersects(tree.visualItemRect(tree.currentItem()))


def test_undo_of_a_dismissal_makes_the_row_that_came_back_current(qtbot, entity_window):
    window = entity_window
    tree, before = _dismiss_row(qtbot, window, 1)
    assert window.claims.panel.current_id() == before[2]
    qtbot.keyClick(tree, Qt.Key_Z, Qt.ControlModifier)
    assert _ids(tree) == before  # back in its place
    assert window.claims.panel.current_id() == before[1]  # and current, to act on at once
    assert tree.hasFocus() and _in_sight(tree)
    qtbot.keyClick(tree, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo: gone again, the next is current
    assert _ids(tree) == before[:1] + before[2:] and window.claims.panel.current_id() == before[2]
    qtbot.keyClick(tree, Qt.Key_Z, Qt.ControlModifier)
    assert _ids(tree) == before and window.claims.panel.current_id() == before[1]


def test_undo_brings_back_the_only_row_of_an_article_as_current(qtbot, entity_window):
    window = entity_window
    panel = window.claims.panel
    tree = panel.tree
    tree.setFocus()
    ids = _ids(tree)
    for _ in ids[1:]:  # dismiss all but the first, from the end
        tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
        qtbot.keyClick(tree, Qt.Key_Delete)
    assert _ids(tree) == ids[:1]
    qtbot.keyClick(tree, Qt.Key_Delete)  # the last row: the list is empty
    assert _ids(tree) == [] and panel.current_id() is None
    qtbot.keyClick(tree, Qt.Key_Z, Qt.ControlModifier)
    assert _ids(tree) == ids[:1] and panel.current_id() == ids[0]


def test_a_scrolled_list_shows_the_row_that_came_back(qtbot, entity_window):
    window = entity_window
    tree, before = _dismiss_row(qtbot, window, 0)
    tree.setFixedHeight(tree.header().height() + 3 * tree.visualItemRect(tree.topLevelItem(0)).height() + 4)  # 2 rows
    tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))  # the view scrolls to the end
    tree.scrollToBottom()
    assert not tree.viewport().rect().intersects(tree.visualItemRect(tree.topLevelItem(0)))  # the top out of sight
    qtbot.keyClick(tree, Qt.Key_Z, Qt.ControlModifier)
    assert _ids(tree) == before
    assert window.claims.panel.current_id() == before[0] and _in_sight(tree)
