"""Searching the list: Japanese two-character words, nonsense, Ctrl+F."""

from PySide6.QtCore import Qt

from core.store.articles import get_article


def search(qtbot, window, text):
    """Type a query and wait for the debounced, off-thread search to land."""
    with qtbot.waitSignal(window.model.refreshed, timeout=30000):
        window.search.setText(text)
    return window.model.rowCount()


def test_search_for_kaidan_filters_the_list(qtbot, seeded_window, seeds):
    shown = search(qtbot, seeded_window, "会談")
    assert 0 < shown <= len(seeds)
    for row in range(shown):
        article = get_article(seeded_window.db, seeded_window.model.article_id(row))
        assert "会談" in (article.title or "") + article.body
    assert seeded_window.count_label.text() == f"{shown} of {len(seeds)} articles"


def test_nonsense_query_gives_no_rows_and_clearing_restores(qtbot, seeded_window, seeds):
    assert search(qtbot, seeded_window, "ぬぽぽ蝦蟇xq") == 0
    assert search(qtbot, seeded_window, "") == len(seeds)


def test_two_character_country_pair_is_found(qtbot, seeded_window):
    assert search(qtbot, seeded_window, "米中") > 0


def test_return_searches_at_once(qtbot, seeded_window):
    seeded_window.search.setText("ぬぽぽ")
    with qtbot.waitSignal(seeded_window.model.refreshed, timeout=30000):
        qtbot.keyClick(seeded_window.search, Qt.Key_Return)
    assert seeded_window.model.rowCount() == 0


def test_ctrl_f_focuses_the_search_box(qtbot, seeded_window):
    seeded_window.activateWindow()
    seeded_window.list_view.setFocus()
    seeded_window.actions_by_name["find"].trigger()
    qtbot.waitUntil(seeded_window.search.hasFocus, timeout=30000)
