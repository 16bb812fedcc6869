"""The keys of the reader on a claim whose whole text is selected, as saving it or choosing it in the panel leaves
it: Enter edits it and Delete deletes it, never rejecting every name its quote holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.claim_helpers import select_text, stored_claims
from tests.ui.day_helpers import write_article
from tests.ui.entity_helpers import stored

QUOTE = "「英国はイランや中国との対話を続ける」"
TEXT = ("英外相、イランとの対話継続を表明\n\n"
        f"【ロンドン共同】英国のグラント外相は11日、ロンドンで記者会見し、{QUOTE}と述べた。\n")


@pytest.fixture
def quote_window(qtbot, tmp_path, library_of, make_window):
    library_of([write_article(tmp_path / "quote", "quote.txt", TEXT)])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    return window


def _claim_saved(qtbot, window):
    """Select the quote, C, stance Against, Enter: the claim saved, its text left selected in the reader."""
    body = window.entities.layer.body
    select_text(window, QUOTE)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=10000)
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    qtbot.keyClick(editor.stance, Qt.Key_A)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=10000)
    [claim] = stored_claims(window)
    assert body.textCursor().selectedText() == QUOTE
    return claim


def _names_in_quote(window) -> list[tuple[str, str]]:
    start = window.reader.reader.body_text().index(QUOTE)
    return sorted((m.text, m.state) for m in stored(window) if start <= m.start < start + len(QUOTE))


def test_delete_on_a_saved_claim_deletes_it_and_leaves_its_names(qtbot, quote_window):
    window = quote_window
    body = window.entities.layer.body
    names = _names_in_quote(window)
    assert names and all(state != "rejected" for _name, state in names)  # 英国, イラン, 中国 in the quote
    _claim_saved(qtbot, window)
    qtbot.keyClick(body, Qt.Key_Delete)
    assert stored_claims(window) == []  # before: the claim stayed, and every name in its quote was rejected
    assert _names_in_quote(window) == names
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier)
    assert [c.stance for c in stored_claims(window)] == ["against"]


def test_enter_on_a_claim_chosen_in_the_panel_edits_it(qtbot, quote_window):
    window = quote_window
    body = window.entities.layer.body
    claim = _claim_saved(qtbot, window)
    body.moveCursor(body.textCursor().MoveOperation.Start)
    window.claims.show_claim(claim.id)  # as a row chosen in the panel selects its text
    body.setFocus()
    qtbot.keyClick(body, Qt.Key_Return)
    editor = window.claims.editor
    assert editor is not None and editor.draft.claim_id == claim.id  # before: Enter did nothing
    qtbot.keyClick(editor.stance, Qt.Key_Escape)


def test_a_name_selected_inside_a_claim_is_still_rejected_by_delete(qtbot, quote_window):
    window = quote_window
    body = window.entities.layer.body
    _claim_saved(qtbot, window)
    start = window.reader.reader.body_text().index("イラン", window.reader.reader.body_text().index(QUOTE))
    window.entities.layer.select_span(start, start + len("イラン"))
    qtbot.keyClick(body, Qt.Key_Delete)
    assert [c.stance for c in stored_claims(window)] == ["against"]
    assert ("イラン", "rejected") in _names_in_quote(window)
