"""An export writes down by name what it is about to rename (its journal) before the first rename: an export
killed anywhere among its renames is undone exactly by the next one (each file it added removed, each earlier
file put back byte for byte) or finished (the new export stood), whatever its format names its files by.
brat's card describes its per-article files by a pattern: without the journal, the article files only the
killed export wrote stayed, beside the earlier export put back."""

import errno
import os

import pytest

from core.cli import main
from core.datasets.common import store_text
from core.export import export, other_export
from core.export.journal import JOURNAL, Entry, identity, write_journal
from core.export.recover import recover
from core.export.scope import ALL
from core.store import open_db
from tests.reliability.helpers import export_library, python

# The export in its own process, killed (as kill -9 or a power cut would) after that many renames: before the
# next rename, or before deleting the first earlier file once all are done.
_KILLED = """
import os
from core.cli import main
real_replace, real_unlink, done = os.replace, os.unlink, []
def replace(src, dst):
    if len(done) == {after}:
        os._exit(9)
    done.append(dst)
    real_replace(src, dst)
def unlink(path, *args, **kwargs):
    if str(path).endswith(".earlier") and len(done) == {after}:
        os._exit(9)
    real_unlink(path, *args, **kwargs)
os.replace, os.unlink = replace, unlink
main(["export", "--db", {db!r}, "--format", {fmt!r}, "--out", {out!r}, "--quiet", "--force"])
"""


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def brat(library, out):
    return main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet"])


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def another_article(library):
    db = open_db(library)
    store_text(db, "test#new", "txt", "英国の首相が訪日した。", {"title": "英国の首相"})
    db.close()


def killed(library, out, after, fmt="brat"):
    done = python(_KILLED.format(after=after, db=str(library), out=str(out), fmt=fmt))
    assert done.returncode == 9, done.stderr


# The refresh of a brat export of 5 articles with a 6th added renames 28 times: the 10 article files there and
# then each set aside and replaced (1-20), the 6th article's two new files (21, 22), the two .conf files (23-26),
# the card set aside (27) and replaced (28).
@pytest.mark.parametrize("after", [0, 7, 20, 21, 22, 25, 27])
def test_a_brat_refresh_killed_among_its_renames_is_undone_exactly(library, tmp_path, after):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    (out / "notes.txt").write_text("the user's own")
    (out / "article-000009.txt.part").write_text("a partial file of the user's own")
    earlier = folder_bytes(out)
    another_article(library)
    killed(library, out, after)
    assert (out / JOURNAL).is_file()
    said = recover(out)
    assert folder_bytes(out) == earlier  # no file of the killed export left, every earlier one back
    assert said is None or said.code in ("export_put_back", "export_taken_back")


