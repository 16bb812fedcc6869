"""Two exports into one folder at once (two windows, a window and the command line): the second is refused at
once with a line saying why, and the first finishes whole. Before, the second's recovery took the first's
journal for a killed export's and undid it while it ran, and they wrote over each other's partial files: both
failed, and the folder lost a file of the earlier export."""

import subprocess
import sys

import pytest

from core.cli import main
from core.export import ExportBusy, export
from core.export.folder_lock import export_lock
from core.store import open_db
from tests.reliability.helpers import ROOT, export_library, kaidan
from tests.reliability.test_export_journal import another_article, brat, folder_bytes

# An export in its own process that stops at its fifth rename (its journal written, the folder half-swapped)
# until told to go on: it says "waiting" and reads a line.
_PAUSED = """
import os, sys
from core.cli import main
real, done = os.replace, []
def replace(src, dst):
    done.append(dst)
    if len(done) == 5:
        print("waiting", flush=True)
        sys.stdin.readline()
    real(src, dst)
os.replace = replace
sys.exit(main(["export", "--db", {db!r}, "--format", "brat", "--out", {out!r}, "--quiet"]))
"""


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def test_an_export_into_a_folder_another_export_is_publishing_is_refused(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    another_article(library)
    first = subprocess.Popen([sys.executable, "-c", _PAUSED.format(db=str(library), out=str(out))], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline() == "waiting\n"
        second = kaidan("export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet")
        assert second.returncode == 1
        assert second.stderr == f"kaidan: not exported: another export is writing into {out} now: try again " \
                                "when it is done\n"
        first.stdin.write("go on\n")
        first.stdin.flush()
        assert first.wait(timeout=120) == 0, first.stderr.read()
    finally:
        first.kill()
        first.wait()
    whole = folder_bytes(out)
    assert "article-000006.txt" in whole and not any(n.endswith((".earlier", ".part", ".journal")) for n in whole)
    assert brat(library, out) == 0  # and once it is done, the next export goes through


def test_a_refused_export_leaves_the_folder_and_the_folder_it_would_make(library, tmp_path):
    """The export holding the folder made it: the refused one does not take it back as its own."""
    out = tmp_path / "new" / "brat"
    out.mkdir(parents=True)
    with export_lock(out):
        db = open_db(library)
        with pytest.raises(ExportBusy):
            export(db, "brat", out)
        db.close()
    assert out.is_dir() and list(out.iterdir()) == []
    assert main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet"]) == 0
