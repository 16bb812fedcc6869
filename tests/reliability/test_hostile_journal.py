"""A journal is read as a plan, never obeyed as an order: whatever a damaged or hand-edited dataset.json.journal
names, recovering the folder removes or renames only the files the journaled export itself wrote or set aside.
Before, a journal edited to name a path outside the folder deleted that file, one naming the user's notes
deleted them (or put the user's notes.txt.earlier over them), and one naming a folder made every later export
there fail. Nor is a link named as the export's working files (NAME.part, the journal) written through."""

import json
import os

import pytest

from core.cli import main
from core.export import other_export
from core.export.journal import JOURNAL
from core.export.recover import recover
from core.export.scope import ALL
from tests.reliability.helpers import export_library
from tests.reliability.test_export_journal import another_article, brat, killed


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def files_of(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def hand_edit(out, old, new):
    """The journal a killed export left, with the entry for old made to name new (the rest as written)."""
    journal = json.loads((out / JOURNAL).read_text(encoding="utf-8"))
    for entry in journal["files"]:
        if entry[0] == old:
            entry[0] = new
    (out / JOURNAL).write_text(json.dumps(journal), encoding="utf-8")


def first_export_killed(library, tmp_path):
    """A first brat export into a folder of the user's, killed after renaming four of its files into place."""
    out = tmp_path / "brat"
    out.mkdir()
    (out / "notes.txt").write_text("the user's own")
    (out / "sub").mkdir()
    killed(library, out, after=4)
    return out


@pytest.mark.parametrize("name", ["{outside}", "../outside.txt", "sub/../../outside.txt"])
def test_a_journal_naming_a_file_outside_the_folder_touches_it_not(library, tmp_path, name):
    outside = tmp_path / "outside.txt"
    outside.write_text("not in the export folder")
    out = first_export_killed(library, tmp_path)
    hand_edit(out, "article-000001.txt", name.format(outside=outside))
    recover(out)
    assert outside.read_text() == "not in the export folder"


@pytest.mark.parametrize("name", ["notes.txt", "sub", ""])
def test_a_journal_naming_what_the_export_did_not_write_leaves_it(library, tmp_path, name):
    """The user's notes, a folder, no name at all: none is the file the killed export renamed there, so none is
    removed, and the next export there does not fail on it."""
    out = first_export_killed(library, tmp_path)
    hand_edit(out, "article-000001.txt", name)
    recover(out)
    assert (out / "notes.txt").read_text() == "the user's own" and (out / "sub").is_dir()
    assert main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet", "--force"]) == 0
    assert (out / "notes.txt").read_text() == "the user's own"


def test_a_journal_saying_the_users_file_was_set_aside_puts_nothing_back(library, tmp_path):
    """A refresh killed midway; its journal edited to say the user's notes were set aside: notes.txt.earlier,
    the user's own, is not put over notes.txt."""
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    (out / "notes.txt").write_text("the user's own")
    (out / "notes.txt.earlier").write_text("the user's older notes")
    another_article(library)
    killed(library, out, after=7)
    hand_edit(out, "article-000001.txt", "notes.txt")
    recover(out)
    assert (out / "notes.txt").read_text() == "the user's own"
    assert (out / "notes.txt.earlier").read_text() == "the user's older notes"


def test_a_file_the_user_edited_since_the_kill_is_kept(library, tmp_path):
    """A file the killed export added, then annotated in brat before the next export: no longer the file it
    wrote, so it stays (and the next export asks before replacing it, as any file not its own)."""
    out = first_export_killed(library, tmp_path)
    (out / "article-000002.ann").write_text("T1\tPERSON 0 2\t日本\n")
    said = recover(out)
    assert said.details["count"] == 3
    assert sorted(files_of(out)) == ["article-000002.ann", "notes.txt"]
    assert other_export(out, "brat", ALL).code == "export_clashes"


def test_links_named_as_the_exports_partial_files_are_not_written_through(library, tmp_path):
    """Links named as the export's partial files, to a file outside the folder (symbolic or hard) or to none:
    the export writes new files of its own, and what the links point at is left as it was. Before, the export
    was written into the user's file outside the folder, and articles.jsonl became a link to it."""
    out = tmp_path / "jsonl"
    out.mkdir()
    precious, absent = tmp_path / "precious.txt", tmp_path / "absent.txt"
    precious.write_text("the user's own")
    (out / "articles.jsonl.part").symlink_to(precious)
    (out / "entities.jsonl.part").symlink_to(absent)
    os.link(precious, out / "meetings.jsonl.part")
    assert main(["export", "--db", str(library), "--format", "jsonl", "--out", str(out), "--quiet"]) == 0
    assert precious.read_text() == "the user's own" and not absent.exists()
    assert not any(p.is_symlink() for p in out.iterdir())


def test_a_link_named_as_the_journal_is_not_written_through(library, tmp_path):
    out = tmp_path / "jsonl"
    out.mkdir()
    (out / JOURNAL).symlink_to(tmp_path / "absent.txt")
    assert main(["export", "--db", str(library), "--format", "jsonl", "--out", str(out), "--quiet"]) == 0
    assert not (tmp_path / "absent.txt").exists() and not (out / JOURNAL).is_symlink()
