"""A library whose file or folder cannot be written opens read-only: the list, the reader, search and export
work; every edit, import and analysis is refused with one clear message; the title bar says read-only."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.store import open_db
from core.store.articles import get_article
from tests.ui.test_export_dialog import export_through

ROOT = Path(__file__).resolve().parents[2]
AS_USER = "KAIDAN_TEST_WITHOUT_OVERRIDE"


def as_a_user(request) -> bool:
    """Root writes any file whatever its mode: run this test again in a process that gave that up.
    True when this process is root and the run elsewhere passed; False when the test should run here."""
    if os.geteuid() != 0 or os.environ.get(AS_USER):
        return False
    setpriv = shutil.which("setpriv")
    assert setpriv, "root without setpriv cannot test file permissions"
    run = subprocess.run([setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", sys.executable, "-m",
                          "pytest", "-p", "no:cacheprovider", "-q", f"{__file__}::{request.node.name}"],
                         cwd=ROOT, env={**os.environ, AS_USER: "1"}, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    return True


def boxes_saying(text: str) -> list[QMessageBox]:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
             and text in w.text()]
    for box in found:
        box.close()
    return found


@pytest.fixture
def read_only_window(request, qtbot, seeds, library_of, make_window):
    """(window, library path, its bytes' hash) over three seeds, the file (or its folder) made read-only."""
    if as_a_user(request):
        return None
    path = library_of(seeds[:3], name="shelf/library.db")
    open_db(path).close()  # checkpointed: the file holds everything
    path.chmod(0o444)
    if "folder" in request.node.name:
        path.parent.chmod(0o555)
    request.addfinalizer(lambda: (path.parent.chmod(0o755), path.chmod(0o644)))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window = make_window("shelf/library.db")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    return window, path, digest


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_library_reads_searches_and_exports_and_refuses_every_edit(qtbot, read_only_window, tmp_path,
                                                                             select_seed, what):
    if read_only_window is None:
        return  # ran as a user, in a process of its own
    window, path, digest = read_only_window
    assert window.read_only and window.windowTitle().endswith("(read-only)")
    article = select_seed(window, "000_")
    assert window.reader.article_id == article.id
    window.search.setText("ルビオ")
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 3, timeout=10000)
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    select_seed(window, "000_")

    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key_3, Qt.ControlModifier)  # mark done
    assert boxes_saying("read-only") and "read-only" in window.statusBar().currentMessage()
    assert get_article(window.db, article.id).status == article.status and window.undo_stack.count() == 0

    window.import_paths([ROOT.parent / "shared" / "seeds"])
    assert boxes_saying("read-only") and not window.imports.is_running()
    assert window.choose_import_files() is None and boxes_saying("read-only")
    QApplication.clipboard().setText("米中外相が会談した。")
    window.actions_by_name["import_pasted"].trigger()  # Ctrl+Shift+V
    assert boxes_saying("read-only") and not (path.parent / "pasted").exists()
    assert not window.entities.analysis.start([article.id]) and boxes_saying("read-only")

    _dialog, result = export_through(qtbot, window, "jsonl", tmp_path / "out")
    exported = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()]
    assert result.articles == 3 and len(exported) == 3
    window.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # nothing written, not even by closing
