"""Kaidan's claim candidates in the reader: dashed, Enter accepts, Delete dismisses for good."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from core.analysis import analyze_library
from tests.ui.claim_helpers import caret_off_names, put_caret, stored_claims
from tests.ui.conftest import ANNOTATOR
from tests.ui.entity_helpers import find, stored


def _candidate(window, starts_with: str) -> dict:
    return next(c for c in stored_claims(window, ("candidate",)) if c.text.startswith(starts_with))


def _underline(window, offset: int):
    """The underline style painted at a body offset."""
    document = window.reader.reader.body.document()
    position = window.entities.layer.spans.to_document(offset)
    block = document.findBlock(position)
    for r in block.layout().formats():
        if r.start <= position - block.position() < r.start + r.length:
            return r.format.underlineStyle(), r.format.underlineColor().name()
    return None


def test_candidates_are_dashed_and_claims_solid_in_their_stance_colour(qtbot, entity_window):
    window = entity_window
    candidate = _candidate(window, "「トランプ大統領は中国訪問")
    offset = caret_off_names(window, candidate)
    assert _underline(window, offset)[0] == QTextCharFormat.DashUnderline
    put_caret(window, offset)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Return)
    qtbot.keyClick(window.claims.editor.stance, Qt.Key_A)
    qtbot.keyClick(window.claims.editor.stance, Qt.Key_Return)
    style, colour = _underline(window, offset)
    assert style == QTextCharFormat.SingleUnderline and colour == "#c62828"  # Against
    assert window.claims.layer.margin.bar_rect(window.claims.claim(candidate.id)).height() > 0


def test_enter_accepts_a_candidate_then_the_stance_key(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    candidate = _candidate(window, "「トランプ大統領は中国訪問")
    put_caret(window, caret_off_names(window, candidate))
    qtbot.keyClick(body, Qt.Key_Return)
    accepted = next(c for c in stored_claims(window) if c.id == candidate.id)
    assert accepted.annotator == ANNOTATOR and accepted.stance is None
    editor = window.claims.editor
    assert editor is not None and editor.holder.text() == "ルビオ"
    qtbot.keyClick(editor.stance, Qt.Key_N)
    qtbot.keyClick(editor.stance, Qt.Key_2)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    claim = next(c for c in stored_claims(window) if c.id == candidate.id)
    assert (claim.stance, claim.intensity, claim.state) == ("neutral", "medium", "accepted")
    # Two steps: accepting, then the stance; undo both and it is a candidate again.
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert candidate.id in {c.id for c in stored_claims(window, ("candidate",))}


def test_delete_dismisses_a_candidate_and_it_never_comes_back(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    candidate = _candidate(window, "「相違点を管理しつつ")
    put_caret(window, caret_off_names(window, candidate))
    qtbot.keyClick(body, Qt.Key_Delete)
    assert candidate.id not in {c.id for c in stored_claims(window, ("candidate",))}
    assert window.actions_by_name["undo"].text().startswith("&Undo Dismiss candidate")
    # Suggestions again, through Tools in a worker: the dismissed span stays dismissed.
    with qtbot.waitSignal(window.claims.suggestions.finished, timeout=60000):
        window.actions_by_name["suggest_claims_library"].trigger()
    again = stored_claims(window, ("candidate",))
    assert again and not any(c.start < candidate.end and candidate.start < c.end for c in again)
    assert any(c.text == candidate.text for c in stored_claims(window, ("dismissed",)))
    analyze_library(window.db_path, [window.reader.article_id], claims_only=True)
    assert not any(c.text == candidate.text for c in stored_claims(window, ("candidate",)))


def test_delete_on_a_name_inside_a_candidate_rejects_the_name(qtbot, entity_window):
    window = entity_window
    candidate = _candidate(window, "「トランプ大統領は中国訪問")
    trump = find(stored(window), "トランプ", start=candidate.start + 1)
    put_caret(window, trump.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    assert find(stored(window), "トランプ", start=trump.start).state == "rejected"
    assert candidate.id in {c.id for c in stored_claims(window, ("candidate",))}


def test_panel_lists_claims_in_reading_order_and_dismisses(qtbot, entity_window):
    window = entity_window
    panel = window.claims.panel
    shown = [c.start for c in panel.claims]
    assert shown == sorted(shown) and len(shown) == len(stored_claims(window, ("candidate",)))
    first = panel.tree.topLevelItem(0)
    # its cue, と指摘, a verb's stem, names no target: the candidate shows its holder alone, the cue on hover
    assert "指摘" not in first.text(0) and " · " not in first.text(0) and first.text(1)
    assert "cue: 指摘" in first.toolTip(0)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(first)
    cursor = window.entities.layer.body.textCursor()
    assert window.entities.layer.spans.to_body(cursor.selectionStart()) == panel.claims[0].start
    qtbot.keyClick(panel.tree, Qt.Key_Delete)
    assert len(panel.claims) == len(shown) - 1
    window.undo_stack.undo()
    assert len(panel.claims) == len(shown)
