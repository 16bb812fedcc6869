"""The article list at a large font (18 pt) in a narrow window stays readable: the splitter keeps it some six
wide characters of a title wide (from the font, not a count of pixels), the title takes the list's whole width
(outlet and date a scroll away); dragged closed, Ctrl+F opens it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from tests.ui.day_helpers import write_article
from tests.ui.waits import WAIT_MS, settle
from ui.reader.list_columns import LEAST_CHARS, TITLE

TEXT = "日英外相が経済安保で会談\n\n【東京】鈴木外相は3日、英国外相と会談した。\n"


def test_at_18_points_the_list_keeps_titles_readable_in_an_800_pixel_window(qtbot, tmp_path, library_of,
                                                                             make_window):
    library_of([write_article(tmp_path / "articles", "talks.txt", TEXT)])
    app = QApplication.instance()
    usual = app.font()
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None and window.docks_placed, timeout=WAIT_MS)
    least_before = window.list_panel.minimumWidth()
    large = QFont(usual)
    large.setPointSizeF(18)
    app.setFont(large)
    try:
        qtbot.waitUntil(lambda: window.list_panel.minimumWidth() > least_before, timeout=WAIT_MS)
        window.resize(800, 600)
        settle(qtbot)
        window.splitter.setSizes([1, 2000])  # the reader asks for all it can get
        settle(qtbot)
        view = window.list_view
        wide = view.fontMetrics().horizontalAdvance("会")
        # before: 76 pixels, the title column a hundred, "日英…" (two characters) read in each row
        assert window.splitter.sizes()[0] >= LEAST_CHARS * wide
        title = view.horizontalHeader().sectionSize(TITLE)
        assert title >= view.viewport().width() - 1 and title >= (LEAST_CHARS - 1) * wide
        margin = view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1  # a cell's text margin
        shown = view.fontMetrics().elidedText(TEXT.split("\n")[0], Qt.ElideRight, title - 2 * margin)
        assert shown.endswith("…") and len(shown) - 1 >= LEAST_CHARS, shown  # before: 日英外相が…, five
        window.grab().save(str(tmp_path / "large.png"))  # painted at that size without failing
        window.splitter.moveSplitter(0, 1)  # the handle dragged to the left edge: the list collapses …
        assert window.splitter.sizes()[0] == 0
        window.activateWindow()
        window.actions_by_name["find"].trigger()  # … and Ctrl+F opens it again, the search box focused
        qtbot.waitUntil(lambda: window.splitter.sizes()[0] >= LEAST_CHARS * wide, timeout=WAIT_MS)
        qtbot.waitUntil(window.search.hasFocus, timeout=WAIT_MS)
    finally:
        app.setFont(usual)
    qtbot.waitUntil(lambda: window.list_panel.minimumWidth() == least_before, timeout=WAIT_MS)
