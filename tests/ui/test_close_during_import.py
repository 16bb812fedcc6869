"""Closing the window while an import runs: the window goes at once; the import stops with whole articles only."""

from __future__ import annotations

import shutil
import sqlite3

from tests.reliability.helpers import ROOT
from tests.shared_data import require

WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"


def test_the_window_is_gone_while_the_import_stops(qtbot, tmp_path, make_window):
    require(WIKINEWS)
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(WIKINEWS.glob("*.txt"))[:60]:
        shutil.copy(path, folder)
    window = make_window()
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.imports.is_running(), timeout=10000)
    seen = []
    wait = window.wait_for_workers
    window.wait_for_workers = lambda: (seen.append(window.isVisible()), wait())
    window.close()
    assert seen == [False]  # hidden before it waited for the import
    assert window.library_closed
    conn = sqlite3.connect(window.db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    unanalysed = conn.execute("SELECT count(*) FROM articles WHERE entities_version IS NULL").fetchone()[0]
    assert stored <= 60 and unanalysed == 0  # every stored article whole
    conn.close()
