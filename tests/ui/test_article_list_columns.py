"""The article list at 1280 and 1024 px, in English and Japanese: every column in the list, the title
taking the room, dates whole, status and cleaning as marks named on hover; the widths a user drags kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from core.store.articles import set_status
from tests.ui.i18n_walk import language
from tests.ui.waits import WAIT_MS, settle
from ui.common.plain import tooltip
from ui.reader.list_columns import CLEANING, DATE, OUTLET, STATUS, TITLE, WIDTH_KEYS, least_title, status_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"


@pytest.fixture
def library(tmp_path, seeds, library_of):
    """Seeds and a page the cleaner is unsure of (flagged for a check)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(FIXTURES / "footer_directory.txt", folder / "footer_directory.txt")
    return library_of([*seeds, folder])


def _open(qtbot, make_window, width: int):
    window = make_window()
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 6 and window.reader.article_id is not None
                    and window.reader.currentWidget() is window.reader.reader, timeout=WAIT_MS)
    settle(qtbot)  # the first article shown, the panes laid out again
    return window


def _shown_date(window) -> str:
    model = window.model
    return max((model.data(model.index(r, DATE)) or "" for r in range(model.rowCount())), key=len)


@pytest.mark.parametrize("code", ["en", "ja"])
@pytest.mark.parametrize("width", [1280, 1024])
def test_every_column_fits_the_list_and_the_title_takes_the_room(qapp, qtbot, library, make_window, code, width):
    with language(qapp, code):
        window = _open(qtbot, make_window, width)
        view = window.list_view
        header = view.horizontalHeader()
        visible = view.viewport().width()
        assert not any(header.isSectionHidden(c) for c in range(header.count()))
        right = header.sectionViewportPosition(CLEANING) + header.sectionSize(CLEANING)
        assert right <= visible  # nothing off the list's right edge (the user saw Status and Cleaning cut off)
        assert not view.horizontalScrollBar().isVisible()
        metrics = view.fontMetrics()
        # the longest date the list shows (≈2025-10-26, an inferred one) is whole
        assert header.sectionSize(DATE) >= metrics.horizontalAdvance(_shown_date(window)) + 8
        # the title keeps ten wide characters at least, and is the widest column
        assert header.sectionSize(TITLE) >= least_title(view)
        assert header.sectionSize(TITLE) == max(header.sectionSize(c) for c in range(header.count()))
        # status and cleaning are marks, far narrower than their words were ("check cleaning")
        for column in (STATUS, CLEANING):
            assert header.sectionSize(column) < metrics.horizontalAdvance(window.model.headerData(column, Qt.Horizontal)) + 24
            assert header.sectionSize(column) <= 32


def test_a_narrower_list_takes_room_from_the_outlet_before_the_title(qtbot, library, make_window):
    window = _open(qtbot, make_window, 1280)
    view, header = window.list_view, window.list_view.horizontalHeader()
    wide_outlet = header.sectionSize(OUTLET)
    window.splitter.setSizes([330, 900])  # a list a third narrower than the window gives it
    qtbot.waitUntil(lambda: header.sectionSize(OUTLET) < wide_outlet, timeout=30000)
    assert header.sectionSize(TITLE) >= least_title(view) - 24  # the title keeps about eight characters
    assert header.sectionViewportPosition(CLEANING) + header.sectionSize(CLEANING) <= view.viewport().width()


def _hide_tooltip(qtbot) -> None:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=30000)


