"""The list's search is painted in the article; F3 and Shift+F3 step through the hits."""

from PySide6.QtCore import Qt

from tests.ui.claim_helpers import type_japanese


def test_search_hits_are_painted_and_f3_steps_through_them(qtbot, entity_window):
    window = entity_window
    body = window.reader.reader.body
    text = window.reader.reader.body_text()
    word = "中国"
    expected = text.count(word)
    assert expected >= 2
    window.search.setFocus()
    type_japanese(window.search, word)
    qtbot.waitUntil(lambda: len(body.extraSelections()) == expected)
    article = window.reader.article_id
    body.setFocus()
    starts = []
    for _ in range(expected + 1):
        qtbot.keyClick(body, Qt.Key_F3)
        cursor = body.textCursor()
        assert cursor.selectedText() == word
        starts.append(cursor.selectionStart())
    assert starts[:expected] == sorted(starts[:expected]) and starts[expected] == starts[0]  # wraps
    qtbot.keyClick(body, Qt.Key_F3, Qt.ShiftModifier)
    assert body.textCursor().selectionStart() == starts[-2 if expected > 1 else 0]
    assert f"of {expected}" in window.statusBar().currentMessage()
    assert window.reader.article_id == article
    window.search.clear()
    qtbot.waitUntil(lambda: not body.extraSelections())
