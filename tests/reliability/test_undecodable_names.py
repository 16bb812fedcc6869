"""A file whose name is not valid UTF-8 (bytes a Linux file system allows) is imported like any other."""

from __future__ import annotations

import os

from core.cli import main
from core.ingest.paths import path_text
from core.jobs import import_paths
from core.store import open_db
from core.store.articles import get_article

GOOD = "仏外相は12日、パリで記者会見した。仏外相は「対話を続ける」と述べた。\n"
ODD = "英外相は11日、ロンドンで記者会見した。グラント外相は「外交による解決を目指す」と述べた。\n"


def folder_with_an_undecodable_name(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"odd\xff\xfename.txt"), "wb") as handle:
        handle.write(ODD.encode("utf-8"))
    return folder


def test_path_text_escapes_only_undecodable_bytes():
    assert path_text("記事/good.txt") == "記事/good.txt"
    assert path_text(os.fsdecode(b"odd\xff\xfename.txt")) == "odd\\xff\\xfename.txt"


def test_the_batch_goes_in_and_the_name_is_stored_escaped(tmp_path):
    folder = folder_with_an_undecodable_name(tmp_path)
    summary = import_paths([folder], tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 2
    db = open_db(tmp_path / "lib.db", readonly=True)
    sources = sorted(get_article(db, article_id).source for _, article_id in summary.imported)
    db.close()
    assert sources == [str(folder / "good.txt"), str(folder) + "/odd\\xff\\xfename.txt"]


def test_the_command_line_imports_and_names_such_a_file(tmp_path, capsys):
    folder = folder_with_an_undecodable_name(tmp_path)
    assert main(["import", str(folder), "--db", str(tmp_path / "lib.db")]) == 0
    assert "imported 2, duplicates 0, failed 0" in capsys.readouterr().out
    odd = os.fsdecode(os.path.join(os.fsencode(folder), b"odd\xff\xfename.txt"))
    (folder / "good.txt").unlink()
    os.truncate(odd, 0)  # now empty: refused, and named with its bytes escaped
    assert main(["import", odd, "--db", str(tmp_path / "lib.db")]) == 1
    assert "odd\\xff\\xfename.txt: empty file" in capsys.readouterr().out