def _tooltip_of(window, qtbot, row: int, column: int) -> str:
    view = window.list_view
    _hide_tooltip(qtbot)
    centre = view.visualRect(window.model.index(row, column)).center()
    event = QHelpEvent(QEvent.ToolTip, centre, view.viewport().mapToGlobal(centre))
    view.viewportEvent(event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _header_tooltip(window, qtbot, column: int) -> str:
    header = window.list_view.horizontalHeader()
    _hide_tooltip(qtbot)
    at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    header.viewportEvent(QHelpEvent(QEvent.ToolTip, at, header.viewport().mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def _ink(window, row: int, column: int) -> int:
    """How many pixels of the cell differ from its background."""
    view = window.list_view
    image = view.viewport().grab(view.visualRect(window.model.index(row, column))).toImage()
    ground = image.pixelColor(1, 1)
    return sum(image.pixelColor(x, y) != ground for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("code", ["en", "ja"])
def test_status_and_cleaning_marks_say_their_words_on_hover(qapp, qtbot, library, make_window, code):
    with language(qapp, code):
        window = _open(qtbot, make_window, 1280)
        model = window.model
        rows = range(model.rowCount())
        flagged = next(r for r in rows if model.data(model.index(r, CLEANING)))
        sure = next(r for r in rows if not model.data(model.index(r, CLEANING)))
        set_status(window.db, model.article_id(sure), "done")
        model.reload_now()
        qtbot.waitUntil(lambda: status_key(model.data(model.index(sure, STATUS))) == "done", timeout=30000)
        new = next(r for r in rows if status_key(model.data(model.index(r, STATUS))) == "new")
        settle(qtbot)
        # each status its own mark; a cleaning in doubt a mark, a sure one none
        assert _ink(window, sure, STATUS) > _ink(window, new, STATUS) > 0
        assert _ink(window, flagged, CLEANING) > 0 and _ink(window, sure, CLEANING) == 0
        # the words on hover, in the interface language: the status, the cleaner's reasons; the headers' names
        assert _tooltip_of(window, qtbot, sure, STATUS) == tooltip(model.data(model.index(sure, STATUS)))
        assert _tooltip_of(window, qtbot, flagged, CLEANING) == model.data(model.index(flagged, CLEANING), Qt.ToolTipRole)
        assert _tooltip_of(window, qtbot, sure, CLEANING) == ""
        assert _header_tooltip(window, qtbot, STATUS) == model.headerData(STATUS, Qt.Horizontal)
        assert _header_tooltip(window, qtbot, CLEANING) == model.headerData(CLEANING, Qt.Horizontal)
        if code == "ja":
            assert _header_tooltip(window, qtbot, STATUS) == "状態"
            assert "完了" in _tooltip_of(window, qtbot, sure, STATUS)


def test_an_outlet_cut_short_shows_whole_on_hover(qtbot, library, make_window):
    window = _open(qtbot, make_window, 1024)
    model, header = window.model, window.list_view.horizontalHeader()
    metrics = window.list_view.fontMetrics()
    cut = [r for r in range(model.rowCount())
           if metrics.horizontalAdvance(model.data(model.index(r, OUTLET)) or "") > header.sectionSize(OUTLET) - 8]
    whole = [r for r in range(model.rowCount()) if model.data(model.index(r, OUTLET)) and r not in cut]
    assert cut, "no outlet is cut at this width: the test shows nothing"
    assert _tooltip_of(window, qtbot, cut[0], OUTLET) == tooltip(model.data(model.index(cut[0], OUTLET)))
    if whole:
        assert _tooltip_of(window, qtbot, whole[0], OUTLET) == ""  # a whole one needs none


def _drag_divider(qtbot, header, column: int, by: int) -> None:
    """Drag the divider at the right edge of column by pixels, as a user does."""
    edge = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) - 1, header.height() // 2)
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, edge + QPoint(by // 2, 0))
    qtbot.mouseMove(viewport, edge + QPoint(by, 0))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=edge + QPoint(by, 0))


def test_the_widths_a_user_drags_are_kept_across_restarts(qtbot, library, make_window):
    window = _open(qtbot, make_window, 1280)
    header = window.list_view.horizontalHeader()
    window.model.reload_now()  # Kaidan's own work (a reload, a resize) is no choice of the user's
    window.resize(1200, 800)
    settle(qtbot)
    assert not any(QSettings().contains(key) for key in WIDTH_KEYS.values())
    before = header.sectionSize(OUTLET)
    _drag_divider(qtbot, header, OUTLET, 30)
    chosen = header.sectionSize(OUTLET)
    assert chosen >= before + 20
    window.resize(1024, 800)  # a narrower window does not undo what the user chose
    settle(qtbot)
    assert header.sectionSize(OUTLET) == chosen
    window.close()

    again = _open(qtbot, make_window, 1280)
    assert again.list_view.horizontalHeader().sectionSize(OUTLET) == chosen
    assert again.list_view.horizontalHeader().sectionSize(DATE) == header.sectionSize(DATE)  # not dragged: Kaidan's


def test_a_status_mark_copied_from_its_drawn_pixmap_matches_the_mark_drawn_in_the_cell(qapp):
    """The list copies each status mark from a pixmap drawn once: pixel for pixel what drawing it in the cell gave."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from ui.reader.list_columns import MARK, paint_status, status_mark

    for status in ("new", "in progress", "done"):
        for colour in (QColor("black"), QColor("white"), QColor(30, 120, 200)):
            for cell in (QRect(100, 20, 28, 25), QRect(57, 3, 28, 24), QRect(0, 0, 27, 31)):
                drawn, copied = (QImage(200, 60, QImage.Format_ARGB32) for _ in range(2))
                for image in (drawn, copied):
                    image.fill(Qt.transparent)
                painter = QPainter(drawn)
                paint_status(painter, cell, status, colour)
                painter.end()
                painter = QPainter(copied)
                centre = cell.center()
                painter.drawPixmap(centre.x() - MARK // 2, centre.y() - MARK // 2, status_mark(status, colour, 1.0))
                painter.end()
                assert drawn == copied, (status, colour.name(), cell)
                assert not drawn.isNull() and drawn != QImage(200, 60, QImage.Format_ARGB32)


def test_the_list_paints_each_rows_status_mark(qtbot, library, make_window):
    """Rows of each status show their own mark in the status cell (the copied pixmap lands in the cell)."""
    window = _open(qtbot, make_window, 1280)
    view, model = window.list_view, window.model
    set_status(window.db, model.article_id(0), "done")
    model.forget(model.article_id(0))
    view.viewport().repaint()
    image = view.viewport().grab().toImage()

    def ink(row: int) -> int:
        rect = view.visualRect(model.index(row, STATUS))
        background = image.pixelColor(rect.left() + 1, rect.top() + 1)
        return sum(image.pixelColor(x, y) != background for x in range(rect.left(), rect.right())
                   for y in range(rect.top(), rect.bottom()))

    assert model.data(model.index(0, STATUS)) != model.data(model.index(1, STATUS))
    assert ink(0) > ink(1) > 0  # a full disc for done, a ring for new


def test_choosing_rows_repaints_no_header_and_a_click_on_it_still_sorts(qtbot, library, make_window):
    """The header highlights no section, so a row chosen (by key, as a user steps through the list) leaves it
    as painted; a click on a column's header still sorts by it and shows its arrow."""
    from PySide6.QtCore import QObject
    from PySide6.QtTest import QTest

    window = _open(qtbot, make_window, 1280)
    view, header = window.list_view, window.list_view.horizontalHeader()
    painted = []

    class Paints(QObject):
        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Paint:
                painted.append(event.rect())
            return False

    watch = Paints()
    header.viewport().installEventFilter(watch)
    view.setFocus()
    for _ in range(3):
        QTest.keyClick(view, Qt.Key_Down)
        # past the quiet time of a run of rows: each row opens its article
        qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(3), timeout=30000)
    assert view.currentIndex().row() == 3 and painted == []
    QTest.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(TITLE) + 20, 5))
    qtbot.waitUntil(lambda: window.model.sort_key == "title", timeout=30000)
    qtbot.waitUntil(lambda: painted != [], timeout=30000)
    assert header.sortIndicatorSection() == TITLE
