"""A write that must wait for another process: bounded, said in one line, and never shown as done."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.shared_data import require

from core.jobs import import_paths
from core.store import open_db
from tests.reliability.helpers import ROOT, SEEDS, kaidan, statuses_seen_by_a_new_process

@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)

HOLD = ("import sys\n"
        "from core.store import atomic, open_db\n"
        "from core.store.lock import configure\n"
        "configure(label='kaidan import')\n"
        "db = open_db(sys.argv[1])\n"
        "with atomic(db):\n"
        "    print('held', flush=True)\n"
        "    sys.stdin.readline()\n"
        "db.close()\n")


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "lib.db"
    assert len(import_paths(sorted(SEEDS.glob("*.txt"))[:2], path).imported) == 2
    return path


class Holder:
    """Another process in the middle of a write transaction on the library, until released."""

    def __init__(self, path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.proc.stdout.readline().strip() == "held", self.proc.stderr.read()

    def release(self) -> None:
        self.proc.communicate("\n", timeout=60)
        assert self.proc.returncode == 0


def test_a_busy_library_is_one_line_naming_the_holder(library):
    holder = Holder(library)
    try:
        for args in (["analyze"], ["import", str(sorted(SEEDS.glob("*.txt"))[3])]):
            run = kaidan(*args, "--db", str(library), env={"KAIDAN_LOCK_WAIT": "0.5"})
            assert run.returncode == 1
            assert "Traceback" not in run.stderr
            last = run.stderr.strip().splitlines()[-1]
            assert "busy" in last and f"pid {holder.proc.pid} (kaidan import)" in last
    finally:
        holder.release()
    run = kaidan("analyze", "--db", str(library), env={"KAIDAN_LOCK_WAIT": "0.5"})
    assert run.returncode == 0, run.stderr


def test_import_analyses_with_no_write_transaction_open(tmp_path, monkeypatch):
    """Entity, claim and meeting detection run before the article's transaction, not inside it."""
    path = tmp_path / "lib.db"
    open_db(path).close()
    writes_during_analysis = []

    def probe(*args, **kwargs):
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # fails at once if the import holds the write lock
            other.execute("ROLLBACK")
            writes_during_analysis.append("possible")
        except sqlite3.OperationalError as exc:
            writes_during_analysis.append(str(exc))
        finally:
            other.close()
        return real_detect(*args, **kwargs)

    import core.analysis
    import core.import_analysis
    real_detect = core.analysis.detect
    monkeypatch.setattr(core.analysis, "detect", probe)
    monkeypatch.setattr(core.import_analysis, "detect", probe)
    summary = import_paths(sorted(SEEDS.glob("*.txt"))[:3], path)
    assert len(summary.imported) == 3
    assert writes_during_analysis == ["possible"] * 3


def test_a_window_edit_that_cannot_be_saved_is_not_kept(qtbot, library, monkeypatch):
    from ui.window.main_window import MainWindow

    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.5")
    window = MainWindow(library)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    stack = window.undo_stack

    holder = Holder(library)
    try:
        window.statuses.set_status("done", [1])
        assert stack.count() == 0 and not stack.canUndo()
        message = window.statusBar().currentMessage()
        assert message.startswith("Not saved") and f"pid {holder.proc.pid} (kaidan import)" in message
        assert statuses_seen_by_a_new_process(library)[1] == "new"
    finally:
        holder.release()

    window.statuses.set_status("done", [1])  # the same edit, once the other process is done
    assert stack.count() == 1 and statuses_seen_by_a_new_process(library)[1] == "done"

    holder = Holder(library)
    try:
        stack.undo()
        qtbot.waitUntil(stack.canUndo, timeout=2000)  # refused for now: the step stays, to undo again
        assert stack.count() == 1
        assert window.statusBar().currentMessage().startswith("Could not undo")
        assert statuses_seen_by_a_new_process(library)[1] == "done"
    finally:
        holder.release()
    stack.undo()  # the other process is done: the same undo goes through
    assert statuses_seen_by_a_new_process(library)[1] == "new"
    window.close()


def test_writes_of_two_threads_take_turns_and_a_long_wait_is_refused(library, monkeypatch):
    """The window's own threads (its edits, an import worker) share the one write lock."""
    import threading

    from core.store import atomic
    from core.store.articles import set_status
    from core.store.errors import LibraryBusy

    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.3")
    held, release = threading.Event(), threading.Event()

    def worker() -> None:
        db = open_db(library)
        with atomic(db):
            set_status(db, 2, "done")
            held.set()
            release.wait(600)  # (set by the test when it is done: a bound against a hang only)
        db.close()

    thread = threading.Thread(target=worker)
    thread.start()
    assert held.wait(600), "the worker never began its transaction"
    window = open_db(library)
    try:
        with pytest.raises(LibraryBusy, match="another task of this"):
            set_status(window, 1, "done")
    finally:
        release.set()
        thread.join(30)
    set_status(window, 1, "done")  # once the worker's transaction is over
    assert statuses_seen_by_a_new_process(library) == {1: "done", 2: "done"}
    window.close()


def test_analysis_computed_for_an_older_body_is_not_stored(library):
    """Detection runs outside the transaction; if the body was re-cleaned meanwhile, its offsets are stale."""
    from core.analysis import DETECTOR_VERSION, detect
    from core.claims.suggest import suggest
    from core.meetings.plan import plan_meetings
    from core.meetings.store_plan import store_meetings
    from core.store.claims import replace_candidates
    from core.store.mentions import mentions_for, replace_detected
    from core.store.registry import load_registry

    db = open_db(library)
    registry = load_registry(db)
    old = db.execute("SELECT body FROM articles WHERE id = 1").fetchone()[0]
    found = detect(old, registry)
    candidates = suggest(old, found)
    plan = plan_meetings(old, found, None, None, registry)
    before = mentions_for(db, 1)
    db.execute("UPDATE articles SET body = ? WHERE id = 1", ["別の本文。" + old])  # re-cleaned meanwhile
    replace_detected(db, 1, old, found, DETECTOR_VERSION)
    assert replace_candidates(db, 1, old, candidates) == 0
    assert store_meetings(db, 1, old, plan).mentions == 0
    assert mentions_for(db, 1) == before
    db.close()
