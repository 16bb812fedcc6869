"""A failed or cancelled export leaves nothing half-written: a folder it made is removed with everything in it,
a folder the user gave is left as it was (only the export's own partial files go), and the line says which."""

import errno

import pytest

import core.export.files as export_files
from core.cli import main
from core.export import export
from core.export.files import FileSet
from core.store import open_db
from tests.reliability.helpers import disk_full_after_four_writes, export_library


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


@pytest.fixture
def disk_fills(monkeypatch):
    return disk_full_after_four_writes(monkeypatch)


def export_cli(library, out):
    return main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet"])


def test_a_folder_the_export_made_is_removed_with_its_missing_parents(library, tmp_path, disk_fills, capsys):
    out = tmp_path / "exports" / "2026" / "brat"
    assert export_cli(library, out) == 1
    assert len(disk_fills) > 4  # it failed midway, with partial files written
    assert not (tmp_path / "exports").exists()
    assert capsys.readouterr().err.strip().splitlines() == [
        f"kaidan: export failed, nothing was written and no folder is left at {out}: No space left on device"]


def test_a_folder_the_user_gave_keeps_what_it_held_and_only_loses_the_partial_files(library, tmp_path, disk_fills,
                                                                                   capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    assert export_cli(library, out) == 1
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "my notes"
    assert capsys.readouterr().err.strip().splitlines() == [
        f"kaidan: export failed, nothing was written to {out}: No space left on device"]


def test_an_empty_folder_the_user_gave_is_left_in_place(library, tmp_path, disk_fills):
    out = tmp_path / "empty"
    out.mkdir()
    with pytest.raises(OSError):
        export(open_db(library), "brat", out)
    assert out.is_dir() and list(out.iterdir()) == []


def test_a_cancelled_export_takes_back_the_folder_it_made(library, tmp_path):
    out = tmp_path / "new" / "conll"
    calls = iter(range(100))
    result = export(open_db(library), "conll", out, cancelled=lambda: next(calls) >= 2, batch=2)
    assert result.cancelled and not (tmp_path / "new").exists()


def test_a_subfolder_made_for_a_file_goes_with_it_and_a_folder_someone_filled_meanwhile_stays(tmp_path):
    files = FileSet(tmp_path)
    files.write_whole("docs/a/one.txt", "一")
    files.write_whole("docs/b/two.txt", "二")
    (tmp_path / "docs" / "b" / "theirs.txt").write_text("not the export's", encoding="utf-8")
    files.abort()
    assert not (tmp_path / "docs" / "a").exists()
    assert [p.name for p in (tmp_path / "docs" / "b").iterdir()] == ["theirs.txt"]


def test_a_rename_failing_midway_takes_back_the_files_already_renamed(library, tmp_path, monkeypatch, capsys):
    mine, made = tmp_path / "mine", tmp_path / "made"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes", encoding="utf-8")
    real_replace, renamed = export_files.os.replace, []

    def replace_then_fail(src, dst):
        if len(renamed) == 3:
            raise OSError(errno.EIO, "Input/output error")
        renamed.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(export_files.os, "replace", replace_then_fail)
    assert main(["export", "--db", str(library), "--format", "csv", "--out", str(mine), "--quiet"]) == 1
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]  # three tables were in place, now gone again
    renamed.clear()
    assert main(["export", "--db", str(library), "--format", "csv", "--out", str(made), "--quiet"]) == 1
    assert len(renamed) == 3 and not made.exists()
    assert capsys.readouterr().err.strip().splitlines() == [
        f"kaidan: export failed, nothing was written to {mine}: Input/output error",
        f"kaidan: export failed, nothing was written and no folder is left at {made}: Input/output error"]
