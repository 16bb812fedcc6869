"""Migration 17: an article's mentions indexed in the order they are read (start, then end), so opening an
article reads them in order instead of sorting them; an older library is upgraded once (a long upgrade: it reads
every mention), a newer one refused."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.datasets.common import store_text
from core.model import Mention
from core.store import open_db
from core.store.errors import LibraryError
from core.store.mentions import mentions_for, replace_detected
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from core.store.upgrade import needs_long_upgrade

ROOT = Path(__file__).resolve().parents[2]
BODY = "日本と中国の外相が北京で会談した。日中外相会談は3時間に及んだ。"
# Spans sharing a start (日中外相会談, 日中, 日) are read shortest first: the order the reader paints them in.
SPANS = [(17, 23, "EVENT"), (17, 19, "GPE"), (0, 2, "GPE"), (17, 18, "GPE"), (3, 5, "GPE"), (9, 11, "GPE")]


def library_with_mentions(path):
    db = open_db(path)
    article_id, _ = store_text(db, "test#1", "txt", BODY)
    replace_detected(db, article_id, BODY, [Mention(s, e, BODY[s:e], kind) for s, e, kind in SPANS], 1)
    return db, article_id


def statements_of(db, call) -> list[str]:
    """The SQL statements call() runs on db's connection."""
    run: list[str] = []
    db.conn.set_trace_callback(run.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    return run


def plan_of_reading_mentions(db, article_id) -> list[str]:
    """How SQLite runs the query that reads an article's mentions in order."""
    [query] = [sql for sql in statements_of(db, lambda: mentions_for(db, article_id)) if "FROM mentions" in sql]
    return [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + query)]


def test_an_articles_mentions_are_read_in_order_without_a_sort(tmp_path):
    db, article_id = library_with_mentions(tmp_path / "lib.db")
    assert [(m.start, m.end) for m in mentions_for(db, article_id)] == sorted((s, e) for s, e, _ in SPANS)
    plan = plan_of_reading_mentions(db, article_id)
    assert any("USING INDEX mentions_article" in step for step in plan)
    assert not any("TEMP B-TREE" in step for step in plan), plan
    db.close()


def as_schema_16(path) -> None:
    """The library at path made as Kaidan's schema 16 left it: mentions indexed by article and start only."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX mentions_article")
    conn.execute("CREATE INDEX mentions_article ON mentions(article_id, start_char)")
    conn.execute("PRAGMA user_version=16")
    conn.close()


def test_a_library_of_schema_16_is_upgraded_once_its_mentions_kept(tmp_path):
    path = tmp_path / "old.db"
    db, article_id = library_with_mentions(path)
    before = db.execute("SELECT * FROM mentions ORDER BY id").fetchall()
    db.close()
    as_schema_16(path)

    db = open_db(path)
    assert schema_version(db) == len(MIGRATIONS) == 17
    assert (tmp_path / "old.db.v16.bak").is_file()  # backed up before the upgrade, as every upgrade is
    assert db.execute("SELECT * FROM mentions ORDER BY id").fetchall() == before
    assert not any("TEMP B-TREE" in step for step in plan_of_reading_mentions(db, article_id))
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    (tmp_path / "old.db.v16.bak").unlink()
    db = open_db(path)  # opened again: nothing left to upgrade, no second backup
    assert schema_version(db) == 17 and not (tmp_path / "old.db.v16.bak").exists()
    assert [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'mentions' "
                                           "AND type = 'index' ORDER BY name")] == ["mentions_article",
                                                                                    "mentions_entity"]
    db.close()


def old_library_of_many_mentions(path, copies: int = 5_000):
    """A schema-16 library whose one article carries copies times its mentions (shifted a character each), as
    a large library carries millions: enough for the index step to take several reports."""
    db, _ = library_with_mentions(path)
    db.execute("""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                  INSERT INTO mentions (article_id, start_char, end_char, text, type, origin, state, created)
                  SELECT article_id, start_char + i, end_char + i, text, type, origin, state, created
                  FROM mentions, n""", [copies - 1])
    db.conn.commit()
    total = db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    db.close()
    as_schema_16(path)
    return total


def test_the_upgrade_from_schema_16_is_long_and_says_how_far_it_is(tmp_path):
    """It reads every mention (a minute or so at a million articles): the window shows it in the upgrade
    dialog, the command line on stderr, as its own step after the backup, counted in mentions indexed (from
    the steps SQLite takes, one statement telling nothing itself); nothing is rewritten, so nothing is
    compacted."""
    path = tmp_path / "old.db"
    total = old_library_of_many_mentions(path)
    assert needs_long_upgrade(path)
    steps = []
    open_db(path, progress=lambda done, total, what: steps.append((done, total, what))).close()
    assert {what for _, _, what in steps} == {"backup", "index mentions"}
    counted = [(done, of) for done, of, what in steps if what == "index mentions"]
    assert counted[0] == (0, total) and counted[-1] == (total, total) and not needs_long_upgrade(path)
    between = [done for done, _ in counted[1:-1]]
    assert len(between) >= 4 and between == sorted(set(between)) and 0 < between[0] and between[-1] < total
    # the count follows the work: the estimate a report ends at is never far behind the rows read
    assert between[-1] >= total * 0.8, counted


def test_a_small_library_says_its_mentions_index_step_once_done(tmp_path):
    path = tmp_path / "old.db"
    db, _ = library_with_mentions(path)
    db.close()
    as_schema_16(path)
    steps = []
    open_db(path, progress=lambda done, total, what: steps.append((done, total, what))).close()
    assert [step for step in steps if step[2] != "backup"] == [(0, 6, "index mentions"), (6, 6, "index mentions")]


def test_a_library_of_a_newer_schema_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "newer.db"
    db, _ = library_with_mentions(path)
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    db.close()
    data = path.read_bytes()
    with pytest.raises(LibraryError, match=r"library schema 18 is newer than this Kaidan \(17\); open it with "
                                           r"the newer Kaidan that wrote it"):
        open_db(path)
    assert path.read_bytes() == data


def test_a_library_of_schema_16_left_without_the_index_is_upgraded_too(tmp_path):
    """A library whose mentions index a tool (or the user, in sqlite3) dropped: indexed anew, not refused."""
    path = tmp_path / "old.db"
    db, article_id = library_with_mentions(path)
    db.close()
    as_schema_16(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX mentions_article")
    conn.close()
    db = open_db(path)
    assert schema_version(db) == 17
    assert not any("TEMP B-TREE" in step for step in plan_of_reading_mentions(db, article_id))
    db.close()


def test_the_command_line_counts_the_mentions_indexed_on_stderr(tmp_path):
    path = tmp_path / "old.db"
    total = old_library_of_many_mentions(path)
    run = subprocess.run([sys.executable, "main.py", "list", "--json", "--db", str(path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    step = lines.index("kaidan: upgrading the library: indexing every article's mentions in reading order")
    counts = [line for line in lines[step + 1:] if line.endswith(" mentions")]
    assert len(counts) >= 4 and counts[-1] == f"kaidan:   {total}/{total} mentions", lines
