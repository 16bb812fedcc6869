"""The command line's counts read as English: "1 article", "1 meeting", "2 meetings", never "1 meetings" (a
library of one made-up article, listed, analysed and its meetings proposed and listed)."""

from __future__ import annotations

from core.cli import main
from core.cli.words import first_lines
from core.plural import counted
from core.store import open_db

ARTICLE = ("日中外相が会談\n2025年3月1日\n岩屋外相は1日、東京で中国の王毅外相と会談した。\n"
           "岩屋外相は「中国の海洋進出は容認できない」と述べた。\n")


def test_counted_nouns_and_lines_read():
    assert [counted(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]
    assert counted(1204, "library", "libraries", grouped=True) == "1,204 libraries"
    assert counted(1, "library", "libraries") == "1 library"
    assert [first_lines(n, "d.jsonl") for n in (0, 1, 1200)] == [
        "none of the lines of d.jsonl", "the first line of d.jsonl", "the first 1,200 lines of d.jsonl"]


def test_a_library_of_one_article_is_counted_in_the_singular(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "lib.db"
    assert main(["import", str(folder), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    assert capsys.readouterr().err.strip() == "1 of 1 article"  # before: "1 of 1 articles"
    assert main(["analyze", "--db", str(db), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("analyzed 1 article, ")  # before: "analyzed 1 articles"
    assert main(["meetings", "suggest", "--db", str(db), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert " in 1 article: " in out and "1 new meetings" not in out and "1 links" not in out
    assert main(["meetings", "list", "--db", str(db)]) == 0
    said = capsys.readouterr()
    library = open_db(db)
    meetings = library.execute("SELECT count(*) FROM meetings").fetchone()[0]
    library.close()
    assert meetings >= 1
    assert said.err.strip() == ("1 meeting" if meetings == 1 else f"{meetings} meetings")
    assert "(1 mentions)" not in said.out
    assert main(["claims", "list", "--db", str(db)]) == 0
    said = capsys.readouterr()
    listed = len(said.out.splitlines())  # the quote proposes a claim: the count is one that can be said wrong
    assert listed >= 1
    # (before: any count ending in " claims" passed, "1 claims" too)
    assert said.err.strip() == ("1 claim" if listed == 1 else f"{listed} claims")


def test_an_import_stopped_after_one_article_says_so_in_core_words_too():
    from core.jobs.summary import stop_reason
    from core.store.errors import DiskFull

    full = DiskFull("the disk is full")
    assert stop_reason(full, 1, (1, 1)) == "the disk is full: 1 article imported, from 1 of 1 file; the rest were not"
    assert stop_reason(full, 1, datasets=True) == "the disk is full: 1 dataset article imported; the rest were not"
    assert stop_reason(full, 12, (14, 30)) == ("the disk is full: 12 articles imported, from 14 of 30 files; the rest "
                                               "were not")


def test_an_analysis_refused_in_a_library_of_one_article_says_of_1_article(tmp_path, monkeypatch):
    import core.analysis
    from core.jobs import import_paths
    from core.store.errors import DiskFull

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "lib.db"
    import_paths([folder], db)

    def full(*_args, **_kwargs):
        raise DiskFull("the disk is full")

    monkeypatch.setattr(core.analysis, "suggest_claims", full)
    summary = core.analysis.analyze_library(db, claims_only=True)
    assert str(summary.stopped) == "the disk is full: 0 of 1 article analysed; the rest were not"  # not "1 articles"
