"""A library that cannot be written: reading works, writing says so in one line, nothing half-done."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.shared_data import require

from core.cli import main
from core.jobs import import_paths
from tests.reliability.helpers import ROOT, SEEDS, disk_full_after

WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"


@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)


def without_write_permission(*args: str) -> subprocess.CompletedProcess:
    """Run main.py as a user whom file permissions apply to (root gives up its override)."""
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    return subprocess.run([*prefix, sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "lib.db"
    assert len(import_paths(sorted(SEEDS.glob("*.txt"))[:2], path).imported) == 2
    yield path
    folder.chmod(0o755)
    path.chmod(0o644)


def one_line_refusal(run: subprocess.CompletedProcess) -> str:
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    return lines[0]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_library_reads_and_refuses_writes_in_one_line(library, tmp_path, what):
    library.chmod(0o444)
    if what == "folder":
        library.parent.chmod(0o555)
    db = str(library)
    listed = without_write_permission("list", "--db", db)
    assert listed.returncode == 0, listed.stderr
    assert "2 of 2 articles" in listed.stderr
    shown = without_write_permission("show", "1", "--db", db)
    assert shown.returncode == 0 and shown.stdout.strip(), shown.stderr
    exported = without_write_permission("export", "--format", "jsonl", "--out", str(tmp_path / "out"), "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert len((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    for args in (["analyze"], ["import", str(sorted(SEEDS.glob("*.txt"))[2])], ["claims", "suggest"]):
        line = one_line_refusal(without_write_permission(*args, "--db", db))
        assert "read-only" in line and db in line


def test_disk_full_during_import_says_what_was_committed(tmp_path, monkeypatch, capsys):
    """SQLite's SQLITE_FULL, as from a full disk: the import stops and names what is in the library."""
    files = sorted(WIKINEWS.glob("*.txt"))[:40]
    if len(files) < 40:
        pytest.fail("the wikinews corpus is not next to the project", pytrace=False)
    path = tmp_path / "lib.db"
    assert main(["import", str(files[0]), "--db", str(path), "-q"]) == 0
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    disk_full_after(monkeypatch, pages)
    code = main(["import", *map(str, files[1:]), "--db", str(path), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    monkeypatch.undo()
    assert code == 1 and len(err) == 1
    assert err[0].startswith("kaidan: disk full") and "the rest were not" in err[0]
    stored = sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 1 < stored < len(files)
    assert f"{stored - 1} articles imported" in err[0] and f"of {len(files) - 1} files" in err[0]
    # every stored article is whole: its entities came with it in the same transaction
    conn = sqlite3.connect(path)
    unanalysed = conn.execute("SELECT count(*) FROM articles WHERE entities_version IS NULL").fetchone()[0]
    assert unanalysed == 0


def test_db_in_a_missing_folder(tmp_path, capsys):
    missing = tmp_path / "no" / "such" / "folder" / "lib.db"
    for args in (["list"], ["show", "1"], ["analyze"], ["export", "--out", str(tmp_path / "out")]):
        assert main([*args, "--db", str(missing)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "does not exist" in err[0], err
        assert not missing.parent.exists()
    # import creates a library, folders included
    assert main(["import", str(sorted(SEEDS.glob("*.txt"))[0]), "--db", str(missing), "-q"]) == 0
    assert missing.exists()


def test_the_window_says_why_an_import_stopped(qtbot, tmp_path, monkeypatch):
    """Disk full during an import started from the window: its summary says what was stored."""
    from ui.window.main_window import MainWindow

    files = sorted(WIKINEWS.glob("*.txt"))[:30]
    if len(files) < 30:
        pytest.fail("the wikinews corpus is not next to the project", pytrace=False)
    path = tmp_path / "lib.db"
    window = MainWindow(path)
    qtbot.addWidget(window)
    pages = window.db.execute("PRAGMA page_count").fetchone()[0]
    disk_full_after(monkeypatch, pages)
    with qtbot.waitSignal(window.imports.finished, timeout=120000) as finished:
        window.import_paths(files)
    summary = finished.args[0]
    assert summary.stopped.startswith("disk full")
    message = window.statusBar().currentMessage()
    assert message.startswith("Import stopped: disk full") and "the rest were not" in message
    stored = window.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < len(files) and f"{stored} articles imported" in message
    window.close()
