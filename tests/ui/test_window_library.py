"""The window reads a library of this Kaidan on the standard sqlite3 alone; a new or an old library is made or
upgraded through open_db first; edits are saved by the writer's own connection either way."""

from __future__ import annotations

import sqlite3

from core.store import open_db
from core.store.plain_library import PlainLibrary
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from tests.ui.waits import WAIT_MS


def test_a_library_of_this_kaidan_is_read_on_sqlite3_and_its_edits_are_saved(qtbot, seeds, library_of, make_window):
    path = library_of(seeds[:2])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=WAIT_MS)
    assert isinstance(window.db, PlainLibrary) and not window.read_only
    assert window.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # as open_db sets it
    shown = window.reader.article_id
    window.statuses.set_status("done", [shown])  # saved at once, on the writer's connection
    saved = sqlite3.connect(path).execute("SELECT status FROM articles WHERE id = ?", [shown]).fetchone()[0]
    assert saved == "done"
    window.undo_stack.undo()
    assert sqlite3.connect(path).execute("SELECT status FROM articles WHERE id = ?", [shown]).fetchone()[0] == "new"


def test_a_new_library_is_made_before_the_window_reads_it(tmp_path, make_window):
    window = make_window("new.db")
    assert (tmp_path / "new.db").is_file() and window.model.rowCount() == 0
    assert schema_version(window.db) == len(MIGRATIONS)
    assert window.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_library_open_elsewhere_reads_the_same_in_the_window(qtbot, seeds, library_of, make_window):
    """The window's connection and another's (a command's, open_db's) see the same rows."""
    path = library_of(seeds[:3])
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)
    other = open_db(path, readonly=True)
    try:
        query = "SELECT id, title, published FROM articles ORDER BY id"
        assert list(window.db.query(query)) == list(other.query(query))
    finally:
        other.close()
