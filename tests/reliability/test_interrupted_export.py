"""An export killed midway through its renames (a power cut, kill -9) leaves NAME.earlier files behind; the next
export finishes it (the new export stood: the leftovers go) or undoes it (the earlier export is put back) before
it writes anything, and says so in one line. A user's own files of such names are never touched."""

import os

import pytest

from core.cli import main
from core.datasets.common import store_text
from core.export import other_export
from core.export.journal import JOURNAL
from core.export.recover import recover
from core.export.scope import ALL
from core.store import open_db
from tests.reliability.helpers import export_library, python

# A refresh of the csv export renames 16 times: each of its 7 tables and then its card is set aside as
# NAME.earlier, then NAME.part renamed into place; then the 8 .earlier files are deleted.
_KILLED = """
import os, sys
from core.cli import main
real_replace, real_unlink, done = os.replace, os.unlink, []
def replace(src, dst):
    if len(done) == {after_renames}:
        os._exit(9)
    done.append(dst)
    real_replace(src, dst)
def unlink(path, *args, **kwargs):
    if str(path).endswith(".earlier") and {after_renames} >= 16:
        os._exit(9)
    real_unlink(path, *args, **kwargs)
os.replace, os.unlink = replace, unlink
main(["export", "--db", {db!r}, "--format", "csv", "--out", {out!r}, "--quiet", *{extra!r}])
"""


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def export_cli(library, out, *extra):
    return main(["export", "--db", str(library), "--format", "csv", "--out", str(out), "--quiet", *extra])


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def killed_refresh(library, out, after_renames, *extra):
    """Refresh the csv export in out with one more article, in a process killed after that many renames."""
    db = open_db(library)
    store_text(db, "test#new", "txt", "英国の首相が訪日した。", {"title": "英国の首相"})
    db.close()
    done = python(_KILLED.format(after_renames=after_renames, db=str(library), out=str(out), extra=extra))
    assert done.returncode == 9, done.stderr


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".earlier", ".part")))


@pytest.mark.parametrize("after_renames", [3, 8, 15])  # among the tables; just before the card; card set aside
def test_an_export_killed_before_its_card_was_in_place_is_undone(library, tmp_path, after_renames):
    out = tmp_path / "csv"
    assert export_cli(library, out) == 0
    earlier = folder_bytes(out)
    killed_refresh(library, out, after_renames)
    assert leftovers(out)  # as the crash left it
    said = recover(out)
    assert said.code == "export_put_back"
    assert folder_bytes(out) == earlier  # the earlier export whole, nothing of the killed one


def test_an_export_killed_while_deleting_the_earlier_files_is_finished(library, tmp_path):
    out = tmp_path / "csv"
    assert export_cli(library, out) == 0
    killed_refresh(library, out, after_renames=16)
    standing = {name: data for name, data in folder_bytes(out).items()
                if not name.endswith(".earlier") and name != JOURNAL}
    assert len(leftovers(out)) == 8 and b"test#new" in standing["articles.csv"]
    said = recover(out)
    assert (said.code, said.details["count"]) == ("export_leftovers_removed", 8)
    assert folder_bytes(out) == standing  # the new export, without the earlier one's files


def test_the_next_export_on_the_command_line_recovers_and_says_so(library, tmp_path, capsys):
    out = tmp_path / "csv"
    assert export_cli(library, out) == 0
    killed_refresh(library, out, after_renames=15)  # the card set aside: the folder has no card in place
    capsys.readouterr()
    assert export_cli(library, out) == 0  # not refused as a folder of clashing files
    said = capsys.readouterr().out.splitlines()[0]
    assert said == f"note: an interrupted export had left {out} half-replaced: the earlier export there was " \
                   f"put back (8 files)"
    assert leftovers(out) == []
    assert b"test#new" in (out / "articles.csv").read_bytes()


def test_a_users_own_earlier_files_are_never_touched(library, tmp_path):
    out = tmp_path / "csv"
    assert export_cli(library, out) == 0
    killed_refresh(library, out, after_renames=16)
    (out / "draft.txt.earlier").write_text("mine")  # a name no card lists
    (out / "draft.txt.part").write_text("mine too")
    recover(out)
    assert leftovers(out) == ["draft.txt.earlier", "draft.txt.part"]


def test_a_folder_no_export_was_interrupted_in_is_left_alone(library, tmp_path):
    out = tmp_path / "csv"
    assert export_cli(library, out) == 0
    whole = folder_bytes(out)
    assert recover(out) is None and recover(tmp_path / "nowhere") is None
    assert folder_bytes(out) == whole
    assert not os.path.exists(tmp_path / "nowhere")


def test_a_folder_whose_card_a_crash_set_aside_is_still_the_same_export(library, tmp_path):
    """The export dialog asks before replacing a different export: a folder killed with its card set aside is
    the earlier export (the export puts it back), not a folder of clashing files to confirm replacing."""
    out = tmp_path / "csv"
    assert export_cli(library, out) == 0
    killed_refresh(library, out, after_renames=15)
    assert not (out / "dataset.json").exists()
    assert other_export(out, "csv", ALL) is None
    assert other_export(out, "jsonl", ALL).code == "other_export"


@pytest.mark.parametrize("after_renames", [2, 7])  # among the jsonl files set aside; among the csv tables
def test_a_replacement_of_another_format_killed_midway_is_undone(library, tmp_path, after_renames):
    """The killed export's own tables (names the earlier export did not have) go; the jsonl files come back."""
    out = tmp_path / "out"
    assert main(["export", "--db", str(library), "--format", "jsonl", "--out", str(out), "--quiet"]) == 0
    earlier = folder_bytes(out)
    killed_refresh(library, out, after_renames, "--force")
    assert leftovers(out)
    assert recover(out).code == "export_put_back"
    assert folder_bytes(out) == earlier


def test_a_brat_export_killed_while_deleting_the_earlier_files_is_finished(library, tmp_path):
    """brat's card counts its per-article files under a description ("*.txt + *.ann"), not a file name: a
    whole new export is still told by its card in place, not undone for want of a file of that name."""
    out = tmp_path / "brat"
    assert main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet"]) == 0
    earlier = folder_bytes(out)
    db = open_db(library)
    store_text(db, "test#new", "txt", "英国の首相が訪日した。", {"title": "英国の首相"})
    db.close()
    assert main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet"]) == 0
    standing = folder_bytes(out)
    for name, data in earlier.items():  # as a kill between the card's rename and the deletions leaves them
        (out / (name + ".earlier")).write_bytes(data)
    said = recover(out)
    assert (said.code, said.details["count"]) == ("export_leftovers_removed", len(earlier))
    assert folder_bytes(out) == standing
