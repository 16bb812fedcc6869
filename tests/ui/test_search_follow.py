"""The reader follows the list's search: hits that leave out the article read open the first hit, no hit
says so in its place, and Esc in the search box clears the search."""

from PySide6.QtCore import Qt

from core.store.articles import get_article
from tests.ui.claim_helpers import type_japanese


def typed_search(qtbot, window, text):
    """Type a query in the search box (as an input method commits it) and wait for its list."""
    window.search.setFocus()
    window.search.selectAll()
    with qtbot.waitSignal(window.model.refreshed, timeout=10000):
        type_japanese(window.search, text)


def word_missing_from(window, article) -> str:
    """A phrase of another seed's body that the article shown does not hold."""
    text = (article.title or "") + article.body
    for row in range(window.model.rowCount()):
        other = get_article(window.db, window.model.article_id(row))
        phrase = other.body.strip()[:8]
        if other.id != article.id and len(phrase) == 8 and "\n" not in phrase and phrase not in text:
            return phrase
    raise AssertionError("every seed's opening is in the article shown")


def test_hits_leaving_out_the_article_read_open_the_first_hit(qtbot, entity_window):
    window = entity_window
    shown = get_article(window.db, window.reader.article_id)
    query = word_missing_from(window, shown)
    typed_search(qtbot, window, query)
    assert window.model.rowCount() >= 1
    first = window.model.article_id(0)
    assert query in get_article(window.db, first).body
    qtbot.waitUntil(lambda: window.reader.article_id == first, timeout=30000)
    assert window.list_view.currentIndex().row() == 0
    assert window.reader.currentWidget() is window.reader.reader
    body = window.reader.reader.body
    qtbot.waitUntil(lambda: len(body.extraSelections()) >= 1, timeout=30000)  # the hit painted in it
    body.setFocus()
    qtbot.keyClick(body, Qt.Key_F3)
    assert body.textCursor().selectedText() == query
    assert "No hits" not in window.statusBar().currentMessage()


def test_no_hit_says_so_and_esc_brings_back_the_article_and_the_list(qtbot, entity_window, seeds):
    window = entity_window
    shown = window.reader.article_id
    body = window.reader.reader.body
    typed_search(qtbot, window, window.reader.reader.body_text()[:4])
    body.setFocus()
    qtbot.keyClick(body, Qt.Key_F3)
    assert "Hit 1 of" in window.statusBar().currentMessage()
    typed_search(qtbot, window, "ぬぽぽ蝦蟇xq")
    assert "Hit" not in window.statusBar().currentMessage()  # no word of the search before
    assert window.model.rowCount() == 0
    assert window.reader.currentWidget() is window.reader.nothing
    assert "ぬぽぽ蝦蟇xq" in window.reader.nothing.text()
    assert window.entities.mentions == [] and window.claims.claims == []  # the panels drop the article left
    window.reader.reader.body.setFocus()
    qtbot.keyClick(window.reader.reader.body, Qt.Key_F3)
    assert "No article matches" in window.statusBar().currentMessage()
    window.search.setFocus()
    with qtbot.waitSignal(window.model.refreshed, timeout=10000):
        qtbot.keyClick(window.search, Qt.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() == len(seeds)
    qtbot.waitUntil(lambda: window.reader.article_id == shown, timeout=30000)
    assert window.reader.currentWidget() is window.reader.reader


def test_esc_in_an_empty_search_box_goes_to_the_list(qtbot, seeded_window):
    window = seeded_window
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus, timeout=30000)
    qtbot.keyClick(window.search, Qt.Key_Escape)
    qtbot.waitUntil(window.list_view.hasFocus, timeout=30000)
