"""Migration 14: the articles table rebuilt with its large texts last, every text and tie kept."""

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

import sqlite_utils

from core.ingest import read_path
from core.store import open_db
from core.store.article_list import LIST_COLUMNS, article_page, list_rows
from core.store.articles import get_article, insert_article
from core.store.migrate import migrate, schema_version
from core.store.migrations import MIGRATIONS
from tests.core.before_marks import library_of_schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LARGE = ("body", "body_lines", "line_labels", "raw")


def real_articles():
    """Saved pages of real news sites, one of them as large as a saved page with its scripts and styles."""
    articles = []
    for path in [*sorted((FIXTURES / "pages").glob("*.txt")), FIXTURES / "ingest_news_page.html"]:
        articles.extend(read_path(path))
    page = articles[-1]
    articles.append(dataclasses.replace(page, raw=page.raw * 80))
    return articles


def old_library(path: Path, version: int = 13) -> None:
    with library_of_schema(path, version) as old:
        stored = [insert_article(old, article)[0] for article in real_articles()]
        for article_id, article in zip(stored, real_articles()):
            old.execute("INSERT INTO mentions (article_id, start_char, end_char, text, type, origin, created) "
                        "VALUES (?, 0, 2, ?, 'ORG', 'detected', '2026-01-01')", [article_id, article.body[:2]])
        old.execute("UPDATE articles SET status = 'done', cleaning_check = 'two dates' WHERE id = 2")


# The indexes an upgrade adds to an old library's articles after this migration (the list's dates, migration 16).
ADDED_INDEXES = ["articles_list_date", "articles_list_date_nulls_last"]


def fingerprint(db) -> dict:
    """Every column of every article (a digest each), the rows tied to them, the indexes."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(articles)")]
    texts = {}
    for column in columns:
        digest = hashlib.sha256()
        for (value,) in db.execute(f"SELECT [{column}] FROM articles ORDER BY id"):
            digest.update(repr(value).encode())
        texts[column] = digest.hexdigest()
    return {
        "columns": texts,
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "mentions": db.execute("SELECT count(*) FROM mentions").fetchone()[0],
        "indexes": sorted(name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'")),
        "raw": db.execute("SELECT max(length(raw)) FROM articles").fetchone()[0],
    }


def test_an_old_library_migrates_with_every_text_intact(tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    conn = sqlite3.connect(path)
    before = fingerprint(conn)
    conn.close()
    assert before["articles"] >= 6 and before["raw"] > 200_000

    db = open_db(path)
    after = fingerprint(db.conn)
    assert schema_version(db) == len(MIGRATIONS)
    assert after == before | {"indexes": sorted(before["indexes"] + ADDED_INDEXES)}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0  # compacted: the old table's pages given back
    # the library works as before: search, the list, opening an article, deleting one (its mentions go)
    assert article_page(db, search="記事") or article_page(db)
    assert list_rows(db, [2])[2]["status"] == "done"
    assert get_article(db, 2).cleaning_check == "two dates"
    db.execute("DELETE FROM articles WHERE id = 1")
    assert db.execute("SELECT count(*) FROM mentions WHERE article_id = 1").fetchone()[0] == 0
    db.close()


def test_foreign_keys_on_during_the_migration_delete_nothing(tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    db.execute("PRAGMA foreign_keys=ON")
    mentions = db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    migrate(db)
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == mentions > 0
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_list_columns_come_before_the_large_texts_and_raw_last(tmp_path):
    db = open_db(tmp_path / "new.db")
    columns = [row[1] for row in db.execute("PRAGMA table_info(articles)")]
    db.close()
    # A column the list reads after a saved page would be reached through the page's overflow chain.
    assert tuple(columns[-len(LARGE):]) == LARGE
    assert max(columns.index(c) for c in LIST_COLUMNS) < columns.index("captions")
