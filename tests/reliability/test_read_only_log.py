"""A library in a folder nobody can write, with its write-ahead log beside it (copied while a window had it
open): SQLite cannot read that log there, so the library is refused in one line rather than read without
its latest changes."""

from __future__ import annotations

import shutil

from core.jobs import import_paths
from core.store import open_db
from core.store.articles import set_status
from tests.reliability.test_library_errors import SEEDS, without_write_permission
from tests.shared_data import require


def test_a_read_only_library_whose_log_holds_changes_is_refused_not_read_stale(tmp_path):
    require(SEEDS)
    source = tmp_path / "lib.db"
    assert len(import_paths(sorted(SEEDS.glob("*.txt"))[:2], source).imported) == 2
    folder = tmp_path / "copy"
    folder.mkdir()
    window = open_db(source)
    set_status(window, 1, "done")  # in the log until the last connection closes
    for name in ("lib.db", "lib.db-wal"):
        shutil.copy(tmp_path / name, folder / name)
    window.close()
    copy = folder / "lib.db"
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        run = without_write_permission("list", "--db", str(copy))
    finally:
        folder.chmod(0o755)
    assert run.returncode != 0 and run.stdout == ""
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "lib.db-wal" in lines[0] and str(copy) in lines[0], run.stderr
