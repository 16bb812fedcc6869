"""The empty library's hint wraps where the reader's width asks, not at breaks fixed for a wide reader: in a
narrow window those left ragged lines ("Kaidan のために書いた" alone, its sentence going on below)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from tests.ui.i18n_walk import language
from tests.ui.waits import settle


def lines_at(label, width: int) -> int:
    """How many lines the label's text takes at width, in its font."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(width)
    document.size()  # lays the text out
    block, lines = document.begin(), 0
    while block.isValid():
        lines += block.layout().lineCount()
        block = block.next()
    return lines


def test_the_empty_librarys_hint_is_two_paragraphs_that_wrap_to_the_width(qapp, qtbot, make_window):
    with language(qapp, "ja"):
        window = make_window()
        qtbot.waitUntil(lambda: window.reader.currentWidget() is window.reader.empty, timeout=30000)
        window.resize(760, 700)  # a narrow window, as on half a laptop's screen
        settle(qtbot)
        hint = window.reader.empty.hint
        assert "ドラッグ" in hint.text()
    assert lines_at(hint, 4000) == 3  # a paragraph, the blank line between, a paragraph: no break inside them
    narrow = hint.width()
    # at the reader's width: no more lines than the words need (each paragraph's length over the width, rounded up)
    assert lines_at(hint, narrow) <= 3 + 2 * (hint.fontMetrics().horizontalAdvance(hint.text()) // narrow)
