"""Articles another Kaidan process imports while the window is open join its list."""

from __future__ import annotations

from core.store.articles import set_status
from core.store.transactions import atomic
from tests.reliability.helpers import kaidan
from tests.ui.day_helpers import GRANT_TEXT, write_article

OTHER_TEXT = (
    "日中外相が電話会談\n\n"
    "【北京共同】中国の王毅外相は12日、日本の外相と電話会談し、両国関係の改善を確認した。\n"
)


def test_an_import_from_the_command_line_appears_in_the_open_window(qtbot, tmp_path, library_of, make_window):
    library_of([write_article(tmp_path / "first", "grant.txt", GRANT_TEXT)])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    shown = window.reader.article_id
    assert window.model.rowCount() == 1

    done = kaidan("--db", window.db_path, "import", str(write_article(tmp_path / "more", "other.txt", OTHER_TEXT)))
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=15000)
    assert window.import_notice.isVisible()
    assert window.import_notice.label.text() == "1 new article, imported outside this window"
    assert window.reader.article_id == shown  # the article being read stays in the reader
    assert window.count_label.text() == "2 articles"


def test_the_windows_own_edits_and_other_writes_are_not_new_articles(qtbot, tmp_path, library_of, make_window):
    db_path = library_of([write_article(tmp_path / "first", "grant.txt", GRANT_TEXT)])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    window.library_watch.timer.stop()  # looked at by hand below
    window.statuses.set_status("done")  # the window's own write, through its writer
    assert window.library_watch.check() == 0

    from core.store import open_db

    other = open_db(db_path)  # another connection changes an article but adds none
    with atomic(other):
        set_status(other, window.reader.article_id, "in progress")
    other.close()
    assert window.library_watch.check() == 0
    assert not window.import_notice.isVisible()


def test_the_windows_own_import_is_not_announced_as_from_outside(qtbot, tmp_path, window, import_and_wait):
    folder = write_article(tmp_path / "a", "grant.txt", GRANT_TEXT)
    write_article(folder, "other.txt", OTHER_TEXT)
    window.library_watch.timer.stop()  # looked at by hand below, after the import
    summary = import_and_wait(window, [folder], expected_rows=2)
    assert len(summary.imported) == 2
    assert window.library_watch.check() == 0
    assert window.import_notice.label.text().startswith("Import finished")
