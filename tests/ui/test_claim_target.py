"""The claim editor's target: completion proposes, only a picked item replaces the typed text."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import select_text, stored_claims, type_japanese

SPAN = "関税は東南アジア諸国の正当な発展の権利を奪おうとする試みだ"


def _to_target(qtbot, window):
    body = window.entities.layer.body
    select_text(window, SPAN)
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    qtbot.keyClick(editor.stance, Qt.Key_A)
    qtbot.keyClick(editor.stance, Qt.Key_Tab)
    qtbot.keyClick(editor.holder, Qt.Key_Tab)
    target = editor.target.lineEdit()
    assert target.hasFocus()
    target.clear()
    return editor, target


def _saved(window):
    return next(c for c in stored_claims(window) if c.text == SPAN)


def test_typing_a_registry_name_completes_and_down_keeps_the_typed_text(qtbot, entity_window):
    window = entity_window
    editor, target = _to_target(qtbot, window)
    type_japanese(target, "英国")
    popup = editor.target_completer.popup()
    assert popup.isVisible()  # 英国 is in the registry, though not in the sentence
    shown = {popup.model().index(r, 0).data() for r in range(popup.model().rowCount())}
    assert "英国" in shown
    qtbot.keyClick(target, Qt.Key_Down)
    assert target.text() == "英国"  # Down never puts another target over the typed text
    assert editor.target_kind.text() == "entity"
    qtbot.keyClick(popup, Qt.Key_Escape)
    qtbot.keyClick(target, Qt.Key_Return)
    claim = _saved(window)
    assert (claim.target_kind, claim.target_ref, claim.target_text) == ("entity", "country:GB", "英国")


def test_unknown_text_is_saved_as_a_new_topic_and_says_so(qtbot, entity_window):
    window = entity_window
    editor, target = _to_target(qtbot, window)
    type_japanese(target, "英国の対中姿勢")
    assert editor.target_kind.text() == "new topic"
    qtbot.keyClick(target, Qt.Key_Down)
    qtbot.keyClick(target, Qt.Key_Up)
    assert target.text() == "英国の対中姿勢"
    popup = editor.target_completer.popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key_Escape)
    qtbot.keyClick(target, Qt.Key_Return)
    claim = _saved(window)
    assert (claim.target_kind, claim.target_text) == ("topic", "英国の対中姿勢")


def test_a_picked_completion_replaces_the_text(qtbot, entity_window):
    window = entity_window
    editor, target = _to_target(qtbot, window)
    type_japanese(target, "英")
    popup = editor.target_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key_Down)
    picked = popup.currentIndex().data()
    assert "英" in picked
    qtbot.keyClick(popup, Qt.Key_Return)
    assert target.text() == picked and not popup.isVisible()
    qtbot.keyClick(target, Qt.Key_Return)
    assert _saved(window).target_text == picked


def test_holder_completion_proposes_and_keeps_the_typed_text(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    select_text(window, SPAN)
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    qtbot.keyClick(editor.stance, Qt.Key_Tab)
    holder = editor.holder
    assert holder.hasFocus()
    holder.clear()
    type_japanese(holder, "王")
    popup = editor.holder_proposals.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key_Down)  # moving through the proposals ...
    qtbot.keyClick(popup, Qt.Key_Down)
    assert holder.text() == "王"  # ... leaves the typed text alone
    qtbot.keyClick(popup, Qt.Key_Escape)
    assert holder.text() == "王" and not popup.isVisible()
    qtbot.keyClick(holder, Qt.Key_Down)  # Down in the field opens them again
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)  # a pick puts the item in
    assert holder.text() != "王" and "王" in holder.text()
