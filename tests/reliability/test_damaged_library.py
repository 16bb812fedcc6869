"""A library damaged past its first page (a disk fault, a copy cut short) opens, then fails at the first read
of a damaged page: every command says so in one line naming the file, exits 2, and shows no traceback. So does
a library a newer Kaidan wrote, left exactly as it was."""

from __future__ import annotations

import json
import sqlite3

import pytest

from core.cli import main
from tests.reliability.helpers import SEEDS
from tests.shared_data import require


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    """The seeds' library with the articles table's root page overwritten: the schema still reads."""
    require(SEEDS)
    path = tmp_path_factory.mktemp("damaged") / "library.db"
    assert main(["--db", str(path), "import", str(SEEDS)]) == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    return path


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["stats"], ["export", "--format", "jsonl"]])
def test_every_command_names_the_damaged_library_in_one_line(damaged, command, tmp_path, capsys):
    if command[0] == "export":
        command = [*command, "--out", str(tmp_path / "out")]
    assert main(["--db", str(damaged), *command]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"kaidan: {damaged} is damaged (database disk image is malformed): keep a copy of the file, then "
        f"restore a backup or rescue what it holds with: sqlite3 {damaged} .recover"]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_an_error_that_is_no_damage_is_not_called_one(tmp_path):
    from core.store.errors import damaged as damage_of

    assert damage_of(sqlite3.OperationalError("no such table: x"), tmp_path / "a.db") is None
    assert damage_of(sqlite3.DatabaseError("file is not a database"), tmp_path / "a b.db") is not None


@pytest.mark.parametrize("command", [["list"], ["stats"], ["import", "missing.txt"]])
def test_a_library_of_a_newer_kaidan_is_named_with_what_to_do(command, tmp_path, capsys):
    from core.store.migrations import MIGRATIONS

    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 5}")
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path), *command]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"kaidan: {path}: library schema {len(MIGRATIONS) + 5} is newer than this Kaidan ({len(MIGRATIONS)}); "
        f"open it with the newer Kaidan that wrote it"]
    assert path.read_bytes() == before


def test_a_damaged_library_among_those_merged_is_named_and_the_others_go_in(damaged, tmp_path, capsys):
    require(SEEDS)
    sound = tmp_path / "sound.db"
    assert main(["--db", str(sound), "import", str(SEEDS)]) == 0
    capsys.readouterr()
    team = tmp_path / "team.db"
    assert main(["--db", str(team), "merge", str(damaged), str(sound), "--out", str(team)]) == 1
    out = capsys.readouterr()
    assert f"{damaged}: {damaged} is damaged (database disk image is malformed)" in out.out
    assert "Traceback" not in out.err and str(team) not in out.out + out.err
    assert main(["--db", str(team), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"]["total"] == 5
