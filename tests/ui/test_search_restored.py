"""The search a user typed comes back with the window, as the article and the sort do: shown in the search box,
the list narrowed by it, the article read still open; Esc then shows the whole list, and that is kept too."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from tests.ui.day_helpers import write_article
from tests.ui.waits import WAIT_MS

VISIT = "外相が訪米\n\n【東京】鈴木外相は3日、訪米に向けて出発した。\n"
PHONE = "首脳が電話会談\n\n【東京】田中首相は4日、韓国大統領と電話で会談した。\n"
TRADE = "貿易協議が開幕\n\n【東京】日中の貿易協議が5日、東京で開幕した。\n"


def library(tmp_path, library_of):
    folder = tmp_path / "articles"
    for name, text in (("visit.txt", VISIT), ("phone.txt", PHONE), ("trade.txt", TRADE)):
        write_article(folder, name, text)
    library_of([folder])


def opened(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=WAIT_MS)
    return window


def test_the_search_typed_is_in_the_box_and_on_the_list_after_a_restart(qtbot, tmp_path, library_of, make_window):
    library(tmp_path, library_of)
    window = opened(qtbot, make_window)
    assert window.model.rowCount() == 3
    window.search.setFocus()
    window.search.insert("会談")  # as an input method commits it (a key press cannot carry kanji)
    with qtbot.waitSignal(window.model.refreshed, timeout=WAIT_MS):
        qtbot.keyClick(window.search, Qt.Key_Return)
    assert window.model.rowCount() == 1
    read = window.reader.article_id
    window.close()

    again = opened(qtbot, make_window)
    assert again.search.text() == "会談"  # before: an empty box over the whole list
    assert again.model.search == "会談" and again.model.rowCount() == 1
    assert again.reader.article_id == read
    assert again.count_label.text() == "1 of 3 articles"
    again.search.setFocus()
    with qtbot.waitSignal(again.model.refreshed, timeout=WAIT_MS):
        qtbot.keyClick(again.search, Qt.Key_Escape)  # the whole list again: and so at the next start
    assert again.model.rowCount() == 3
    again.close()

    third = opened(qtbot, make_window)
    assert third.search.text() == "" and third.model.rowCount() == 3


def test_a_search_typed_without_return_is_kept_once_the_list_has_searched_it(qtbot, tmp_path, library_of,
                                                                             make_window):
    library(tmp_path, library_of)
    window = opened(qtbot, make_window)
    with qtbot.waitSignal(window.model.refreshed, timeout=WAIT_MS):
        window.search.insert("貿易")  # the list follows after a pause, as it searches
    assert window.model.rowCount() == 1
    window.close()
    again = opened(qtbot, make_window)
    assert again.search.text() == "貿易" and again.model.rowCount() == 1


def test_a_stored_search_of_another_kind_opens_the_whole_list(qtbot, tmp_path, library_of, make_window):
    library(tmp_path, library_of)
    QSettings().setValue("list/search", ["a", "b"])  # a hand-edited settings file
    window = opened(qtbot, make_window)
    assert window.search.text() == "" and window.model.rowCount() == 3
