"""Exports into a refusing folder, over another export, or interrupted: one line, nothing half-written."""

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import core.export.files as export_files
from core.cli import main
from core.export import export
from core.store import open_db
from tests.reliability.helpers import EXPORT_BODIES as BODIES, disk_full_after_four_writes, export_library, folder_refuses_parts


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def export_cli(library, fmt, out, *extra):
    return main(["export", "--db", str(library), "--format", fmt, "--out", str(out), "--quiet", *extra])


def snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def test_full_disk_mid_export_leaves_the_previous_export_whole(library, tmp_path, monkeypatch, capsys):
    out = tmp_path / "brat"
    assert export_cli(library, "brat", out) == 0
    before = snapshot(out)
    capsys.readouterr()
    disk_full_after_four_writes(monkeypatch)
    assert export_cli(library, "brat", out) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"kaidan: export failed, the earlier export in {out} was kept as it was: No space left on device"]
    assert snapshot(out) == before  # no .part file, no half-replaced article


def test_read_only_folder_gives_one_line(library, tmp_path, monkeypatch, capsys):
    out = tmp_path / "locked"
    out.mkdir()
    folder_refuses_parts(monkeypatch)
    assert export_cli(library, "labelstudio", out) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        f"kaidan: export failed, nothing was written to {out}: Permission denied"]
    assert "Traceback" not in captured.err and list(out.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc (Linux)")
def test_every_file_is_fsynced_before_its_rename_and_the_card_comes_last(library, tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}").rsplit("/", 1)[-1]))
        real_fsync(fd)

    def replace(src, dst):
        events.append(("rename", Path(src).name))
        real_replace(src, dst)

    monkeypatch.setattr(export_files.os, "fsync", fsync)
    monkeypatch.setattr(export_files.os, "replace", replace)
    export(open_db(library), "csv", tmp_path / "csv")
    renamed = [name for kind, name in events if kind == "rename"]
    assert renamed[-1] == "dataset.json.part" and len(renamed) == 8
    for name in renamed:
        assert events.index(("fsync", name)) < events.index(("rename", name))
    # nothing is renamed before every file is complete
    assert max(i for i, e in enumerate(events) if e[0] == "fsync" and e[1].endswith(".part")) < \
        min(i for i, e in enumerate(events) if e[0] == "rename")


def test_a_different_export_is_not_replaced_without_force(library, tmp_path, capsys):
    out = tmp_path / "out"
    assert export_cli(library, "jsonl", out) == 0
    before = snapshot(out)
    capsys.readouterr()
    assert export_cli(library, "csv", out) == 1
    err = capsys.readouterr().err
    assert "jsonl export of the whole library" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert snapshot(out) == before
    assert export_cli(library, "jsonl", out, "--ids", "1,2") == 1  # same format, other articles
    assert snapshot(out) == before
    assert export_cli(library, "jsonl", out) == 0  # the same export again refreshes it
    assert export_cli(library, "csv", out, "--force") == 0
    assert json.loads((out / "dataset.json").read_text(encoding="utf-8"))["format"] == "csv"


def test_files_of_another_tool_are_not_replaced_without_force(library, tmp_path, capsys):
    out = tmp_path / "ls"
    out.mkdir()
    (out / "tasks.json").write_text("[]", encoding="utf-8")  # a Label Studio export the user saved here
    assert export_cli(library, "labelstudio", out) == 1
    assert "tasks.json" in capsys.readouterr().err
    assert (out / "tasks.json").read_text(encoding="utf-8") == "[]"
    assert export_cli(library, "labelstudio", out, "--force") == 0
    assert len(json.loads((out / "tasks.json").read_text(encoding="utf-8"))) == len(BODIES)


class LibraryWindow(QWidget):
    """What the export dialog needs of the main window: the library."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.db = open_db(db_path)


@pytest.fixture
def dialog_settings(tmp_path):
    QCoreApplication.setOrganizationName("KaidanTests")
    QCoreApplication.setApplicationName("KaidanTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield
    QThreadPool.globalInstance().waitForDone()


def answer_replace(qtbot, button):
    """Press button in the replace question once it is open."""
    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)
    QTimer.singleShot(0, press)


def test_export_dialog_asks_before_replacing_another_export(qtbot, library, tmp_path, dialog_settings):
    from ui.jobs.export_dialog import ExportDialog

    out = tmp_path / "out"
    export(open_db(library), "jsonl", out)
    before = snapshot(out)
    parent = LibraryWindow(library)
    qtbot.addWidget(parent)
    dialog = ExportDialog(parent, [])
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.folder.setText(str(out))
    answer_replace(qtbot, QMessageBox.No)
    dialog.export_button.click()
    assert not dialog.controller.is_running() and snapshot(out) == before
    answer_replace(qtbot, QMessageBox.Yes)
    with qtbot.waitSignal(dialog.controller.finished, timeout=30000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].files["articles.csv"] == len(BODIES)
    assert json.loads((out / "dataset.json").read_text(encoding="utf-8"))["format"] == "csv"
    qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=5000)


def test_export_dialog_says_in_one_line_that_a_refusing_folder_got_nothing(qtbot, library, tmp_path, monkeypatch,
                                                                            dialog_settings):
    from ui.jobs.export_dialog import ExportDialog

    out = tmp_path / "locked"
    folder_refuses_parts(monkeypatch)
    parent = LibraryWindow(library)
    qtbot.addWidget(parent)
    dialog = ExportDialog(parent, [])
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.controller.failed, timeout=30000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0] == f"Nothing was written and no folder is left at {out}: no permission to write there."
    assert "\n" not in blocker.args[0] and dialog.summary_box.notes.text() == blocker.args[0]
    assert not out.exists()  # the export made it, and took it back
    qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=5000)
