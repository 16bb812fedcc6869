"""A long upgrade of an old library says what it does (backup, rows copied, compaction), on stderr for the
command line, and a stop in the middle leaves the old library as it was."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.store import open_db
from core.store import db as store_db
from core.store import migrations
from core.store.migrate import schema_version
from core.store.errors import LibraryBusy, LibraryError
from core.store.migrate import upgrade_is_long
from core.store.lock import writer_for
from core.store.migrations import MIGRATIONS
from core.store.upgrade import needs_long_upgrade, upgrade
from tests.core.test_migration_large_texts import ADDED_INDEXES, fingerprint, old_library

ROOT = Path(__file__).resolve().parents[2]


def read_fingerprint(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return fingerprint(conn) | {"version": conn.execute("PRAGMA user_version").fetchone()[0]}
    finally:
        conn.close()


def upgraded(before: dict) -> dict:
    """An old library's fingerprint once upgraded: every text as it was, the new indexes, today's version."""
    return before | {"version": len(MIGRATIONS), "indexes": sorted(before["indexes"] + ADDED_INDEXES)}


def test_the_upgrade_reports_its_steps_in_order_and_keeps_every_text(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "REBUILD_BATCH", 2)  # several batches out of a small library
    path = tmp_path / "old.db"
    old_library(path)
    before = read_fingerprint(path)
    assert needs_long_upgrade(path)
    steps = []
    db = open_db(path, progress=lambda done, total, what: steps.append((done, total, what)))
    after = fingerprint(db.conn)
    log = tmp_path / "old.db-wal"
    assert log.stat().st_size == 0  # the library open: the compacted copy is in its file, not its log
    db.close()
    assert after == {k: v for k, v in upgraded(before).items() if k != "version"}
    assert not needs_long_upgrade(path)
    whats = [what for _, _, what in steps]
    # each step begins after the one before it ends: backup, the rows copied, the compaction
    order = [whats[0]] + [b for a, b in zip(whats, whats[1:]) if a != b]
    assert order == ["backup", "rebuild articles", "index marks", "index mentions", "compact"]
    rows = [(done, total) for done, total, what in steps if what == "rebuild articles"]
    articles = before["articles"]
    assert [done for done, _ in rows] == [*range(2, articles, 2), articles]  # a report a batch
    assert {total for _, total in rows} == {articles}
    assert steps[-1] == (1, 1, "compact") and (0, 0, "compact") in steps
    marks = [(done, total) for done, total, what in steps if what == "index marks"]
    assert marks == [(done, articles) for done, _ in rows]  # the marks index told a batch at a time too
    pages = [(done, total) for done, total, what in steps if what == "backup" and total]
    assert pages and pages[-1][0] == pages[-1][1] > 0  # the backup reports its pages, up to all of them
    assert (tmp_path / "old.db.v13.bak").is_file()


def test_adding_the_marks_index_alone_is_a_long_upgrade_that_says_how_far_it_is(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "REBUILD_BATCH", 2)
    path = tmp_path / "marks.db"
    old_library(path)
    open_db(path).close()  # today's schema, then taken back to the one before the marks index
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_search_marks")
    for index in ADDED_INDEXES:  # (added after the marks)
        conn.execute(f"DROP INDEX {index}")
    conn.execute(f"PRAGMA user_version={MIGRATIONS.index(migrations._m15_search_marks)}")
    conn.commit()
    conn.close()
    articles = read_fingerprint(path)["articles"]
    assert needs_long_upgrade(path)
    steps = []
    open_db(path, progress=lambda done, total, what: steps.append((done, total, what))).close()
    marks = [(done, total) for done, total, what in steps if what == "index marks"]
    assert marks == [(done, articles) for done in [*range(2, articles, 2), articles]]
    assert "compact" not in {what for _, _, what in steps}  # nothing rewritten: no old pages to give back


def test_a_library_up_to_date_or_new_reports_nothing(tmp_path):
    steps = []
    open_db(tmp_path / "new.db", progress=lambda *step: steps.append(step)).close()
    open_db(tmp_path / "new.db", progress=lambda *step: steps.append(step)).close()
    assert steps == []
    assert not needs_long_upgrade(tmp_path / "new.db") and not needs_long_upgrade(tmp_path / "missing.db")
    (tmp_path / "notes.db").write_text("not a library")
    assert not needs_long_upgrade(tmp_path / "notes.db")


def test_the_command_line_tells_the_upgrade_on_stderr_and_keeps_stdout_clean(tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    run = subprocess.run([sys.executable, "main.py", "list", "--json", "--db", str(path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)) == read_fingerprint(path)["articles"]  # stdout: the listing alone
    told = [line for line in run.stderr.splitlines() if "upgrading the library" in line]
    assert told == ["kaidan: upgrading the library: backing up the library",
                    "kaidan: upgrading the library: rebuilding the articles table",
                    "kaidan: upgrading the library: indexing the marks of every article for search",
                    "kaidan: upgrading the library: indexing every article's mentions in reading order",
                    "kaidan: upgrading the library: compacting the library (giving back the old table's space)"]
    again = subprocess.run([sys.executable, "main.py", "list", "--json", "--db", str(path)],
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 0 and again.stderr == ""  # upgraded once: nothing more to say


STOPPED_IN_THE_REBUILD = """
import sys
from core.store import migrations
from core.store.db import open_db
migrations.REBUILD_BATCH = 2
held = []

