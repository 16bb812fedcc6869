"""The library file: schema, upgrades, duplicates, and search over Japanese text."""

import sqlite3

import pytest

from core.article import Article
from core.store import open_db
from core.store.article_list import article_ids
from core.store.articles import get_article, insert_article, replace_cleaning
from core.store.db import LibraryError
from core.store.migrate import migrate, schema_version
from core.store.migrations import MIGRATIONS
from core.store.search import grams, match_expression


def make(body: str, title: str = "", published: str | None = None) -> Article:
    lines = body.split("\n")
    return Article(
        source="test.txt", source_format="txt", raw=f"{title}\n{body}", title=title or None,
        published=published, paragraphs=lines, body_lines=list(range(2, 2 + len(lines))),
    )


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "library.db")
    yield database
    database.close()


def test_new_library_is_wal_and_current(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(db) == len(MIGRATIONS)


def test_same_content_is_stored_once(db):
    first = insert_article(db, make("米中外相が会談した。"))
    again = insert_article(db, make("米中外相が会談した。"))
    assert first[1] is True and again == (first[0], False)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


@pytest.mark.parametrize(
    "query, expected",
    [("会談", {1, 2}), ("米中", {1}), ("米中会談", {1}), ("習近平", {2}), ("中", {1, 2}),
     ("ASEAN", {3}), ("asean", {3}), ("電話 会談", {2}), ("存在しない語", set())],
)
def test_search_finds_short_japanese_words(db, query, expected):
    insert_article(db, make("米中会談が開かれた。", title="米中外相"))
    insert_article(db, make("習近平国家主席と電話会談した。", title="中国"))
    insert_article(db, make("ASEAN関連会合が始まる。", title="東南アジア"))
    assert set(article_ids(db, search=query)) == expected


def test_search_follows_a_recleaned_body(db):
    article_id, _ = insert_article(db, make("外相が会談した。"))
    replaced = make("外相が電話で協議した。")
    replace_cleaning(db, article_id, replaced)
    assert article_ids(db, search="会談") == []
    assert article_ids(db, search="協議") == [article_id]


def test_sorting(db):
    insert_article(db, make("一つ目の記事。", title="b", published="2025-01-02"))
    insert_article(db, make("二つ目の記事。", title="a", published="2025-03-01"))
    insert_article(db, make("日付のない記事。", title="c"))
    assert article_ids(db, sort="published") == [2, 1, 3]
    assert article_ids(db, sort="title", descending=False) == [2, 1, 3]


def test_grams_and_queries_agree():
    assert grams("米中会談") == "米中 中会 会談 談"
    assert match_expression("会談") == '"会談"'
    assert match_expression("米") == '"米"*'
    assert match_expression("「」、") is None


def test_characters_outside_the_bmp_round_trip(db):
    article_id, _ = insert_article(db, make("𠮷野家で会談した。"))
    assert get_article(db, article_id).body == "𠮷野家で会談した。"
    assert article_ids(db, search="𠮷野") == [article_id]


def test_older_library_is_upgraded_after_a_backup(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    import sqlite_utils

    old = sqlite_utils.Database(conn)
    MIGRATIONS[0](old)
    old.execute("PRAGMA user_version=1")
    conn.close()
    db = open_db(path)
    assert schema_version(db) == len(MIGRATIONS)
    assert (tmp_path / "old.db.v1.bak").exists()
    db.close()


def test_newer_library_is_refused(tmp_path):
    db = open_db(tmp_path / "lib.db")
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    with pytest.raises(LibraryError):
        migrate(db)


def test_not_a_library(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError):
        open_db(path)


def test_article_status_is_saved_and_logged(db):
    from core.store.articles import set_status

    article_id, _ = insert_article(db, make("外相が会談した。"))
    assert set_status(db, article_id, "done", annotator="tester") == "new"
    assert get_article(db, article_id).status == "done"
    assert db.execute("SELECT action, annotator FROM changes").fetchall() == [("set_status", "tester")]
    with pytest.raises(ValueError):
        set_status(db, article_id, "finished")


def test_library_days_are_days_a_month_or_year_stands_for_its_own(db):
    """The export offers the library's first and last day as its range: a date of a month (a dataset's column,
    2019-03) is read as its first or last day, never handed on as a date no date field can show."""
    from core.store.article_list import library_days

    assert library_days(db) is None
    insert_article(db, make("月だけの記事。", published="2019-02"))
    insert_article(db, make("日のある記事。", published="2019-02-05T10:00+09:00"))
    assert library_days(db) == ("2019-02-01", "2019-02-05")
    insert_article(db, make("年だけの記事。", published="2020"))
    assert library_days(db) == ("2019-02-01", "2020-12-31")
