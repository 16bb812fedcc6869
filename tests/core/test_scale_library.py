"""bench.scale_library: a library grown in SQL from imported articles reads as the import's own, repeated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench.scale_library import build_base, check_library, scale_library
from core.store import open_db
from core.store.article_list import article_ids, article_page, count_matching
from core.store.articles import count_articles, get_article
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from core.store.search_marks import search_count, search_ids
from tests.shared_data import SHARED, require

BASE = 6
SCALED = 15  # two whole copies of the base and half of a third


@pytest.fixture(scope="module")
def libraries(tmp_path_factory) -> tuple[Path, Path]:
    require(SHARED / "corpus" / "wikinews" / "txt", "the Wikinews corpus")
    require(SHARED / "corpus" / "livedoor" / "text", "the livedoor news corpus")
    folder = tmp_path_factory.mktemp("scaled")
    base, scaled = folder / "base.db", folder / "scaled.db"
    build_base(base, BASE)
    scale_library(base, scaled, SCALED)
    return base, scaled


def _rows(db, sql: str, article_id: int) -> list[tuple]:
    return [tuple(row) for row in db.execute(sql, [article_id]).fetchall()]


def test_the_scaled_library_opens_as_any_library_and_passes_sqlites_checks(libraries):
    _base, scaled = libraries
    assert check_library(scaled) == []
    db = open_db(scaled)
    try:
        assert schema_version(db) == len(MIGRATIONS)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert count_articles(db) == SCALED
        indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"articles_published", "mentions_article", "claims_article", "meeting_mentions_article"} <= indexes
        # one merged search index, as after a large import
        assert db.execute("SELECT count(DISTINCT segid) FROM article_search_idx").fetchone()[0] == 1
        # the marks index holds each copy's marks: a search of marks alone counts every copy
        holding = [i for i, text in db.execute("SELECT id, title || body FROM articles") if "「" in text]
        assert search_count(db, "「") == len(holding) and search_ids(db, "「", "id", False) == sorted(holding)
    finally:
        db.close()
    assert not Path(str(scaled) + ".part").exists()


def test_each_copy_holds_its_articles_work_under_new_ids(libraries):
    base_path, scaled_path = libraries
    base, scaled = open_db(base_path, readonly=True), open_db(scaled_path, readonly=True)
    try:
        ids = [row[0] for row in base.execute("SELECT id FROM articles ORDER BY id")]
        shift = ids[-1]
        meeting_shift = base.execute("SELECT coalesce(max(id), 0) FROM meetings").fetchone()[0]
        assert base.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
        for article_id in ids:
            original = get_article(base, article_id)
            copies = [article_id + k * shift for k in range(3) if article_id + k * shift <= SCALED]
            for copy in copies:
                stored = get_article(scaled, copy)
                assert (stored.title, stored.body, stored.published) == (original.title, original.body,
                                                                        original.published)
                for sql in ("SELECT start_char, end_char, text, type, entity_id, state FROM mentions "
                            "WHERE article_id = ? ORDER BY start_char, end_char, id",
                            "SELECT start_char, end_char, text, holder_text, stance FROM claims "
                            "WHERE article_id = ? ORDER BY start_char, id"):
                    assert _rows(scaled, sql, copy) == _rows(base, sql, article_id)
                k = (copy - article_id) // shift
                tied = "SELECT meeting_id FROM meeting_mentions WHERE article_id = ? ORDER BY start_char, id"
                assert _rows(scaled, tied, copy) == [
                    (None if m is None else m + k * meeting_shift,) for (m,) in _rows(base, tied, article_id)]
        assert scaled.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == SCALED
    finally:
        base.close()
        scaled.close()


def test_search_and_counts_agree_with_the_base_repeated(libraries):
    base_path, scaled_path = libraries
    base, scaled = open_db(base_path, readonly=True), open_db(scaled_path, readonly=True)
    try:
        shift = base.execute("SELECT max(id) FROM articles").fetchone()[0]
        titles = [row[0] for row in base.execute("SELECT title FROM articles WHERE title IS NOT NULL")]
        queries = ["会談", "の", *(title[:2] for title in titles)]
        for query in queries:
            expected = {i + k * shift for i in article_ids(base, query) for k in range(3)} & set(range(1, SCALED + 1))
            found = article_ids(scaled, query)
            assert set(found) == expected, query
            assert count_matching(scaled, query) == len(expected)
            assert article_page(scaled, query, limit=4) == found[:4]
        assert any(count_matching(scaled, query) > 1 for query in queries)
        assert count_matching(scaled) == SCALED
    finally:
        base.close()
        scaled.close()


def test_a_base_holding_a_users_edits_is_refused(libraries, tmp_path):
    base_path, _scaled = libraries
    edited = tmp_path / "edited.db"
    source, target = sqlite3.connect(base_path), sqlite3.connect(edited)
    source.backup(target)
    source.close()
    target.execute("INSERT INTO changes(at, action, target) VALUES ('2025-01-01', 'set_status', 'articles')")
    target.commit()
    target.close()
    with pytest.raises(ValueError, match="change log"):
        scale_library(edited, tmp_path / "out.db", 20)
    assert not (tmp_path / "out.db").exists() and not (tmp_path / "out.db.part").exists()
    corrected = sqlite3.connect(edited)
    corrected.execute("DELETE FROM changes")
    corrected.execute("INSERT INTO cleaning_overrides VALUES ('abc', 3, 'drop', NULL, '2025-01-01')")
    corrected.commit()
    corrected.close()
    with pytest.raises(ValueError, match="cleaning corrections"):
        scale_library(edited, tmp_path / "out.db", 20)
    with pytest.raises(ValueError, match="more than"):
        scale_library(base_path, tmp_path / "out.db", BASE - 1)


def test_raw_pages_give_the_articles_saved_pages_in_turn(libraries, tmp_path):
    base, _scaled = libraries
    pages = tmp_path / "pages"
    pages.mkdir()
    saved = (Path(__file__).resolve().parents[1] / "fixtures" / "ingest_news_page.html").read_text(encoding="utf-8")
    for number, copies in enumerate((1, 40)):  # a small page and one of saved-page size
        (pages / f"{number}.html").write_text(saved * copies, encoding="utf-8")
    out = tmp_path / "raw.db"
    scale_library(base, out, SCALED, raw_pages=pages)
    db = open_db(out, readonly=True)
    try:
        raws = [row[0] for row in db.execute("SELECT raw FROM articles ORDER BY id")]
        assert raws[:BASE] == [saved * (1 if i % 2 == 0 else 40) for i in range(BASE)]
        assert raws[BASE:2 * BASE] == raws[:BASE]  # each copy repeats its base article's page
    finally:
        db.close()
    assert check_library(out) == []
