"""Opening an article, by each way a user has: its text, highlights, panels and meeting marks all shown;
a click opens at once, a quick run of rows opens only the row it stops at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.store.articles import get_article
from core.store.claims import claims_for
from core.store.meetings import meeting_mentions_for
from core.store.mentions import mentions_for
from ui.claims.controller import SHOWN_STATES


def _row_of_seed(window, name: str) -> int:
    return next(r for r in range(window.model.rowCount())
                if name in get_article(window.db, window.model.article_id(r)).source)


def _assert_shown(window, article_id: int) -> None:
    """The reader, its highlights, the entity and claim panels and the meeting marks are the article's."""
    db, article = window.db, get_article(window.db, article_id)
    assert window.reader.article_id == article_id
    assert window.reader.reader.body_text() == article.body
    assert window.list_view.currentIndex().row() == window.model.row_of(article_id)
    mentions = mentions_for(db, article_id)
    assert mentions and window.entities.mentions == mentions
    highlighter = window.entities.layer.highlighter
    painted = sum(len(highlighter.pieces(n)) for n in range(window.reader.reader.body.document().blockCount()))
    assert painted >= len(mentions)  # every mention painted (one across paragraphs in pieces)
    assert window.entities.panel.tree.topLevelItemCount() > 0
    claims = claims_for(db, article_id, SHOWN_STATES)
    assert [c.id for c in window.claims.claims] == [c.id for c in claims]
    assert window.claims.panel.tree.topLevelItemCount() == len(claims)
    assert window.meetings.layer.mentions == meeting_mentions_for(db, article_id)


@pytest.mark.parametrize("way", ["click", "key down", "search result", "link"])
def test_each_way_of_opening_shows_the_text_its_highlights_and_its_panels(qtbot, entity_window, way):
    window = entity_window  # showing seed 000
    target = _row_of_seed(window, "002_")
    article_id = window.model.article_id(target)
    view = window.list_view
    if way == "click":
        QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(window.model.index(target, 0)).center())
    elif way == "key down":
        window.select_row(target - 1) if target else None
        qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=5000)
        view.setFocus()
        if target == 0:  # the first row has no row above: come to it from below
            QTest.keyClick(view, Qt.Key_Down)
            qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=5000)
            QTest.keyClick(view, Qt.Key_Up)
        else:
            QTest.keyClick(view, Qt.Key_Down)
    elif way == "search result":
        title = get_article(window.db, article_id).title
        with qtbot.waitSignal(window.model.refreshed, timeout=10000):
            window.search.setText(title[:6])
            window._search_now()
        row = window.model.row_of(article_id)
        assert row is not None
        QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(window.model.index(row, 0)).center())
    else:  # a link from a meeting, a claim or an entity's article list
        window.set_raw_mode(True)
        window.go_to_article(article_id, clean=True)
        assert not window.reader.raw_mode
    qtbot.waitUntil(lambda: window.reader.article_id == article_id, timeout=5000)
    _assert_shown(window, article_id)


def test_a_click_opens_at_once_and_a_quick_run_of_rows_opens_only_the_last(qtbot, entity_window):
    window = entity_window
    view, model = window.list_view, window.model
    qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=5000)
    shown = []
    window.article_shown.connect(shown.append)
    first = next(r for r in range(model.rowCount()) if model.article_id(r) != window.reader.article_id)
    QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(model.index(first, 0)).center())
    assert shown == [model.article_id(first)]  # opened by the click itself, no timer waited for
    qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=5000)
    start = 0
    window.select_row(start)
    qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=5000)
    shown.clear()
    view.setFocus()
    for _ in range(3):  # a key held down: rows pass faster than the quiet time
        QTest.keyClick(view, Qt.Key_Down)
    assert shown == [model.article_id(start + 1)]  # the first opened at once, the rows after it wait
    qtbot.waitUntil(lambda: window.reader.article_id == model.article_id(start + 3), timeout=5000)
    assert shown == [model.article_id(start + 1), model.article_id(start + 3)]  # row 2 was passed, never opened
    _assert_shown(window, model.article_id(start + 3))
