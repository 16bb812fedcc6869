"""The window and the command line on one library: no edit of the window is ever lost."""

from __future__ import annotations

import pytest

from core.jobs import import_paths
from core.store import open_db
from core.store.articles import set_status
from tests.reliability.helpers import SEEDS, drop_posix_locks, kaidan, statuses_seen_by_a_new_process

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds are not next to the project")


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "lib.db"
    summary = import_paths(sorted(SEEDS.glob("*.txt"))[:3], path)
    assert len(summary.imported) == 3
    return path


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["export", "--format", "jsonl", "--out", "OUT"],
                                     ["analyze", "2"]])
def test_a_command_beside_a_window_that_lost_its_locks_loses_no_edit(library, tmp_path, command):
    window = open_db(library)  # the window's connection, open for the whole session
    set_status(window, 1, "done")
    drop_posix_locks(library)
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    run = kaidan(*args, "--db", str(library))
    assert run.returncode == 0, run.stderr
    set_status(window, 3, "in progress")  # an edit made after the command has exited
    seen = statuses_seen_by_a_new_process(library)
    assert seen[1] == "done" and seen[3] == "in progress"
    # a new connection in the window's own process works too (a worker's, say)
    worker = open_db(library)
    assert worker.execute("SELECT status FROM articles WHERE id = 3").fetchone()[0] == "in progress"
    worker.close()
    window.close()
    reopened = open_db(library, readonly=True)
    assert dict(reopened.execute("SELECT id, status FROM articles").fetchall())[3] == "in progress"
    reopened.close()

