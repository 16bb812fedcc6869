"""A claim holder follows the entity its written name mentions, once that name is linked."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import select_text, stored_claims
from tests.ui.entity_helpers import find, put_caret, stored

QUOTE = "「外交による解決を目指す」"


def test_holder_written_with_a_name_follows_the_entity_linked_later(qtbot, grant_window):
    window = grant_window
    body = window.entities.layer.body
    select_text(window, QUOTE)
    qtbot.keyClick(body, Qt.Key_C)
    editor = window.claims.editor
    assert "グラント" in editor.holder.text()
    qtbot.keyClick(editor.stance, Qt.Key_F)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    [claim] = [c for c in stored_claims(window) if c.text == QUOTE]
    # Before the user links it, the holder is the written text or the name detection found (found:…).
    before = claim.holder_entity_id
    assert not before or before.startswith("found:")
    browser = window.claims.show_browser()
    [row] = browser.claims.rows
    assert row["holder_entity_id"] == before
    assert browser.count.text() == "1 claim · 1 holder–target pair"
    # Make the later グラント a registry entity of its own: N, Enter.
    grant = [m for m in stored(window) if m.text == "グラント"][-1]
    put_caret(window, grant.start + 1)
    qtbot.keyClick(body, Qt.Key_N)
    qtbot.keyClick(window.entities.new_entity_dialog.name, Qt.Key_Return)
    entity_id = find(stored(window), "グラント", start=grant.start).entity_id
    assert entity_id and entity_id != before and not entity_id.startswith("found:")
    # The reader's claims and the browser's summary now group the claim under that entity.
    [shown] = [c for c in window.claims.claims if c.text == QUOTE]
    assert shown.holder_entity_id == entity_id
    qtbot.waitUntil(lambda: browser.claims.rows[0]["holder_entity_id"] == entity_id)
    assert browser.claims.rows[0]["holder"] == "グラント"
    window.undo_stack.undo()  # unlinking again: the holder is what it was before
    [shown] = [c for c in window.claims.claims if c.text == QUOTE]
    assert shown.holder_entity_id == before
