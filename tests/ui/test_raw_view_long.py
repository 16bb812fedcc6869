"""A raw page of tens of thousands of lines: the lines on the screen carry the cleaner's marks, and those
reached by scrolling too, without every line of the page handed to Qt at every cursor move."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from ui.reader.raw_view import RawView

LINES = 40_000


def _marked_lines(view) -> set[int]:
    return {s.cursor.block().blockNumber() + 1 for s in view.extraSelections() if s.cursor.hasSelection()}


def test_a_long_raw_page_marks_the_lines_on_screen_and_those_scrolled_to(qtbot):
    view = RawView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    raw = "\n".join(f"{n} 行目：ルビオ米国務長官と王毅外相が会談した。" for n in range(1, LINES + 1))
    view.show_raw(raw, ["body" if n % 2 else "drop" for n in range(1, LINES + 1)])
    marked = _marked_lines(view)
    assert {1, 2, 3, 10} <= marked  # the top of the page, body and dropped lines alike
    assert len(view.extraSelections()) < 2_000  # not one per line of the page
    view.go_to_line(LINES - 5)
    view.ensureCursorVisible()
    qtbot.waitUntil(lambda: LINES - 5 in _marked_lines(view), timeout=30000)
    assert LINES in _marked_lines(view) and 1 not in _marked_lines(view)
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.Up)
    view.setTextCursor(cursor)
    assert LINES - 6 in _marked_lines(view)  # a cursor move keeps the marks
