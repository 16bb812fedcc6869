"""The claims browser's columns fit its width: at its default width nothing is cut behind a sideways scroll bar,
in a narrow window every column's title and date stay whole and the claim keeps words to read, and a column the
user widened keeps its width. Before, fixed widths added up to more than the browser's own default width."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.test_claims_browser import browser_window as browser_over_seeds
from tests.ui.waits import settle
from ui.claims.browser_columns import CLAIM, CLAIM_CHARS

browser_window = browser_over_seeds  # the fixture: every candidate of the seeds accepted


def open_browser(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)  # Tools → Claims Browser
    browser = window.claims.browser
    qtbot.waitUntil(lambda: browser is not None and browser.isVisible())
    settle(qtbot)
    return browser


def whole(view, column: int) -> bool:
    """The column's title and every cell's words fit its width (a claim's own text aside: it is elided)."""
    header, model = view.horizontalHeader(), view.model()
    needs = [header.fontMetrics().horizontalAdvance(model.headerData(column, Qt.Horizontal))]
    if column == 0:
        needs += [view.fontMetrics().horizontalAdvance(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    return header.sectionSize(column) > max(needs)


def test_every_column_in_sight_at_the_default_width_and_whole_when_narrow(qtbot, browser_window):
    browser = open_browser(qtbot, browser_window)
    table = browser.table
    browser.resize(1160, 700)  # the browser's width on a laptop's screen
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert all(whole(table, c) for c in range(table.model().columnCount()))
    browser.resize(640, 700)  # a narrow window: the table scrolls sideways, nothing is squeezed to nothing
    settle(qtbot)
    em = table.fontMetrics().horizontalAdvance("会")
    assert all(whole(table, c) for c in range(table.model().columnCount()))
    assert table.horizontalHeader().sectionSize(CLAIM) >= CLAIM_CHARS * em
    summary = browser.summary_table
    last = summary.model().columnCount() - 1
    assert summary.horizontalHeader().sectionViewportPosition(last) + summary.columnWidth(last) \
        <= summary.viewport().width()  # the last stance's count in sight


def test_a_column_the_user_widens_keeps_its_width(qtbot, browser_window):
    browser = open_browser(qtbot, browser_window)
    header = browser.table.horizontalHeader()
    edge = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) - 1, header.height() // 2)
    before = header.sectionSize(2)
    qtbot.mousePress(header.viewport(), Qt.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(60, 0))
    qtbot.mouseRelease(header.viewport(), Qt.LeftButton, pos=edge + QPoint(60, 0))
    widened = header.sectionSize(2)
    assert widened > before
    browser.resize(browser.width() - 100, browser.height())
    settle(qtbot)
    assert header.sectionSize(2) == widened
