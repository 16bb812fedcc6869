"""An article no page, name or text dates: its list cell is empty and says so on hover, it sorts last, and
Article → Set Date… gives it the user's day (undoable); never the day its file was copied."""

from __future__ import annotations

import os
import shutil
from datetime import datetime

import pytest

from tests.shared_data import SHARED, require

UNDATED = SHARED / "corpus" / "wikinews" / "txt" / "wn-00005.txt"  # its date line is empty
DATED = SHARED / "corpus" / "wikinews" / "txt" / "wn-00000.txt"  # 2011-04-08
DATE_COLUMN = 2


@pytest.fixture
def window(qtbot, tmp_path, library_of, make_window):
    copies = []
    for source in (require(UNDATED), require(DATED)):
        copy = tmp_path / "copied" / source.name
        copy.parent.mkdir(exist_ok=True)
        shutil.copy(source, copy)
        today = datetime(2026, 12, 7, 9, 0).timestamp()  # copied today
        os.utime(copy, (today, today))
        copies.append(copy)
    library_of(copies)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    return window


def _cells(window, role=None):
    from PySide6.QtCore import Qt

    model = window.model
    return [model.data(model.index(row, DATE_COLUMN), role or Qt.DisplayRole) for row in range(model.rowCount())]


def test_an_undated_copy_shows_no_date_sorts_last_and_takes_the_users_day_with_undo(qtbot, window):
    from PySide6.QtCore import Qt

    assert window.model.headerData(DATE_COLUMN, Qt.Horizontal) == "Date"
    assert _cells(window) == ["2011-04-08", ""]  # the copy's day is no date of the article's: last, empty
    assert "No date" in _cells(window, Qt.ToolTipRole)[1]
    undated = window.model.article_id(1)
    window.show_article(undated)
    asked = []
    window.article_date.ask = lambda current: (asked.append(current), ("2008-05-13", True))[1]
    window.actions_by_name["set_date"].trigger()
    assert asked == [""]
    qtbot.waitUntil(lambda: "2008-05-13" in _cells(window), timeout=10000)
    assert window.actions_by_name["undo"].text() == "&Undo Set Article Date to 2008-05-13"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "2008-05-13" not in _cells(window), timeout=10000)
    assert not window.article_date.set_date(undated, "5月13日")  # no day: said, nothing changed
    assert "YYYY-MM-DD" in window.statusBar().currentMessage()
