"""The raw view's first line (the file's name and the cleaner's doubts) wraps in a narrow window: before, it ran
past the reader's edge, its reasons cut mid-word."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.store.articles import get_article
from tests.ui.narrow_fit import cut_widgets
from tests.ui.waits import settle


def test_the_raw_views_doubts_read_whole_in_a_narrow_window(qtbot, seeds, library_of, make_window):
    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds) and window.reader.article_id is not None)
    doubted = [r for r in range(window.model.rowCount())
               if get_article(window.db, window.model.article_id(r)).cleaning_check]
    assert doubted, "a seed the cleaner is unsure of"
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(doubted[0])
    window.resize(700, 600)
    window.activateWindow()
    qtbot.keyClick(window.list_view, Qt.Key_R, Qt.ControlModifier)  # View → Show Raw Text
    settle(qtbot)
    area = window.reader
    assert area.currentWidget() is area.raw_page
    source = area.raw_source
    assert "check cleaning" in source.text() and source.isVisible()
    assert cut_widgets(area.raw_page) == []
    # its words on one line that fits, or wrapped to the reader's width with every line shown
    fits = source.sizeHint().width() <= source.width()
    assert fits or (source.hasHeightForWidth() and source.height() >= source.heightForWidth(source.width()))