def progress(done, total, what):
    if what.startswith("rebuild") and done < total and not held:
        held.append(done)
        print(f"copied {done} of {total}", flush=True)
        sys.stdin.readline()  # held here, rows copied and the transaction open, until the test says (or kills)

open_db(sys.argv[1], progress=progress)
"""


def _upgrading_elsewhere(path: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", STOPPED_IN_THE_REBUILD, str(path)], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().startswith("copied 2 of ")
    return process


def _waiting_command(path: Path, upgrader: subprocess.Popen) -> subprocess.Popen:
    """A command opening the library meanwhile, with a lock wait far shorter than the upgrade: it says once
    that it waits for the upgrade, and is still waiting well past its lock wait."""
    waiting = subprocess.Popen([sys.executable, "main.py", "list", "--json", "--db", str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=os.environ | {"KAIDAN_LOCK_WAIT": "1.5"})
    assert waiting.stderr.readline() == (f"kaidan: old.db is being upgraded by pid {upgrader.pid} (Kaidan, "
                                         "upgrading the library); waiting until the upgrade is done\n")
    # well past its lock wait of 1.5 s, by its clock as well (it began waiting before it said so), it still
    # looks at the lock: it has not given up
    assert _looks_again_after(waiting, time.monotonic() + 4)  # (before: "gave up after 1.5 s")
    return waiting


def _pauses(pid: int) -> int:
    """How many times the process's main thread went to sleep so far (a lock waiter pauses between looks)."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    return 0


def _looks_again_after(process: subprocess.Popen, moment: float, looks: int = 20) -> bool:
    """Whether the process, still running, paused between looks at the lock `looks` times after moment. A
    waiter that gave up at moment ends instead, and ending it does not pause between looks."""
    while time.monotonic() < moment and process.poll() is None:
        time.sleep(0.05)
    if process.poll() is not None:
        return False
    start = _pauses(process.pid)
    bound = time.monotonic() + 600  # against a hang only
    while process.poll() is None and _pauses(process.pid) < start + looks and time.monotonic() < bound:
        time.sleep(0.05)
    return process.poll() is None


