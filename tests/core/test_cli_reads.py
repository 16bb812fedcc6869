"""The commands that only read (list, show, stats, meetings list, claims list, export) open the library on the standard
sqlite3 alone: what they print and write is, byte for byte, what they printed and wrote through sqlite-utils."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import core.cli.analysis_commands
import core.cli.library_commands
import core.cli.stats_command
from core.cli import main
from core.export_names import FORMATS
from core.store import open_db, read_library
from core.store.connection import open_reader
from core.store.plain_library import PlainLibrary
from core.store.errors import LibraryError
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from tests.core.before_marks import library_of_schema
from tests.shared_data import require

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    require(SEEDS)
    path = tmp_path_factory.mktemp("reads") / "lib.db"
    assert main(["import", "-q", str(SEEDS), *map(str, PAGES), "--db", str(path)]) == 0
    db = open_db(path)
    try:  # what the reads below must carry through: meetings and claims
        assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] > 0
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    finally:
        db.close()
    return path


def through_sqlite_utils(monkeypatch) -> None:
    """The commands open the library as they did before: open_db, a sqlite-utils Database."""
    for module in (core.cli.library_commands, core.cli.analysis_commands, core.cli.stats_command):
        monkeypatch.setattr(module, "read_library", lambda path: open_db(path, readonly=True))


def printed(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


READS = [["list"], ["list", "--json"], ["list", "--search", "会談"], ["list", "--limit", "3"], ["show", "1"],
         ["show", "2", "--json"], ["show", "3", "--raw"], ["meetings", "list"], ["meetings", "list", "--json", "--links"],
         ["meetings", "list", "--links"], ["claims", "list"], ["claims", "list", "--json", "--state", "all"],
         ["stats"], ["stats", "--json"]]


@pytest.mark.parametrize("argv", READS, ids=" ".join)
def test_a_read_prints_what_it_printed_through_sqlite_utils(library, capsys, monkeypatch, argv):
    now = printed(capsys, [*argv, "--db", str(library)])
    through_sqlite_utils(monkeypatch)
    before = printed(capsys, [*argv, "--db", str(library)])
    assert now == before
    assert now[0] == 0 and len(now[1]) > 40


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_writes_what_it_wrote_through_sqlite_utils(library, tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.setattr("core.export.card.now", lambda: "2026-01-01T00:00:00+00:00")  # the card's moment
    outs = tmp_path / "now", tmp_path / "before"
    now = printed(capsys, ["export", "--format", fmt, "--out", str(outs[0]), "--db", str(library)])
    through_sqlite_utils(monkeypatch)
    before = printed(capsys, ["export", "--format", fmt, "--out", str(outs[1]), "--db", str(library)])
    assert now[0] == before[0] == 0 and now[1].replace(str(outs[0]), "") == before[1].replace(str(outs[1]), "")
    files = sorted(p.relative_to(outs[0]) for p in outs[0].rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(outs[1]) for p in outs[1].rglob("*") if p.is_file())
    for name in files:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_the_reader_answers_queries_as_sqlite_utils_does(library):
    reader, db = open_reader(library), open_db(library, readonly=True)
    try:
        assert isinstance(reader, PlainLibrary) and reader.writer is None
        for sql, params in (("SELECT * FROM articles ORDER BY id", None),
                            ("SELECT a.id, m.id, m.id FROM articles a JOIN mentions m ON m.article_id = a.id "
                             "WHERE a.id = ? ORDER BY m.id", [1]),  # a name repeated: id, id_2, id_3
                            ("SELECT title FROM articles WHERE id = :id", {"id": 2})):
            assert list(reader.query(sql, params)) == list(db.query(sql, params))
        assert sorted(reader.table_names()) == sorted(db.table_names())
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == db.execute(
            "SELECT count(*) FROM articles").fetchone()
        with pytest.raises(sqlite3.OperationalError):  # a read-only connection: nothing is written through it
            reader.execute("DELETE FROM articles")
    finally:
        reader.close()
        db.close()


def test_an_older_library_is_upgraded_before_it_is_read(tmp_path, capsys):
    from core.article import Article
    from core.store.articles import insert_article

    path = tmp_path / "old.db"
    with library_of_schema(path, 13) as old:
        insert_article(old, Article(source="old.txt", source_format="txt", raw="日米外相が会談", title="日米外相が会談",
                                    paragraphs=["日米の外相が11日、東京で会談した。"]))
    assert open_reader(path) is None  # the reader alone cannot: the library is upgraded first
    code, out, _err = printed(capsys, ["list", "--db", str(path)])
    assert code == 0 and "日米外相が会談" in out
    db = read_library(path)
    assert schema_version(db) == len(MIGRATIONS) and isinstance(open_reader(path), PlainLibrary)
    db.close()


@pytest.mark.parametrize("make, said", [(lambda p: p.mkdir(), "is a folder"), (lambda p: None, "no library at"),
                                        (lambda p: p.write_bytes(b"not a database" * 100), "not a Kaidan library")])
def test_what_cannot_be_read_is_said_as_before(tmp_path, capsys, make, said):
    path = tmp_path / "lib.db"
    make(path)
    with pytest.raises(LibraryError, match=said):
        open_reader(path)
    code, _out, err = printed(capsys, ["list", "--db", str(path)])
    assert code == 2 and said in err and len(err.strip().splitlines()) == 1


def test_a_current_library_opens_without_sqlite_utils_and_still_takes_the_stores_writes(library, tmp_path):
    import shutil

    from core.store.articles import set_status
    from core.store.connection import open_current

    path = tmp_path / "copy.db"
    shutil.copy(library, path)
    db = open_current(path)
    try:
        assert isinstance(db, PlainLibrary) and db._database is None  # nothing of sqlite-utils yet
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        set_status(db, 1, "done")  # a store write: its tables come from sqlite-utils, on the same connection
        assert db._database is not None and db._database.conn is db.conn
    finally:
        db.close()
    assert sqlite3.connect(path).execute("SELECT status FROM articles WHERE id = 1").fetchone()[0] == "done"
    assert open_current(tmp_path / "new.db") is None  # a library still to be made: open_db makes it
