"""The marks drawn over the reader (meeting overlines, claim bars) stay on their words when it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor


def test_overlines_and_claim_bars_follow_a_scroll(qtbot, seeded_window, select_seed):
    window = seeded_window
    window.resize(900, 420)  # short: the seed's body scrolls
    select_seed(window, "004_")
    meetings, claims = window.meetings.layer, window.claims.layer
    body = meetings.body
    bar = body.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200)
    mention = meetings.mentions[-1]  # far down the article
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    viewport = body.viewport()
    # A scroll of the viewport moves its children: both sheets are back over it.
    assert meetings.marks.geometry() == viewport.rect()
    assert claims.margin.geometry() == viewport.rect()
    # The overline is painted just above its word, where the word is now.
    left, _right, top = meetings.marks.segments(mention)[0]
    cursor = QTextCursor(body.document())
    cursor.setPosition(meetings.spans.to_document(mention.start) + 1)
    word = body.cursorRect(cursor)
    painted = meetings.marks.mapTo(viewport, QPoint(int(left), int(top)))
    assert word.top() - 8 <= painted.y() <= word.bottom()
