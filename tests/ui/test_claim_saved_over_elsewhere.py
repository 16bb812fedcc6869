"""A claim being edited in the window whose row another process replaced or deleted meanwhile: saving it keeps
what the user typed instead of failing on the row that is gone."""

from PySide6.QtCore import Qt

from core.analysis import analyze_library
from core.edits import DeleteClaim
from tests.ui.claim_helpers import caret_off_names, put_caret, stored_claims
from tests.ui.elsewhere_helpers import edit_elsewhere


def _candidate(window, starts_with: str):
    return next(c for c in stored_claims(window, ("candidate",)) if c.text.startswith(starts_with))


def _said_saved(window) -> bool:
    return window.statusBar().currentMessage().startswith("Saved the claim by")


def test_a_candidate_edited_while_claims_are_suggested_elsewhere_is_saved(qtbot, entity_window):
    window = entity_window
    candidate = _candidate(window, "「トランプ大統領は中国訪問")
    window.claims.edit(candidate.id, from_panel=True)
    editor = window.claims.editor
    analyze_library(window.db_path, [window.reader.article_id], claims_only=True)  # `claims suggest` meanwhile
    assert candidate.id not in {c.id for c in stored_claims(window, ("candidate",))}
    qtbot.keyClick(editor.stance, Qt.Key_A)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    saved = [c for c in stored_claims(window) if (c.start, c.end) == (candidate.start, candidate.end)]
    assert [(c.stance, c.state) for c in saved] == [("against", "accepted")]
    assert _said_saved(window)
    window.undo_stack.undo()
    assert [c.id for c in stored_claims(window) if c.start == candidate.start] == []


def test_a_claim_deleted_elsewhere_while_its_editor_is_open_is_saved_again(qtbot, entity_window):
    window = entity_window
    candidate = _candidate(window, "「トランプ大統領は中国訪問")
    window.claims.accept_or_edit(candidate.id)  # Enter: accepted, the editor open for its stance
    editor = window.claims.editor
    edit_elsewhere(window, DeleteClaim(window.reader.article_id, candidate.id))  # another window deletes it
    qtbot.keyClick(editor.stance, Qt.Key_F)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    saved = [c for c in stored_claims(window) if (c.start, c.end) == (candidate.start, candidate.end)]
    assert [(c.stance, c.origin) for c in saved] == [("favor", "user")]
    assert _said_saved(window)


def test_enter_and_delete_on_candidates_proposed_again_elsewhere_decide_the_candidates_over_those_words(
        qtbot, entity_window):
    window = entity_window
    window.library_watch.timer.stop()  # the seconds before the window looks, or an F5 never pressed
    body = window.entities.layer.body
    accepted, dismissed = (_candidate(window, "「トランプ大統領は中国訪問"),
                           next(c for c in stored_claims(window, ("candidate",))
                                if not c.text.startswith("「トランプ大統領は中国訪問")))
    analyze_library(window.db_path, [window.reader.article_id], claims_only=True)  # `claims suggest` meanwhile
    put_caret(window, caret_off_names(window, accepted))
    qtbot.keyClick(body, Qt.Key_Return)
    window.claims.close_editor()
    put_caret(window, caret_off_names(window, dismissed))
    qtbot.keyClick(body, Qt.Key_Delete)
    spans = {(c.start, c.end): c.state for c in stored_claims(window, ("candidate", "accepted", "dismissed"))}
    assert spans[accepted.start, accepted.end] == "accepted"
    assert spans[dismissed.start, dismissed.end] == "dismissed"
