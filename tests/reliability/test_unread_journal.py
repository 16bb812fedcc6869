"""A journal the next export cannot read as a plan is said plainly, and the export still runs right: one a crash
cut short while it was written (empty, or half of it: no file had been renamed yet), one the first journaling
version of Kaidan wrote (names alone, without the files' identities), one Kaidan did not write. The folder is
then recovered from its export cards, and a user's finished file is never lost or written over. Before, any of
them was dropped without a word."""

import json
import os

import pytest

from core.cli import main
from core.export.journal import JOURNAL
from core.export.parts import PARTS
from core.export.recover import recover_folder
from tests.reliability.helpers import export_library, kaidan, python
from tests.reliability.test_export_journal import another_article, brat, folder_bytes, killed

# A brat refresh in its own process, killed while it writes its journal: just after making the file (empty), or
# halfway through writing it.
_KILLED_IN_THE_JOURNAL = """
import builtins, os
from core.cli import main
real_open = builtins.open
class Cut:
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def write(self, text):
        self.handle.write(text[:len(text) // 2])
        self.handle.flush()
        os._exit(9)
def opened(file, mode="r", *args, **kwargs):
    handle = real_open(file, mode, *args, **kwargs)
    if str(file).endswith(".journal") and "x" in mode:
        if {empty!r}:
            os._exit(9)
        return Cut(handle)
    return handle
builtins.open = opened
main(["export", "--db", {db!r}, "--format", "brat", "--out", {out!r}, "--quiet"])
"""


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def earlier_brat_export(library, tmp_path):
    """A brat export of five articles beside the user's notes, and a sixth article in the library since."""
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    (out / "notes.txt").write_text("the user's own")
    earlier = folder_bytes(out)
    another_article(library)
    return out, earlier


def export_again(library, out, *extra):
    return kaidan("export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet", *extra)


def working_files(out):
    return sorted(n for n in os.listdir(out) if n.endswith((".part", ".earlier")) or n in (JOURNAL, PARTS))


@pytest.mark.parametrize("empty", [True, False])
def test_a_journal_a_kill_cut_short_is_said_and_the_export_runs(library, tmp_path, empty):
    out, earlier = earlier_brat_export(library, tmp_path)
    done = python(_KILLED_IN_THE_JOURNAL.format(empty=empty, db=str(library), out=str(out)))
    assert done.returncode == 9, done.stderr
    assert ((out / JOURNAL).stat().st_size == 0) is empty
    assert {n: d for n, d in folder_bytes(out).items() if n not in working_files(out)} == earlier  # no rename
    run = export_again(library, out)
    assert run.returncode == 0, run.stderr
    notes = [line for line in run.stdout.splitlines() if line.startswith("note: ")]
    assert notes == [f"note: an interrupted export had left its journal in {out} cut short: it had renamed no "
                     "file yet, and the journal was removed",
                     f"note: an interrupted export had left 15 partial files in {out}: they were removed"]
    assert working_files(out) == [] and (out / "notes.txt").read_text() == "the user's own"
    assert (out / "article-000006.txt").is_file()


def in_the_first_version(out, with_card: bool) -> None:
    """The killed export's journal as the first journaling Kaidan wrote it: [name, a file was there] pairs (and,
    in its second form, the new card's digest)."""
    journal = json.loads((out / JOURNAL).read_text(encoding="utf-8"))
    first = {"name": journal["name"], "files": [[name, earlier is not None] for name, earlier, _ in journal["files"]]}
    if with_card:
        first["card"] = journal["card"]
    (out / JOURNAL).write_text(json.dumps(first), encoding="utf-8")


@pytest.mark.parametrize("with_card", [False, True])
def test_a_journal_of_the_first_version_is_said_and_the_earlier_export_put_back(library, tmp_path, with_card):
    out, earlier = earlier_brat_export(library, tmp_path)
    killed(library, out, after=7)  # three earlier article files set aside, two replaced
    in_the_first_version(out, with_card)
    run = export_again(library, out)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[:2] == [
        f"note: an interrupted export had left a journal in {out} from an earlier version of Kaidan, which this "
        "one cannot read: the folder was recovered from its export cards, and the journal removed",
        f"note: an interrupted export had left {out} half-replaced: the earlier export there was put back "
        "(4 files)"]
    assert working_files(out) == [] and (out / "notes.txt").read_text() == "the user's own"
    assert (out / "article-000006.ann").is_file()


def test_files_a_first_version_journal_cannot_vouch_for_are_asked_about_never_replaced(library, tmp_path):
    """Killed once the sixth article's .txt was renamed into place: that file has no earlier one of its name,
    and without its identity nothing tells it from a user's own, so the export asks (the earlier export is back
    whole meanwhile); replaced when the user says so."""
    out, earlier = earlier_brat_export(library, tmp_path)
    killed(library, out, after=21)
    in_the_first_version(out, with_card=True)
    run = export_again(library, out)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"kaidan: note: an interrupted export had left a journal in {out} from an earlier version of Kaidan, which "
        "this one cannot read: the folder was recovered from its export cards, and the journal removed",
        f"kaidan: note: an interrupted export had left {out} half-replaced: the earlier export there was put back "
        "(10 files)",
        f"kaidan: not exported: {out} already holds article-000006.txt (not from a Kaidan export card); choose "
        "another folder, or --force to replace it"]
    assert {n: d for n, d in folder_bytes(out).items() if n != "article-000006.txt"} == earlier
    assert export_again(library, out, "--force").returncode == 0
    assert working_files(out) == [] and (out / "notes.txt").read_text() == "the user's own"


def test_a_file_of_the_journals_name_kaidan_did_not_write_is_said_and_left_out(library, tmp_path):
    out, earlier = earlier_brat_export(library, tmp_path)
    (out / JOURNAL).write_text('{"notes": "a file of the user\'s own, named as the journal is"}')
    [said] = recover_folder(out)
    assert said == (f"{out} held a {JOURNAL} that is not a journal Kaidan can read: the folder was recovered from "
                    "its export cards, and the file removed")
    assert folder_bytes(out) == earlier and main(["export", "--db", str(library), "--format", "brat", "--out",
                                                  str(out), "--quiet"]) == 0
