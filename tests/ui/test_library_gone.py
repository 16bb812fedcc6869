"""The library file moved, renamed, replaced or deleted while the window has it open: every edit, import and
reload after that is refused and said in Japanese, and nothing is written into the deleted file, the file put in
its place or a new library made at its path (before, an edit said 「更新しました」 and went into a deleted file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.store import read_library
from tests.ui.i18n_walk import english_only, language


def library_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


@pytest.fixture
def open_window(qtbot, seeds, library_of, make_window):
    """A window over two seeds whose first edit (a status) is saved: the writer's connection is open."""
    library_of(seeds[:2])
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.reader.article_id is not None, timeout=20000)
    window.actions_by_name["status_done"].trigger()
    assert window.undo_stack.count() == 1
    return window


def refused_in_japanese(window) -> list[str]:
    """Mark the article shown in progress in the Japanese window; the refusals said."""
    said: list[str] = []
    window.undo_stack.failed.connect(said.append)
    with language(QApplication.instance(), "ja"):
        window.actions_by_name["status_in_progress"].trigger()
    return said


def test_a_deleted_library_refuses_edits_imports_and_reload_in_japanese(qtbot, open_window, seeds, tmp_path):
    window = open_window
    path = Path(window.db_path)
    for file in library_files(path):
        file.unlink()
    said = refused_in_japanese(window)
    assert len(said) == 1 and "移動" in said[0] and "削除" in said[0] and not english_only(said)
    assert window.undo_stack.count() == 1  # the refused edit left no step
    with language(QApplication.instance(), "ja"):
        window.library_watch.check()  # the watch's tick sees the file gone
        box = window.gone_box
        assert box is not None and "library.db" in box.text() and not english_only([box.text()])
        window.import_paths(seeds[2:3])
        window.actions_by_name["reload"].trigger()
        assert "移動" in window.statusBar().currentMessage()
    assert not window.imports.is_running()
    assert not path.exists()  # no new library made in its place


@pytest.mark.parametrize("how", ["replaced", "renamed"])
def test_a_replaced_or_renamed_library_is_not_written(qtbot, open_window, library_of, tmp_path, how):
    window = open_window
    path = Path(window.db_path)
    if how == "renamed":
        moved = tmp_path / "moved.db"
        for file in library_files(path):
            file.rename(tmp_path / file.name.replace("library", "moved"))
    else:
        moved = library_of([], name="other.db")
        os.replace(moved, path)
        moved = path
    before = read_library(moved).execute("SELECT count(*) FROM changes").fetchone()[0]
    said = refused_in_japanese(window)
    assert len(said) == 1 and "移動" in said[0]
    assert read_library(moved).execute("SELECT count(*) FROM changes").fetchone()[0] == before


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_an_export_from_a_window_whose_library_is_gone_is_refused_in_japanese(qtbot, open_window, library_of,
                                                                             tmp_path, how):
    """The export reads the library by its path: deleted, it said 'LibraryError: no library at …'; replaced,
    it wrote out the other library as this window's."""
    window = open_window
    path = Path(window.db_path)
    for file in library_files(path):
        file.unlink()
    if how == "replaced":
        os.replace(library_of([], name="other.db"), path)
    out = tmp_path / "export"
    with language(QApplication.instance(), "ja"):
        dialog = window.show_export()
        dialog.folder.setText(str(out))
        dialog.export_button.click()
        said = dialog.summary_box.notes.text()
    assert "移動" in said and "削除" in said and not english_only([said])
    assert not dialog.controller.is_running() and not out.exists()


def test_the_export_dialog_of_a_deleted_library_says_in_one_line_why_it_has_no_outlets(qtbot, open_window, capfd):
    """Its background read of the outlets and days printed a LibraryError's traceback, and the outlet choice
    said 'reading outlets…' for ever."""
    window = open_window
    for file in library_files(Path(window.db_path)):
        file.unlink()
    capfd.readouterr()
    with language(QApplication.instance(), "ja"):
        dialog = window.show_export()
        qtbot.waitUntil(lambda: dialog.articles.unread.isVisible(), timeout=10000)
        said = dialog.articles.unread.text()
    assert "削除" in said and "\n" not in said and not english_only([said])
    assert not dialog.articles.radio["outlet"].isEnabled()
    assert dialog.articles.outlet.currentText() != dialog.articles.tr("(reading outlets…)")
    logged = capfd.readouterr().err
    assert "Traceback" not in logged and "LibraryMissing: no library at" in logged
