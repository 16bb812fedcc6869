"""A first start in a narrow window (the test screen: 800 pixels, half of a laptop's screen is as narrow): the
side panels take a share of the width, so the article list beside the reader shows its titles' words. At their
own width the panels left the list some 80 pixels: five or six characters of each title."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.waits import WAIT_MS, settle

TITLE_CHARS = 8  # at least this much of a title reads in the list


def test_the_list_shows_the_titles_beside_the_panels_in_a_narrow_window(qtbot, seeds, library_of, make_window):
    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.docks_placed and window.reader.article_id is not None, timeout=WAIT_MS)
    settle(qtbot)
    assert window.width() < 800
    view = window.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Down)  # a user walks the list by its titles
    settle(qtbot)
    index = view.currentIndex().siblingAtColumn(0)
    title = index.data()
    seen = view.visualRect(index).intersected(view.viewport().rect()).width()
    assert seen > view.fontMetrics().horizontalAdvance(title[:TITLE_CHARS]), (title, seen)
    for dock in window.docks:  # the panels keep what they need, and stay beside the reader
        assert dock.isVisible() and dock.width() >= dock.minimumSizeHint().width()
        assert dock.width() <= window.width() // 3
