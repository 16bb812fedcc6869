"""The status line after Ctrl+Z and Ctrl+Shift+Z says what was undone or redone, not the words of the save."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import caret_off_names, put_caret, stored_claims


def test_undo_and_redo_of_a_claim_say_so_in_the_status_line(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    candidate = next(c for c in stored_claims(window, ("candidate",)) if c.text.startswith("「トランプ大統領は中国訪問"))
    put_caret(window, caret_off_names(window, candidate))
    qtbot.keyClick(body, Qt.Key_Return)
    qtbot.keyClick(window.claims.editor.stance, Qt.Key_A)
    qtbot.keyClick(window.claims.editor.stance, Qt.Key_Return)
    assert window.statusBar().currentMessage().startswith("Saved the claim by ルビオ")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier)
    said = window.statusBar().currentMessage()
    assert said == "Undone: Set stance Against"  # accepting, then the stance: two steps, the stance undone first
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    said = window.statusBar().currentMessage()
    assert said == "Redone: Set stance Against"
    assert next(c for c in stored_claims(window) if c.id == candidate.id).stance == "against"


def test_a_first_save_keeps_its_own_words(qtbot, entity_window):
    """Only a step taken back or put again says Undone/Redone: the edit's first save is not a redo."""
    window = entity_window
    candidate = next(c for c in stored_claims(window, ("candidate",)) if c.text.startswith("「トランプ大統領は中国訪問"))
    put_caret(window, caret_off_names(window, candidate))
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Return)
    qtbot.keyClick(window.claims.editor.stance, Qt.Key_Return)
    assert not window.statusBar().currentMessage().startswith(("Redone", "Undone"))
