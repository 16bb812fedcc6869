"""The Edit menu's Undo and Redo name the edit in one short line, whatever name the user typed or the article held."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import QUOTE, select_text, stored_claims


def _add_claim_with_holder(qtbot, window, holder: str):
    body = window.entities.layer.body
    start, _end = select_text(window, QUOTE, "やるべきことはたくさんある」")
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    qtbot.keyClick(editor.stance, Qt.Key_F)
    qtbot.keyClick(editor.stance, Qt.Key_Tab)
    editor.holder.setText(holder)  # typed or pasted: a name not in the registry
    qtbot.keyClick(editor.holder, Qt.Key_Return)
    return next(c for c in stored_claims(window) if c.start == start)


def test_a_long_holder_name_is_cut_in_the_undo_and_redo_items(qtbot, entity_window):
    window = entity_window
    holder = "国際連合安全保障理事会常任理事国代表団" * 25  # 500 characters, as pasted from a list
    claim = _add_claim_with_holder(qtbot, window, holder)
    assert claim.holder_text == holder  # the claim keeps the whole name
    undo = window.actions_by_name["undo"]
    assert undo.text().startswith("&Undo Add claim by 国際連合安全保障理事会")
    assert undo.text().endswith("…") and len(undo.text()) <= 80  # a menu item, not a line wider than the screen
    window.undo_stack.undo()
    redo = window.actions_by_name["redo"]
    assert redo.text().startswith("&Redo Add claim by 国際連合") and len(redo.text()) <= 80
    window.undo_stack.redo()
    assert [c.holder_text for c in stored_claims(window) if c.start == claim.start] == [holder]


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_shortcut(qtbot, entity_window):
    window = entity_window
    _add_claim_with_holder(qtbot, window, "AT&T")
    undo = window.actions_by_name["undo"]
    # iconText() is the text as the menu draws it (a lone & marks the shortcut letter and is not drawn).
    assert undo.iconText() == "Undo Add claim by AT&T"
    assert undo.text().startswith("&Undo")  # Alt+U still undoes


def test_a_failed_save_names_the_edit_in_full(qtbot, entity_window):
    from core.edits import Edit
    window = entity_window
    told = []
    window.undo_stack.failed.connect(told.append)

    class Refused(Edit):
        def apply(self, db, annotator=None):  # noqa: ARG002
            raise RuntimeError("disk went away")

    window.undo_stack.push(Refused(text="Edit claim by AT&T"))
    assert told and "“Edit claim by AT&T”" in told[0]
