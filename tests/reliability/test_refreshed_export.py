"""Exporting into a folder that holds an earlier Kaidan export replaces it whole or not at all: a rename failing
midway puts the earlier files back (and the line says the earlier export was kept; a full disk midway:
test_export_safety), and files of the earlier export the new one does not write again go once the new one stands."""

import errno
import os
from pathlib import Path

import pytest

import core.export.files as export_files
from core.cli import main
from core.datasets.common import store_text
from core.export import Scope, export
from core.store import open_db
from tests.reliability.helpers import export_library


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def export_cli(library, fmt, out, *extra):
    return main(["export", "--db", str(library), "--format", fmt, "--out", str(out), "--quiet", *extra])


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def add_article(library):
    db = open_db(library)
    store_text(db, "test#new", "txt", "英国の首相が訪日した。", {"title": "英国の首相"})
    db.close()


def test_a_refresh_whose_rename_fails_midway_leaves_the_earlier_export_whole(library, tmp_path, monkeypatch,
                                                                             capsys):
    out = tmp_path / "csv"
    assert export_cli(library, "csv", out) == 0
    earlier = folder_bytes(out)
    add_article(library)  # the refresh's tables differ from the earlier ones
    real_replace, renamed = export_files.os.replace, []

    def replace_then_fail(src, dst):
        if str(src).endswith(".part") and len(renamed) == 3:
            raise OSError(errno.EIO, "Input/output error")
        renamed.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(export_files.os, "replace", replace_then_fail)
    assert export_cli(library, "csv", out) == 1
    assert folder_bytes(out) == earlier  # three new tables were in place: the earlier ones are back
    assert capsys.readouterr().err.strip().splitlines() == [
        f"kaidan: export failed, the earlier export in {out} was kept as it was: Input/output error"]


def test_a_replaced_export_leaves_none_of_its_files_behind(library, tmp_path):
    out = tmp_path / "brat"
    export(open_db(library), "brat", out)
    assert len(list(out.glob("article-*.txt"))) == 5
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    (out / "article-notes.txt").write_text("mine, named like brat's", encoding="utf-8")
    db = open_db(library)
    first_two = tuple(r[0] for r in db.execute("SELECT id FROM articles ORDER BY id LIMIT 2"))
    export(db, "brat", out, Scope(ids=first_two), force=True)
    assert len(list(out.glob("article-0*.txt"))) == 2 and len(list(out.glob("article-0*.ann"))) == 2
    assert (out / "notes.txt").read_text(encoding="utf-8") == "my notes"  # not the export's: stays
    assert (out / "article-notes.txt").is_file()  # Kaidan names brat's files by article number
    assert not list(out.glob("*.earlier")) and not list(out.glob("*.part"))


def test_a_replaced_export_of_another_format_goes_whole(library, tmp_path):
    out = tmp_path / "out"
    export(open_db(library), "jsonl", out)
    assert len(list(out.glob("*.jsonl"))) == 4
    export(open_db(library), "conll", out, force=True)
    assert not list(out.glob("*.jsonl")) and (out / "ner.conll").is_file()


def test_a_card_listing_odd_names_takes_only_files_of_those_very_names(library, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "dataset.json").write_text('{"format": "doccano", "scope": {"all": true}, "files": {"*": 1, '
                                      '"../lib.db": 1, "mine.txt": 1}}', encoding="utf-8")
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    (out / "mine.txt").write_text("listed by the card", encoding="utf-8")
    export(open_db(library), "doccano", out)
    assert sorted(p.name for p in out.iterdir()) == ["dataset.json", "dataset.jsonl", "notes.txt"]
    assert (tmp_path / "lib.db").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="writes to /dev/full to fill the disk (Linux)")
def test_a_disk_that_fills_while_a_file_is_flushed_leaves_no_part_file(library, tmp_path, monkeypatch, capsys):
    out = tmp_path / "brat"
    assert export_cli(library, "brat", out) == 0
    earlier = folder_bytes(out)
    real_open = Path.open

    def full_disk(self, mode="r", *args, **kwargs):
        """NAME.part is made, as on a disk with room for a name, but its bytes go nowhere: the flush (and the
        close after it) fails, as writes to a full disk do."""
        if self.name.endswith(".part") and ("w" in mode or "x" in mode):  # made anew ("x"): core.export.files
            real_open(self, mode, *args, **kwargs).close()
            return real_open(Path("/dev/full"), mode.replace("x", "w"), *args, **kwargs)
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", full_disk)
    assert export_cli(library, "brat", out) == 1
    assert folder_bytes(out) == earlier  # no empty article-000001.txt.part beside the earlier export
    assert capsys.readouterr().err.strip().endswith("was kept as it was: No space left on device")


def test_an_earlier_file_that_cannot_be_deleted_leaves_the_new_export_in_place(library, tmp_path, monkeypatch):
    out = tmp_path / "csv"
    export(open_db(library), "csv", out)
    add_article(library)
    real_unlink = Path.unlink

    def refuse_earlier(self, missing_ok=False):
        if self.name.endswith(".earlier"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_earlier)
    result = export(open_db(library), "csv", out)
    assert result.articles == 6
    assert (out / "articles.csv").read_text(encoding="utf-8-sig").count("英国の首相") == 2  # the new tables stand
