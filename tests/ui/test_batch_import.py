"""File → Import from Batch…: a batch run's slice counted before importing, then imported on the job runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from core.batch.pipeline import run_batch
from core.batch.tables import read_table

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("batch") / "run"
    files = [str(f) for f in sorted(WIKINEWS.glob("wn-*.txt"))[:40]]
    assert run_batch(files, out, partition_size=20, workers=2).articles == len(files)
    return out


def _preview(qtbot, dialog, folder: str, where: str) -> str:
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.folder.setText(folder)
        dialog.where.setText(where)
    return dialog.preview.text()


def test_the_dialog_counts_then_imports_the_slice(qtbot, make_window, run):
    articles = read_table(run, "articles").to_pylist()
    picked = [a for a in articles if (a["published"] or "") >= "2005-06-01"]
    assert 0 < len(picked) < len(articles)
    window = make_window()
    dialog = window.choose_import_batch()
    assert _preview(qtbot, dialog, str(run), "published >= '2005-06-01'") == f"{len(picked)} articles match"
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        dialog.ok.click()
    summary = blocker.args[0]
    assert len(summary.imported) == len(picked) and not summary.failed
    assert {r[0] for r in window.db.execute("SELECT content_hash FROM articles")} == {a["id"] for a in picked}
    assert window.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == sum(
        1 for m in read_table(run, "mentions").to_pylist() if m["article_id"] in {a["id"] for a in picked})
    qtbot.waitUntil(lambda: window.model.rowCount() == len(picked), timeout=10000)


def test_a_bad_condition_or_folder_is_said_and_import_stays_off(qtbot, make_window, run, tmp_path):
    window = make_window()
    dialog = window.choose_import_batch()
    assert "not a WHERE clause" in _preview(qtbot, dialog, str(run), "no_such_column = 1")
    assert not dialog.ok.isEnabled()
    assert "not a batch run" in _preview(qtbot, dialog, str(tmp_path), "")
    assert not dialog.ok.isEnabled()
    assert _preview(qtbot, dialog, str(run), "false") == "0 articles match"
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
