"""Opening an article, by each way a user has: its text, highlights, panels and meeting marks all shown;
a click opens at once, a quick run of rows opens only the row it stops at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from core.store.articles import get_article
from core.store.claims import claims_for
from core.store.meetings import meeting_mentions_for
from core.store.mentions import mentions_for
from tests.ui.waits import settle
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
        qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=30000)
        view.setFocus()
        if target == 0:  # the first row has no row above: come to it from below
            QTest.keyClick(view, Qt.Key_Down)
            qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=30000)
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
    qtbot.waitUntil(lambda: window.reader.article_id == article_id, timeout=30000)
    _assert_shown(window, article_id)


def test_a_click_opens_at_once_and_a_quick_run_of_rows_opens_only_the_last(qtbot, entity_window):
    window = entity_window
    view, model = window.list_view, window.model
    qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=30000)
    shown = []
    window.article_shown.connect(shown.append)
    first = next(r for r in range(model.rowCount()) if model.article_id(r) != window.reader.article_id)
    QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(model.index(first, 0)).center())
    assert shown == [model.article_id(first)]  # opened by the click itself, no timer waited for
    qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=30000)
    start = 0
    window.select_row(start)
    qtbot.waitUntil(lambda: not window._select_timer.isActive(), timeout=30000)
    shown.clear()
    view.setFocus()
    for _ in range(3):  # a key held down: rows pass faster than the quiet time
        QTest.keyClick(view, Qt.Key_Down)
    assert shown == [model.article_id(start + 1)]  # the first opened at once, the rows after it wait
    qtbot.waitUntil(lambda: window.reader.article_id == model.article_id(start + 3), timeout=30000)
    assert shown == [model.article_id(start + 1), model.article_id(start + 3)]  # row 2 was passed, never opened
    _assert_shown(window, model.article_id(start + 3))


def _write(folder, name: str, title: str, paragraphs: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def test_the_reader_scroll_bar_follows_each_article_and_the_text_fills_the_width_left(
        qtbot, tmp_path, library_of, make_window):
    """Long after long keeps the scroll bar (the text laid out once, beside it); a short article after a long
    one loses it, its text as wide as the reader then."""
    folder = tmp_path / "articles"
    sentence = "外務省は11日、日米両政府が東京で外相会談を開き、経済安全保障での協力を確認したと発表した。"
    _write(folder, "long1.txt", "日米外相が会談", [sentence * 3] * 40)
    _write(folder, "long2.txt", "日中首脳が電話会談", [sentence * 2] * 50)
    _write(folder, "short.txt", "短い記事", ["両外相は会談した。"])
    library_of([folder])
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3 and window.reader.article_id is not None, timeout=10000)
    body = window.reader.reader.body
    ids = {Path(get_article(window.db, window.model.article_id(r)).source).stem: window.model.article_id(r)
           for r in range(3)}
    resized = []

    class Resizes(QObject):
        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Resize:
                resized[-1] += 1
            return False

    counter = Resizes()
    body.viewport().installEventFilter(counter)
    for title, bar_shown in (("long1", True), ("long2", True), ("short", False), ("long1", True)):
        resized.append(0)
        window.go_to_article(ids[title])
        # (a busy machine may lay the first article out after a few turns of the event loop)
        start = get_article(window.db, ids[title]).body[:20]
        qtbot.waitUntil(lambda: window.reader.reader.body_text().startswith(start)
                        and body.verticalScrollBar().isVisible() is bar_shown, timeout=30000)
        settle(qtbot)  # the text laid out again for the width left beside the bar
        assert window.reader.reader.body_text().startswith(get_article(window.db, ids[title]).body[:20])
        assert body.verticalScrollBar().isVisible() is bar_shown, title
        assert body.document().textWidth() == body.viewport().width()  # laid out for the width it has
    # long after long: the scroll bar stayed and the text kept its width (it was hidden and shown again, the
    # text laid out at each width); a short one after a long one, and back: one change each
    assert resized[1:] == [0, 1, 1]