def test_a_killed_export_that_only_added_files_says_it_took_them_back(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    another_article(library)
    killed(library, out, after=21)  # earlier files all set aside and replaced
    assert recover(out).code == "export_put_back"
    assert brat(library, out) == 0  # and the export then goes through
    assert (out / "article-000006.txt").is_file() and JOURNAL not in os.listdir(out)


@pytest.mark.parametrize("after", [3, 12])
def test_a_first_export_killed_midway_leaves_the_folder_as_it_was(library, tmp_path, after):
    """No earlier export there: the files it renamed into place go, the user's own stay; the folder no longer
    holds files that looked like a foreign export's, so the next export is not refused."""
    out = tmp_path / "brat"
    out.mkdir()
    (out / "notes.txt").write_text("the user's own")
    killed(library, out, after)
    said = recover(out)
    assert (said.code, said.details["count"]) == ("export_taken_back", after)
    assert folder_bytes(out) == {"notes.txt": b"the user's own"}
    assert other_export(out, "brat", ALL) is None


def test_the_window_is_not_asked_to_replace_the_files_of_a_killed_first_export(library, tmp_path):
    out = tmp_path / "brat"
    out.mkdir()
    killed(library, out, after=4)
    assert other_export(out, "brat", ALL) is None  # the export recovers them first; nothing to confirm


def test_a_brat_refresh_killed_after_its_card_is_finished(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    another_article(library)
    killed(library, out, after=28)  # the card in place: only deleting the earlier files was left
    standing = {name: data for name, data in folder_bytes(out).items()
                if not name.endswith(".earlier") and name != JOURNAL}
    said = recover(out)
    assert (said.code, said.details["count"]) == ("export_leftovers_removed", 13)
    assert folder_bytes(out) == standing and "article-000006.txt" in standing


def test_a_recovery_killed_midway_is_finished_by_the_next(library, tmp_path):
    """Each step of putting back can be done again: the earlier export comes back however often it is cut."""
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    earlier = folder_bytes(out)
    another_article(library)
    killed(library, out, after=22)
    for cut in (1, 3, 2):  # of the 10 earlier files it puts back: 9, 6 and 4 left
        code = ("import os\nfrom core.export.recover import recover\nreal, done = os.replace, []\n"
                "def replace(src, dst):\n"
                f"    if len(done) == {cut}:\n        os._exit(9)\n"
                "    done.append(dst)\n    real(src, dst)\n"
                f"os.replace = replace\nrecover({str(out)!r})\n")
        assert python(code).returncode == 9
    recover(out)
    assert folder_bytes(out) == earlier


def test_a_rename_refused_midway_puts_the_earlier_export_back_and_no_journal_stays(library, tmp_path, monkeypatch):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    earlier = folder_bytes(out)
    another_article(library)
    real, done = os.replace, []

    def replace(src, dst):
        done.append(dst)
        if len(done) == 22:  # the 6th article's .ann, once: the files before it are put back
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    db = open_db(library)
    with pytest.raises(OSError):
        export(db, "brat", out)
    db.close()
    assert folder_bytes(out) == earlier and len(done) > 22


def test_a_first_export_killed_while_deleting_its_journal_is_left_as_it_stands(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    whole = folder_bytes(out)
    # as a kill just before the journal's deletion leaves it
    write_journal(out, [Entry(name, None, identity(out / name)) for name in whole])
    assert recover(out) is None  # nothing to say: the export there is whole
    assert folder_bytes(out) == whole


_STOPPED_THEN_KILLED = """
import errno, os
from core.cli import main
real_replace, real_unlink, done = os.replace, os.unlink, []
def replace(src, dst):
    done.append(dst)
    if len(done) == 10:
        raise OSError(errno.EIO, "Input/output error")
    real_replace(src, dst)
def unlink(path, *args, **kwargs):
    real_unlink(path, *args, **kwargs)
    if str(path).endswith("dataset.json.part"):
        os._exit(9)
os.replace, os.unlink = replace, unlink
main(["export", "--db", {db!r}, "--format", "brat", "--out", {out!r}, "--quiet", "--force", "--ids", "1,2,3,4"])
"""


def test_an_export_killed_while_it_undid_itself_is_undone_not_taken_as_whole(library, tmp_path):
    """A rename refused midway: the export puts the earlier files back itself, deleting its card's partial file
    on the way; killed there, the article it left out (set aside first) is still to be put back. The card in
    place is not the journaled one, so the export did not stand, card's partial file gone or not."""
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    earlier = folder_bytes(out)
    done = python(_STOPPED_THEN_KILLED.format(db=str(library), out=str(out)))
    assert done.returncode == 9, done.stderr
    assert not (out / "dataset.json.part").exists() and (out / "article-000005.txt.earlier").exists()
    recover(out)
    assert folder_bytes(out) == earlier


def test_a_file_the_stopped_export_could_not_put_back_is_put_back_by_the_next(library, tmp_path, monkeypatch):
    """A rename refused midway, and putting one earlier file back refused too: the journal stays, so the next
    export puts that file back instead of taking the earlier card in place for the new export standing whole
    (which deleted the earlier export's file)."""
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    earlier = folder_bytes(out)
    another_article(library)
    real, done = os.replace, []

    def replace(src, dst):
        done.append(dst)
        putting_back = str(src).endswith("article-000003.txt.earlier")
        if len(done) == 22 or (putting_back and done.count(dst) == 2):  # the rename, then its first put-back
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    db = open_db(library)
    with pytest.raises(OSError):
        export(db, "brat", out)
    db.close()
    monkeypatch.undo()
    assert not (out / "article-000003.txt").exists() and (out / JOURNAL).is_file()
    assert recover(out).code == "export_put_back"
    assert folder_bytes(out) == earlier
