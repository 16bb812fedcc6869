"""Far jumps in a long article list: the keys that go to its ends, and the rows painted where they land."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.long_library import ARTICLES, write_long_library


@pytest.fixture
def library(tmp_path):
    return write_long_library(tmp_path / "library.db")


@pytest.fixture
def window(qtbot, library, make_window):
    window = make_window(library.name)
    qtbot.waitUntil(lambda: window.model.rowCount() == ARTICLES and not window.model._workers, timeout=10000)
    qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(0), timeout=10000)
    window.list_view.setFocus()
    return window


def _current(window) -> int:
    return window.list_view.currentIndex().row()


def _chosen(window) -> list[int]:
    return [index.row() for index in window.list_view.selectionModel().selectedRows()]


@pytest.mark.parametrize("modifier", [Qt.NoModifier, Qt.ControlModifier])
def test_end_and_home_go_to_the_last_and_the_first_article(qtbot, window, modifier):
    qtbot.keyClick(window.list_view, Qt.Key_End, modifier)
    last = ARTICLES - 1
    assert (_current(window), _chosen(window)) == (last, [last])  # the row of the article shown is the one chosen
    qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(last), timeout=30000)
    assert window.list_view.rowAt(window.list_view.viewport().height() - 2) == last  # the last row in sight
    assert window.list_view.currentIndex().column() == 0  # the current cell stays in its column
    qtbot.keyClick(window.list_view, Qt.Key_Home, modifier)
    assert (_current(window), _chosen(window)) == (0, [0])
    qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(0), timeout=30000)
    assert window.list_view.rowAt(1) == 0


def test_end_in_an_empty_list_goes_nowhere(qtbot, window):
    window.search.setText("存在しない語")
    window._search_now()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10000)
    qtbot.keyClick(window.list_view, Qt.Key_End)
    assert _current(window) == -1


def test_left_and_right_keys_leave_the_row_where_it_is(qtbot, window):
    qtbot.keyClick(window.list_view, Qt.Key_Down)
    qtbot.keyClick(window.list_view, Qt.Key_Right)
    qtbot.keyClick(window.list_view, Qt.Key_Left)
    assert _current(window) == 1
