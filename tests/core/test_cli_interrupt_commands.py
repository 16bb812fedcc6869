"""Ctrl+C during analyze, claims suggest, meetings suggest, export and merge: the first press stops the command at an
article (a library, for merge) with nothing half-written and one line saying what was done and what running it
again does; a second press stops it at once.

Ctrl+C is a real SIGINT sent to this process from the command's progress report, so the handler the command
installs is the one that answers it.
"""

from __future__ import annotations

import os
import signal
import threading

import pytest

from core import learning
from core.cli import main
from core.cli.progress import Progress
from core.jobs import import_paths
from core.store import open_db
from core.store.mentions import add_user_mention
from tests.core.team.team_libraries import copy_library, team_of_three

ARTICLES = 30


class CtrlC(Progress):
    """The command's progress, which presses Ctrl+C `presses` times as it reports `at` items done (None: at its
    first report)."""

    def __init__(self, *args, at: int | None, presses: int = 1, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.at, self.presses, self.seen = at, presses, []

    def __call__(self, done: int, total: int, source: str) -> None:
        super().__call__(done, total, source)
        self.seen.append(done)
        if done == self.at or self.at is None and len(self.seen) == 1:
            for _ in range(self.presses):
                os.kill(os.getpid(), signal.SIGINT)


@pytest.fixture
def ctrl_c(monkeypatch):
    """press(module, at, presses): the command run from module presses Ctrl+C at `at` done; returns its progress."""
    assert threading.current_thread() is threading.main_thread()  # the handler is the command's, not pytest's
    made = []

    def press(module: str, at: int, presses: int = 1) -> list:
        def progress(*args, **kwargs):
            made.append(CtrlC(*args, at=at, presses=presses, **kwargs))
            return made[-1]
        monkeypatch.setattr(f"{module}.Progress", progress)
        return made
    return press


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """30 made-up articles: each with names, a quote said by a minister and a meeting (imported once a module)."""
    tmp_path = tmp_path_factory.mktemp("imported")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(ARTICLES):
        day = i % 28 + 1
        (folder / f"a{i:02}.txt").write_text(
            f"日中外相が会談 第{i}報\n2025年3月{day}日\n"
            f"岩屋外相は{day}日、東京で中国の王毅外相と会談した。岩屋氏は「対話を続けたい」と述べた。"
            f"王氏は会談後、記者団に「日本との関係改善に努める」と語った。会談は約{i}時間に及んだ。\n",
            encoding="utf-8")
    path = tmp_path / "lib.db"
    assert len(import_paths([folder], path).imported) == ARTICLES
    return path


@pytest.fixture
def library(imported, tmp_path):
    """A test's own copy of the 30 articles imported."""
    return copy_library(imported, tmp_path / "lib.db")


def _rows(path, sql: str) -> list:
    db = open_db(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _mentions_by_article(path) -> dict[int, int]:
    return dict(_rows(path, "SELECT article_id, count(*) FROM mentions GROUP BY article_id"))


def _last_line(err: str) -> str:
    return err.rstrip().splitlines()[-1]


def test_analyze_stops_after_the_article_in_hand_and_says_how_many_it_analysed(library, ctrl_c, capsys):
    full = _mentions_by_article(library)
    db = open_db(library)
    db.execute("UPDATE articles SET entities_version = 0")  # an analysis still to come sets it again
    db.conn.commit()
    db.close()
    ctrl_c("core.cli.analysis_commands", at=10)
    assert main(["analyze", "--db", str(library)]) == 130
    out, err = capsys.readouterr()
    analysed = [i for (i,) in _rows(library, "SELECT id FROM articles WHERE entities_version = 1 ORDER BY id")]
    assert 10 <= len(analysed) < ARTICLES
    ids = [i for (i,) in _rows(library, "SELECT id FROM articles ORDER BY id")]
    assert analysed == ids[:len(analysed)]  # the first ones, in order
    assert _mentions_by_article(library) == full  # each article whole: analysed ones saved, the rest untouched
    assert f"analyzed {len(analysed)} articles" in out
    assert _last_line(err) == (f"kaidan: interrupted: {len(analysed)} of {ARTICLES} articles analysed, the rest "
                               "not; running it again analyses them all from the start (your decisions kept)")
    assert "0/30 articles" in err  # progress before


def test_a_second_ctrl_c_stops_analyze_at_once(library, ctrl_c, capsys):
    db = open_db(library)
    db.execute("UPDATE articles SET entities_version = 0")
    db.conn.commit()
    db.close()
    made = ctrl_c("core.cli.analysis_commands", at=10, presses=2)
    assert main(["analyze", "--db", str(library)]) == 130
    assert made[0].seen == list(range(11))  # no article reported after the presses
    assert _last_line(capsys.readouterr().err) == "kaidan: interrupted"
    saved = _rows(library, "SELECT count(*) FROM articles WHERE entities_version = 1")[0][0]
    assert saved < 10  # stopped before the article in hand was saved: nothing half-written (integrity checked)


def test_claims_suggest_stops_and_keeps_the_articles_done(library, ctrl_c, capsys):
    db = open_db(library)
    db.execute("DELETE FROM claims WHERE state = 'candidate'")
    db.conn.commit()
    db.close()
    ctrl_c("core.cli.analysis_commands", at=5)
    assert main(["claims", "suggest", "--db", str(library)]) == 130
    err = capsys.readouterr().err
    done = [a for (a,) in _rows(library, "SELECT DISTINCT article_id FROM claims ORDER BY article_id")]
    ids = [i for (i,) in _rows(library, "SELECT id FROM articles ORDER BY id")]
    assert 5 <= len(done) < ARTICLES and done == ids[:len(done)]
    assert _rows(library, "SELECT count(*) FROM claims")[0][0] == 2 * len(done)  # both quotes of each
    assert _last_line(err) == (f"kaidan: interrupted: claims suggested in {len(done)} of {ARTICLES} articles, the "
                               "rest not; running it again suggests them in all from the start (your claims and "
                               "decisions kept)")


def test_meetings_suggest_stops_and_keeps_the_articles_done(library, ctrl_c, capsys):
    db = open_db(library)
    for table in ("meeting_links", "meeting_mentions", "meeting_participants", "meetings"):
        db.execute(f"DELETE FROM {table}")
    db.conn.commit()
    db.close()
    ctrl_c("core.cli.analysis_commands", at=5)
    assert main(["meetings", "suggest", "--db", str(library)]) == 130
    err = capsys.readouterr().err
    done = _rows(library, "SELECT count(DISTINCT article_id) FROM meeting_mentions")[0][0]
    assert 5 <= done < ARTICLES
    assert _last_line(err) == (f"kaidan: interrupted: meetings suggested in {done} of {ARTICLES} articles, the rest "
                               "not; running it again goes through them all from the start")


def test_export_stops_leaving_no_file_and_says_so(library, tmp_path, capsys, monkeypatch):
    made = []

    class AtTheStart(CtrlC):  # the export reports every 100th article: it presses at the first report
        def __init__(self, *args, **kwargs):
            super().__init__(*args, at=0, **kwargs)
            made.append(self)

    monkeypatch.setattr("core.cli.library_commands.Progress", AtTheStart)
    out = tmp_path / "export"
    assert main(["export", "--db", str(library), "--format", "jsonl", "--out", str(out)]) == 130
    said = capsys.readouterr()
    assert made[0].seen == [0] and not out.exists()  # the folder it made is gone with its files
    assert "exported" not in said.out
    assert _last_line(said.err) == (f"kaidan: interrupted: nothing exported (no file of this export is left in "
                                    f"{out}); running it again exports from the start")


def test_merge_stops_between_libraries_and_says_how_many_it_merged(tmp_path, ctrl_c, capsys):
    paths = team_of_three(tmp_path)
    two = {h for path in paths[:2] for (h,) in _rows(path, "SELECT content_hash FROM articles")}
    made = ctrl_c("core.cli.merge_command", at=1)  # while the second library is merged: it is finished, then stop
    team = tmp_path / "team.db"
    assert main(["merge", *map(str, paths), "--out", str(team)]) == 130
    said = capsys.readouterr()
    assert made[0].seen == [0, 1]
    assert {h for (h,) in _rows(team, "SELECT content_hash FROM articles")} == two
    assert [n for (n,) in _rows(team, "SELECT name FROM team_members ORDER BY name")] == ["aoki", "baba"]
    assert "0/3 libraries" in said.err and "1/3 libraries" in said.err  # progress by library
    assert _last_line(said.err) == ("kaidan: interrupted: 2 of 3 libraries merged, the rest not; running it again "
                                    "merges them all (those merged are only brought up to date)")


def test_entities_improve_stopped_while_training_keeps_the_tagger_it_had(library, ctrl_c, capsys, monkeypatch):
    base = learning.base_examples()[:300]  # the same code path, a test-sized training
    monkeypatch.setattr(learning, "base_examples", lambda: base)
    db = open_db(library)
    first = db.execute("SELECT id, body FROM articles ORDER BY id").fetchone()
    start = first[1].index("岩屋外相")
    add_user_mention(db, first[0], start, start + 2, "PERSON")  # a corrected article to learn from
    model = learning.library_model_path(db)
    db.close()
    made = ctrl_c("core.cli.analysis_commands", at=None)
    assert main(["entities", "improve", "--db", str(library)]) == 130
    assert made[0].seen[:1] == made[0].seen  # training was reported on, and nothing after the press
    assert _last_line(capsys.readouterr().err) == ("kaidan: interrupted: the tagger was not retrained (the library's "
                                                   "tagger is as it was); running it again trains it from the start")
    assert not model.exists() and not list(model.parent.glob(model.name + "*"))  # no model, none half-written


def test_merge_stopped_counts_a_library_it_could_not_merge_apart_from_those_merged(tmp_path, ctrl_c, capsys,
                                                                                  monkeypatch):
    import sqlite3

    from core.team import merge

    paths = team_of_three(tmp_path)
    real = merge._merge_one

    def damaged_first(team, source, name, path, report):
        if path == str(paths[0]):  # damaged past its first page: it opens, then fails at a read
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(team, source, name, path, report)

    monkeypatch.setattr(merge, "_merge_one", damaged_first)
    ctrl_c("core.cli.merge_command", at=1)  # while the second library is merged: it is finished, then stop
    team = tmp_path / "team.db"
    assert main(["merge", *map(str, paths), "--out", str(team)]) == 130
    said = capsys.readouterr()
    assert [n for (n,) in _rows(team, "SELECT name FROM team_members ORDER BY name")] == ["baba"]
    assert _last_line(said.err) == ("kaidan: interrupted: 1 of 3 libraries merged (1 could not be), the rest not; "
                                    "running it again merges them all (those merged are only brought up to date)")
