"""The window and the command line on one library: no edit of the window is ever lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.shared_data import require
from tests.ui.waits import WAIT_MS, settle
from PySide6.QtWidgets import QFileSystemModel

from core.jobs import import_paths
from core.store import open_db
from core.store.articles import set_status
from tests.reliability.helpers import SEEDS, drop_posix_locks, kaidan, statuses_seen_by_a_new_process
from window_fixtures import quiet_settings  # noqa: F401 (fixtures)

@pytest.fixture(autouse=True)
def _seeds():
    require(SEEDS, "the seed pages")


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



def _posix_locks_of_this_process(path) -> list[str]:
    inode = path.stat().st_ino
    with open("/proc/locks", encoding="ascii") as locks:
        return [line for line in locks if f":{inode} " in line and str(os.getpid()) in line.split()]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's lock table")
@pytest.mark.usefixtures("quiet_settings")  # the window's and the file dialog's settings: never the user's
def test_the_import_dialog_never_opens_the_library_file(qtbot, library):
    from ui.window.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)
    assert _posix_locks_of_this_process(library), "SQLite holds a shared lock while the window reads"
    dialog = window.choose_import_files()
    with qtbot.waitSignal(dialog.findChild(QFileSystemModel).directoryLoaded, timeout=WAIT_MS):
        dialog.setDirectory(str(library.parent))
    dialog.selectNameFilter("All files (*)")
    qtbot.waitUntil(lambda: library.name in _listed(dialog), timeout=WAIT_MS)
    # first the work that could open the file: the library's icon and type asked for, then the queued layout
    # and paint of the list
    qtbot.waitUntil(lambda: _described(dialog, library.name), timeout=WAIT_MS)
    settle(qtbot)
    assert _posix_locks_of_this_process(library)
    dialog.reject()
    window.close()


def _listed(dialog) -> set[str]:
    model = dialog.findChild(QFileSystemModel)
    root = model.index(dialog.directory().absolutePath())
    return {model.index(row, 0, root).data() for row in range(model.rowCount(root))}


def _described(dialog, name: str) -> bool:
    """True once the dialog's model holds the file's type name: its icon and type were asked of the icon provider
    (which could open the file for them) together. Reading the stored name asks the provider nothing."""
    model = dialog.findChild(QFileSystemModel)
    root = model.index(dialog.directory().absolutePath())
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        if index.data() == name:
            return bool(model.type(index))
    return False


def test_a_connection_closed_by_garbage_collection_inside_the_lock_registry_does_not_deadlock(tmp_path):
    """A forgotten connection's __del__ may run (by garbage collection) while this thread is inside
    writer_for or presence_for, and asks the same registry for its presence: that must not wait forever."""
    import threading

    from core.store import lock

    def reenter():
        with lock._registry_lock:  # as when collection runs inside writer_for
            lock.presence_for(tmp_path / "lib.db")

    thread = threading.Thread(target=reenter, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the lock registry deadlocked on itself"
