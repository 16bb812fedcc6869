"""A SQLite file of another program given as the library is refused and left exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest

from core.cli import main
from core.store import open_db
from core.store.connection import refuse_foreign
from core.store.db import LibraryError
from tests.reliability.helpers import SEEDS
from tests.shared_data import require


@pytest.fixture
def foreign(tmp_path):
    """Another program's database: its own tables and rows, no Kaidan schema."""
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    return path


def test_commands_refuse_another_programs_database_and_change_nothing(foreign, tmp_path, capsys):
    require(SEEDS)
    before = foreign.read_bytes()
    for args in (["list"], ["meetings", "list"], ["import", str(sorted(SEEDS.glob("*.txt"))[0])], ["analyze"],
                 ["export", "--format", "jsonl", "--out", str(tmp_path / "out")]):
        assert main([*args, "--db", str(foreign)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, err
        assert "not a Kaidan library" in err[0] and "bookmarks" in err[0], err
    assert foreign.read_bytes() == before  # no Kaidan table, no WAL switch
    tables = sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("bookmarks",)]


def test_an_empty_file_or_a_new_name_still_becomes_a_library(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for path in (empty, tmp_path / "new.db"):
        db = open_db(path)
        assert "articles" in db.table_names()
        db.close()


def test_opening_another_programs_database_in_code_raises_library_error(foreign):
    with pytest.raises(LibraryError, match="not a Kaidan library"):
        open_db(foreign)
    with pytest.raises(LibraryError, match="not a Kaidan library"):
        open_db(foreign, readonly=True)


def test_a_library_made_by_another_process_after_its_version_was_read_is_no_foreign_database(tmp_path):
    """The race of two first opens: one read version 0, then the other made the whole library before the check."""
    path = tmp_path / "new.db"
    open_db(path).close()  # the other process, done
    conn = sqlite3.connect(path)
    try:
        refuse_foreign(conn, path, 0)  # the version this process read before: stale, the library is Kaidan's
    finally:
        conn.close()
