"""Two processes opening a new or an old library at once: both succeed, one upgrade, a full backup."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import sqlite_utils

from core.store import open_db
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from tests.reliability.helpers import ROOT

OPENERS = 4
OPEN = ("import sys\n"
        "from core.store import open_db\n"
        "sys.stdin.readline()\n"  # every opener starts at the same moment
        "db = open_db(sys.argv[1])\n"
        "print(db.execute('PRAGMA user_version').fetchone()[0])\n"
        "db.close()\n")


def open_at_once(path) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(OPENERS)]
    for proc in procs:  # all interpreters are up and waiting: release them together
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def old_library(path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")  # as every Kaidan library is
    old = sqlite_utils.Database(conn)
    for step in MIGRATIONS[:version]:
        step(old)
    old.execute(f"PRAGMA user_version={version}")
    conn.close()


def test_processes_creating_one_library_at_once_all_succeed(tmp_path):
    path = tmp_path / "new.db"
    for run in open_at_once(path):
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == str(len(MIGRATIONS))


def test_processes_upgrading_one_old_library_at_once_all_succeed(tmp_path):
    path = tmp_path / "old.db"
    old_library(path, 2)
    for run in open_at_once(path):
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == str(len(MIGRATIONS))
    backup = sqlite3.connect(tmp_path / "old.db.v2.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    backup.close()


def test_backup_before_an_upgrade_holds_what_is_only_in_the_wal(tmp_path):
    path = tmp_path / "old.db"
    old_library(path, len(MIGRATIONS) - 1)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    reader = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM articles").fetchone()  # an open reader keeps the WAL from the file
    writer.execute("INSERT INTO changes (at, action, target) VALUES ('2026-01-01', 'note', 'only in the wal')")
    writer.close()
    db = open_db(path)
    assert schema_version(db) == len(MIGRATIONS)
    db.close()
    reader.execute("COMMIT")
    reader.close()
    backup = sqlite3.connect(tmp_path / f"old.db.v{len(MIGRATIONS) - 1}.bak")
    assert backup.execute("SELECT target FROM changes").fetchall() == [("only in the wal",)]
    backup.close()


def test_an_upgrade_beside_a_reader_in_a_transaction_does_not_wait_out_the_lock(tmp_path, monkeypatch):
    """Emptying the log after the compaction waits for the reader a moment, not the lock's whole wait, during
    which every other writer of the library would wait for this upgrade."""
    import threading

    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "3600")
    path = tmp_path / "old.db"
    old_library(path, len(MIGRATIONS) - 1)
    reader = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    reader.execute("BEGIN")
    counted = reader.execute("SELECT count(*) FROM articles").fetchone()  # holds its snapshot until COMMIT
    versions: list[int] = []

    def upgrade() -> None:
        db = open_db(path)
        versions.append(schema_version(db))
        versions.append(db.execute("PRAGMA busy_timeout").fetchone()[0])  # the lock's wait, as before
        db.close()

    thread = threading.Thread(target=upgrade, daemon=True)
    thread.start()
    thread.join(600)  # against a hang, far below the lock's wait
    stuck = thread.is_alive()
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == counted  # its snapshot still reads
    reader.execute("COMMIT")
    reader.close()
    assert not stuck, "the upgrade waited out the lock's wait for a reader"
    assert versions == [len(MIGRATIONS), 3600 * 1000]
