"""An export killed while it writes (the process killed, the machine off), before any of its files is renamed
into place, leaves only its partial files (NAME.part); the next export into the folder removes them and says so.
Before, they stayed for good: the next export replaced only those of the names it wrote again. A user's own file
ending in .part, even one named as Kaidan names its own, is never touched."""

import os

import pytest

from core.cli import main
from core.export.parts import PARTS, clear_parts
from tests.reliability.helpers import export_library, python

# The export in its own process, killed (as kill -9 or a power cut would) as it makes its n-th partial file.
_KILLED_WRITING = """
import os, pathlib
from core.cli import main
real_open, made = pathlib.Path.open, []
def opened(path, mode="r", *args, **kwargs):
    if str(path).endswith(".part") and "x" in mode:
        if len(made) == {n}:
            os._exit(9)
        made.append(path)
    return real_open(path, mode, *args, **kwargs)
pathlib.Path.open = opened
main(["export", "--db", {db!r}, "--format", {fmt!r}, "--out", {out!r}, "--quiet"])
"""

USERS_OWN = {"notes.txt": b"the user's own", "draft.part": b"a partial file of the user's own",
             "article-000009.txt.part": b"named as Kaidan names its partial files, the user's own"}


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def folder_of_the_users(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name, data in USERS_OWN.items():
        (out / name).write_bytes(data)
    return out


def killed_writing(library, out, fmt, n):
    done = python(_KILLED_WRITING.format(n=n, db=str(library), out=str(out), fmt=fmt))
    assert done.returncode == 9, done.stderr


def kaidans_parts(out):
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".part") and p.name not in USERS_OWN)


def files_of(out):
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


# brat writes each article's two files (.txt, .ann) as it goes; csv opens its seven tables at once
@pytest.mark.parametrize("fmt, n", [("brat", 1), ("brat", 7), ("csv", 4)])
def test_the_next_export_removes_the_partial_files_of_one_killed_while_writing(library, tmp_path, capsys, fmt, n):
    out = folder_of_the_users(tmp_path)
    killed_writing(library, out, fmt, n)
    assert len(kaidans_parts(out)) == n  # left behind by the kill
    capsys.readouterr()
    # the next export: another format, whose own files have none of those names
    assert main(["export", "--db", str(library), "--format", "jsonl", "--out", str(out), "--quiet"]) == 0
    said = capsys.readouterr().out
    partial = "1 partial file" if n == 1 else f"{n} partial files"  # (one file: never "1 partial files")
    gone = "it was removed" if n == 1 else "they were removed"
    assert f"note: an interrupted export had left {partial} in {out}: {gone}" in said
    assert kaidans_parts(out) == [] and PARTS not in os.listdir(out)
    assert {name: data for name, data in files_of(out).items() if name in USERS_OWN} == USERS_OWN


def test_a_refresh_of_fewer_articles_leaves_none_of_the_killed_exports_partial_files(library, tmp_path):
    out = folder_of_the_users(tmp_path)
    killed_writing(library, out, "brat", 9)  # four articles' files and the fifth's .txt
    assert main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet",
                 "--ids", "1,2"]) == 0
    assert kaidans_parts(out) == []
    assert sorted(n for n in os.listdir(out) if n.startswith("article-0000") and n not in USERS_OWN) == [
        "article-000001.ann", "article-000001.txt", "article-000002.ann", "article-000002.txt"]


def test_a_partial_file_the_user_saved_over_since_is_theirs(library, tmp_path):
    """The user's editor saved its own file under the name of one of the killed export's (a new file renamed
    over it): not the file the export made, so it stays."""
    out = folder_of_the_users(tmp_path)
    killed_writing(library, out, "brat", 4)
    (out / "saved.tmp").write_text("the user's text")
    os.replace(out / "saved.tmp", out / "article-000001.txt.part")
    said = clear_parts(out)
    assert said.details["count"] == 3
    assert kaidans_parts(out) == ["article-000001.txt.part"]
    assert (out / "article-000001.txt.part").read_text() == "the user's text"


def test_a_list_cut_short_or_damaged_removes_nothing_it_does_not_name(library, tmp_path):
    out = folder_of_the_users(tmp_path)
    killed_writing(library, out, "brat", 4)
    lines = (out / PARTS).read_text(encoding="utf-8").splitlines()
    (out / PARTS).write_text("\n".join(lines[:3] + ['["article-000002.ann", 12', '["notes.txt", 1]', '["../x", 2]']),
                             encoding="utf-8")  # the last line cut short by a power cut, and lines not Kaidan's
    assert clear_parts(out).details["count"] == 2
    assert kaidans_parts(out) == ["article-000002.ann.part", "article-000002.txt.part"]
    assert {name: data for name, data in files_of(out).items() if name in USERS_OWN} == USERS_OWN
    (out / PARTS).write_text("not a list of Kaidan's")
    assert clear_parts(out) is None and PARTS not in os.listdir(out)
    assert kaidans_parts(out) == ["article-000002.ann.part", "article-000002.txt.part"]


def test_an_export_that_stands_or_is_cancelled_leaves_no_list(library, tmp_path):
    from core.export import export
    from core.store import open_db

    out = tmp_path / "out"
    db = open_db(library)
    export(db, "brat", out)
    assert PARTS not in os.listdir(out)
    result = export(db, "csv", tmp_path / "cancelled", cancelled=lambda: True)
    db.close()
    assert result.cancelled and not (tmp_path / "cancelled").exists()


def test_a_disk_full_when_the_list_is_written_fails_the_export_and_leaves_nothing(library, tmp_path, monkeypatch):
    """The list is the first file an export makes room for after its first partial file: a disk with no room
    for it fails the export as a full disk does, and nothing of it is left."""
    import errno

    from core.export import export, failure_message
    from core.export import parts
    from core.store import open_db

    class Full:  # a file whose buffered line the disk has no room for: its flush and its close fail
        def write(self, text):
            pass

        def flush(self):
            raise OSError(errno.ENOSPC, "No space left on device")

        close = flush

    real_open = open
    monkeypatch.setattr(parts, "open", lambda path, mode, **kw: (real_open(path, mode, **kw).close(), Full())[1],
                        raising=False)
    out = folder_of_the_users(tmp_path)
    db = open_db(library)
    with pytest.raises(OSError) as failed:
        export(db, "brat", out)
    db.close()
    assert failure_message(failed.value, out).code == "export_failed"
    assert files_of(out) == USERS_OWN
