"""Importing through the background worker: list fills, summary, failures, drops."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ui.jobs.import_controller import summary_text
from ui.window.file_actions import local_paths


def test_seeds_import_through_worker_and_show_in_list(window, seeds, import_and_wait):
    summary = import_and_wait(window, seeds, expected_rows=len(seeds))
    assert len(summary.imported) == len(seeds)
    assert not summary.failed
    assert window.model.total == len(seeds)
    assert window.count_label.text() == f"{len(seeds)} articles"
    shown = {window.model.data(window.model.index(r, 0)) for r in range(len(seeds))}
    assert all(shown)
    assert not window.imports.progress.isVisible()


def test_importing_again_reports_duplicates(seeded_window, seeds, import_and_wait):
    summary = import_and_wait(seeded_window, seeds)
    assert not summary.imported
    assert len(summary.duplicates) == len(seeds)
    assert "already in the library" in summary_text(summary)
    assert seeded_window.model.rowCount() == len(seeds)


def test_missing_file_is_reported_by_name(window, tmp_path, import_and_wait):
    missing = tmp_path / "no_such_article.txt"
    summary = import_and_wait(window, [missing])
    assert [Path(path).name for path, _reason in summary.failed] == ["no_such_article.txt"]
    assert "1 failed" in window.statusBar().currentMessage()


def test_cancel_ends_the_import(window, seeds, qtbot):
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        window.import_paths(seeds)
        window.imports.cancel()
    summary = blocker.args[0]
    assert len(summary.imported) + len(summary.duplicates) <= len(seeds)
    qtbot.waitUntil(lambda: not window.imports.is_running(), timeout=30000)


def test_dropping_files_imports_them(window, seeds, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seeds[0]))])
    assert local_paths(mime) == [seeds[0]]
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
