"""Thousands of articles shown one after another: the count of references to None never falls.

PySide6 6.12.0 drops a reference to None on every Qt call that returns
nothing; after a few hundred articles None's count reaches zero and Python
aborts the window ("none_dealloc"). Whatever the installed PySide6, this test
shows articles as a reader would (selecting them in the list) and stops at the
first sign of a steady fall, before the interpreter would die.
"""

from __future__ import annotations

import sys
import time


from tests.shared_data import require
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from window_fixtures import SHARED, library_window, quiet_settings, window_on  # noqa: F401 (fixtures)

ARTICLES = 200
SHOWN = 2000
# None's count moves with whatever Python holds at the moment (a few hundred
# either way); 6.12.0 lost about 230 per article shown, so this is crossed
# within a handful of articles, long before the count could reach zero.
ALLOWED_FALL = 1000
# The first articles shown settle what the window holds once (the side panels added after the first paint,
# the list's first rows read and let go: on a loaded machine a one-off fall of ~1,600 was seen among them):
# the count is taken after these.
WARM_UP = 20
WAIT_SECONDS = 10


def shown_in_reader(window, article_id: int) -> bool:
    """Let the window work until the reader shows article_id (False after WAIT_SECONDS)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while window.reader.article_id != article_id:
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.AllEvents, 50)
    return True


def test_showing_thousands_of_articles_never_drops_references_to_none(library_window, monkeypatch):
    paths = sorted(require(SHARED / "corpus" / "wikinews" / "txt", "the Wikinews corpus").glob("*.txt"))[:ARTICLES]
    assert len(paths) == ARTICLES, "the Wikinews corpus holds fewer articles than this test shows"
    monkeypatch.setattr("ui.window.main_window.SELECT_DELAY_MS", 0)  # no debounce between two selections
    window = library_window(paths)
    window.resize(640, 400)
    rows = window.model.rowCount()
    assert rows == ARTICLES
    for row in range(WARM_UP + 1):
        window.select_row(row % rows)
        shown_in_reader(window, window.model.article_id(row % rows))
    start = sys.getrefcount(None)
    lowest = start
    for step in range(1, SHOWN + 1):
        row = step % rows
        window.select_row(row)
        assert shown_in_reader(window, window.model.article_id(row)), f"article {step} never shown"
        lowest = min(lowest, sys.getrefcount(None))
        assert lowest >= start - ALLOWED_FALL, (
            f"references to None fell by {start - lowest} after {step} articles shown: "
            "this PySide6 loses a reference on Qt calls and will abort the window")