def test_a_command_waits_for_another_process_s_upgrade_however_long(tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    articles = read_fingerprint(path)["articles"]
    upgrader = _upgrading_elsewhere(path)
    waiting = _waiting_command(path, upgrader)
    upgrader.communicate("go\n", timeout=600)  # the upgrade goes on and ends
    assert upgrader.returncode == 0
    out, err = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, err
    assert len(json.loads(out)) == articles
    assert "upgrading the library:" not in err and "gave up" not in err  # upgraded by the other process


def test_a_kill_in_the_middle_of_the_rebuild_leaves_the_old_library(tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    before = read_fingerprint(path)
    process = _upgrading_elsewhere(path)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert read_fingerprint(path) == before  # schema 13, every row and text as it was
    db = open_db(path)  # and it upgrades on the next opening
    assert schema_version(db) == len(MIGRATIONS)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_command_waiting_for_an_upgrader_that_is_killed_stops_waiting_and_upgrades(tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    before = read_fingerprint(path)
    upgrader = _upgrading_elsewhere(path)
    waiting = _waiting_command(path, upgrader)
    os.kill(upgrader.pid, signal.SIGKILL)  # its lock goes with it, and its transaction is rolled back
    upgrader.wait()
    out, err = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, err
    assert "kaidan: upgrading the library: rebuilding the articles table" in err
    assert len(json.loads(out)) == before["articles"]
    after = read_fingerprint(path)
    assert after == upgraded(before)


@contextmanager
def written_by_another_task(path: Path):
    """Another task of this process holds the library's write lock for the block."""
    held, release = threading.Event(), threading.Event()

    def writer():
        with writer_for(path).held():
            held.set()
            release.wait(600)  # (set by the test when it is done: a bound against a hang only)

    thread = threading.Thread(target=writer)
    thread.start()
    assert held.wait(600), "the other task never took the lock"
    try:
        yield
    finally:
        release.set()
        thread.join()


def test_an_upgrade_that_cannot_take_the_lock_says_so_and_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.2")
    path = tmp_path / "old.db"
    old_library(path)
    before = read_fingerprint(path)
    with written_by_another_task(path), pytest.raises(LibraryBusy, match="busy"):
        upgrade(path, progress=None)
    assert read_fingerprint(path) == before
    assert not (tmp_path / "old.db.v13.bak").exists()


def test_a_failed_rebuild_is_named_and_rolled_back(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old_library(path)
    before = read_fingerprint(path)

    def failing(done, total, what):
        if what.startswith("rebuild"):
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(LibraryError, match="disk full"):
        upgrade(path, failing)
    assert read_fingerprint(path) == before
    assert upgrade_is_long(before["version"])


def no_room_to_compact(monkeypatch) -> None:
    """VACUUM fails as on a disk without room for the copy it writes; every other statement runs."""
    real = store_db.Library.execute

    def execute(self, sql, *args, **kwargs):
        if sql.strip().upper() == "VACUUM":
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(store_db.Library, "execute", execute)


def test_a_compaction_without_room_leaves_the_upgrade_standing_and_says_what_it_needs(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old_library(path)
    before = read_fingerprint(path)
    no_room_to_compact(monkeypatch)
    steps = []
    db = open_db(path, progress=lambda *step: steps.append(step))
    live = db.execute("PRAGMA page_count").fetchone()[0] - db.execute("PRAGMA freelist_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    assert db.execute("PRAGMA freelist_count").fetchone()[0] > 0  # the old table's pages, kept
    db.close()
    assert read_fingerprint(path) == upgraded(before)
    later = [step for step in steps if step[2] == "compact later"]
    assert later == [steps[-1]]  # told once, last, in place of the compaction's end
    needed = later[0][1]
    assert later[0][0] == needed and (needed - 1) * 2**20 < 2 * live * size <= needed * 2**20
    assert (1, 1, "compact") not in steps


def test_the_command_line_says_once_that_the_library_was_not_compacted(capsys):
    from core.cli.progress import UpgradeProgress

    told = UpgradeProgress()
    told(0, 0, "compact")
    told(812, 812, "compact later")
    err = capsys.readouterr().err.splitlines()
    assert err == ["kaidan: upgrading the library: compacting the library (giving back the old table's space)",
                   "kaidan: the library was upgraded but not compacted (that needs about 812 MB free on its "
                   "disk): its file keeps the old table's space, which new articles fill first"]
