"""Making claims by keyboard alone: C, stance key, Enter; edit, undo, redo, delete; reopen."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import QUOTE, select_text, stored_claims, type_japanese
from tests.ui.conftest import ANNOTATOR


def _press(qtbot, widget, *keys) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)


def test_c_f_enter_makes_a_claim_with_the_proposed_holder(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    start, end = select_text(window, QUOTE, "やるべきことはたくさんある」")
    # Three keys from "text selected" to a stored claim with its stance.
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    assert editor is not None and editor.isVisible()
    assert editor.holder.text() == "ルビオ"
    assert editor.stance.hasFocus()
    assert editor.attribution.currentData() == "direct"
    qtbot.keyClick(editor.stance, Qt.Key_F)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    assert window.claims.editor is None
    [claim] = [c for c in stored_claims(window) if c.start == start]
    assert (claim.end, claim.stance) == (end, "favor")
    assert claim.holder_entity_id == "person:marco-rubio"
    assert claim.annotator == ANNOTATOR
    assert window.actions_by_name["undo"].text() == "&Undo Add claim by ルビオ"
    assert body.hasFocus()


def test_esc_cancels_and_tab_stays_inside_the_editor(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    select_text(window, "協議継続への建設的基盤")
    before = stored_claims(window, ("accepted", "candidate"))
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    order = []
    for _ in range(5):
        qtbot.keyClick(editor.focusWidget(), Qt.Key_Tab)
        order.append(editor.focusWidget())
    assert order[-1] is editor.stance  # round the five fields and back
    qtbot.keyClick(editor.focusWidget(), Qt.Key_Escape)
    assert window.claims.editor is None
    assert stored_claims(window, ("accepted", "candidate")) == before


def test_holder_target_and_note_typed_in_the_editor(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    select_text(window, "関税は東南アジア諸国の正当な発展の権利を奪おうとする試みだ")
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    assert editor.holder.text() == "王毅"  # the candidate's holder
    qtbot.keyClick(editor.stance, Qt.Key_A)
    qtbot.keyClick(editor.stance, Qt.Key_3)
    qtbot.keyClick(editor.stance, Qt.Key_Tab)  # holder: keep it
    qtbot.keyClick(editor.holder, Qt.Key_Tab)
    target = editor.target.lineEdit()
    assert target.hasFocus()
    type_japanese(target, "米国の関税措置")  # not in the list: a new topic
    qtbot.keyClick(target, Qt.Key_Tab)
    qtbot.keyClick(editor.attribution, Qt.Key_Tab)
    type_japanese(editor.note, "カンボジア外相に")
    qtbot.keyClick(editor.note, Qt.Key_Return)
    claim = next(c for c in stored_claims(window) if c.text.startswith("関税は東南アジア"))
    assert (claim.holder_entity_id, claim.stance, claim.intensity) == ("person:wang-yi", "against", "high")
    assert (claim.target_kind, claim.target_text, claim.note) == ("topic", "米国の関税措置", "カンボジア外相に")
    from core.store.scheme import topics
    assert "米国の関税措置" in topics(window.db)


def test_edit_undo_redo_delete_from_the_panel_and_reopen(qtbot, entity_window, make_window, select_seed):
    window = entity_window
    body = window.entities.layer.body
    start, _end = select_text(window, QUOTE, "やるべきことはたくさんある」")
    for key in (Qt.Key_C, Qt.Key_F, Qt.Key_Return):
        qtbot.keyClick(window.focusWidget(), key)
    claim_id = next(c.id for c in stored_claims(window) if c.start == start)

    # The panel: its row, Enter edits, A sets Against, Enter saves.
    tree = window.claims.panel.tree
    tree.setFocus()
    window.claims.panel.select(claim_id)
    assert "ルビオ" in tree.currentItem().text(0)
    qtbot.keyClick(tree, Qt.Key_Return)
    editor = window.claims.editor
    assert editor is not None and editor.stance.stance == "favor"
    qtbot.keyClick(editor.stance, Qt.Key_A)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    stance = lambda: next((c.stance for c in stored_claims(window) if c.id == claim_id), None)  # noqa: E731
    assert stance() == "against"
    assert tree.hasFocus()  # back where the edit started
    assert window.actions_by_name["undo"].text() == "&Undo Set stance Against"

    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier)
    assert stance() == "favor"
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert stance() == "against"

    # Delete from the panel, undo brings it back (same id), redo deletes again, undo once more.
    window.claims.panel.select(claim_id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key_Delete)
    assert stance() is None
    assert window.actions_by_name["undo"].text() == "&Undo Delete claim by ルビオ"
    window.actions_by_name["undo"].trigger()
    assert stance() == "against"

    # Close and reopen the library: the claim is there as left.
    window.close()
    again = make_window()
    qtbot.waitUntil(lambda: again.model.rowCount() > 0, timeout=10000)
    select_seed(again, "000_")
    [claim] = [c for c in stored_claims(again) if c.id == claim_id]
    assert (claim.stance, claim.holder_entity_id, claim.annotator) == (
        "against", "person:marco-rubio", ANNOTATOR)
    again.claims.panel.select(claim_id)
    assert "ルビオ" in again.claims.panel.tree.currentItem().text(0)
    history = list(again.db.query("SELECT annotator FROM changes WHERE target = 'claims'"))
    assert history and {h["annotator"] for h in history} == {ANNOTATOR}


def test_context_menu_offers_make_claim(entity_window):
    from ui.entities.menus import mention_menu

    window = entity_window
    select_text(window, QUOTE)
    menu = mention_menu(window.entities, window)
    texts = [a.text() for a in menu.actions()]
    assert "Make Claim from Selection…\tC" in texts


def test_help_lists_the_claim_keys():
    from ui.window.help_dialog import shortcut_rows

    rows = dict((text, keys) for keys, text in shortcut_rows())
    assert any(k == "C" and "claim" in t for t, k in rows.items())
    assert any(k == "F, A, N, M" and "(claim editor)" in t for t, k in rows.items())
    assert any("dismiss" in t for t in rows)
    assert any("claims browser" in t for t in rows)
