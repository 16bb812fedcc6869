"""An article's standing warning ("Check cleaning: …") comes back on the status line when a passing message ends.

A timed message (a saved edit's "… (Ctrl+Z undoes)", a search's "Hit 2 of 5") ended by clearing the line, and the
warning of the article still shown stayed gone until the article was opened again.
"""

from __future__ import annotations

from tests.ui.test_cleaning_check import _window_of


def _open(window, qtbot, row):
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(row)


def test_the_warning_comes_back_after_an_edits_message(qtbot, tmp_path, library_of, make_window):
    window, rows = _window_of(("footer_directory.txt", "anchored_article.txt"), qtbot, tmp_path, library_of, make_window)
    status = window.statusBar()
    _open(window, qtbot, rows["footer_directory.txt"])
    warning = status.currentMessage()
    assert warning.startswith("Check cleaning: very short body")

    assert window.article_date.set_date(window.reader.article_id, "2008-05-13")  # a saved edit, said for 6 s
    assert status.currentMessage() == "Set Article Date to 2008-05-13 (Ctrl+Z undoes)"
    qtbot.waitUntil(lambda: status.currentMessage() != "Set Article Date to 2008-05-13 (Ctrl+Z undoes)",
                    timeout=15000)
    assert status.currentMessage() == warning  # the same words, standing again

    status.showMessage("Copied", 50)  # any passing message, whoever says it
    qtbot.waitUntil(lambda: status.currentMessage() != "Copied", timeout=5000)
    assert status.currentMessage() == warning
    status.clearMessage()  # a message cleared by hand ("Hit 2 of 5" of a search left) leaves the warning too
    assert status.currentMessage() == warning


def test_an_article_without_a_doubt_shows_no_warning_after_a_message(qtbot, tmp_path, library_of, make_window):
    window, rows = _window_of(("footer_directory.txt", "anchored_article.txt"), qtbot, tmp_path, library_of, make_window)
    status = window.statusBar()
    _open(window, qtbot, rows["footer_directory.txt"])
    assert status.currentMessage().startswith("Check cleaning:")
    _open(window, qtbot, rows["anchored_article.txt"])
    assert status.currentMessage() == ""  # the article before's warning left with it

    status.showMessage("Copied", 50)
    qtbot.waitUntil(lambda: status.currentMessage() != "Copied", timeout=5000)
    assert status.currentMessage() == ""  # and does not come back under a sure article


def test_the_warning_leaves_with_its_article_when_a_search_shows_none(qtbot, tmp_path, library_of, make_window):
    window, rows = _window_of(("footer_directory.txt", "anchored_article.txt"), qtbot, tmp_path, library_of, make_window)
    status = window.statusBar()
    _open(window, qtbot, rows["footer_directory.txt"])
    assert status.currentMessage().startswith("Check cleaning:")

    window.search.setText("この検索に合う記事はない")
    qtbot.waitUntil(lambda: window.reader.article_id is None, timeout=10000)
    assert status.currentMessage() == ""  # no article shown, no article's warning
    status.showMessage("Copied", 50)
    qtbot.waitUntil(lambda: status.currentMessage() != "Copied", timeout=5000)
    assert status.currentMessage() == ""
