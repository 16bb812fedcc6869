"""The articles table, one article at a time: storing an article and its search index, its cleaning saved
again, the user's cleaning corrections and status, and the reads of one article or of all of them.

The article list's queries (a page of a search, its count, the list's columns) are in
core.store.article_list.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterator

from core.article import Article, web_url
from core.clock import now
from core.model import Article as StoredArticle
from core.store.changes import log_change
from core.store.transactions import atomic
from core.store.records import record_of
from core.store.rows import insert_row
from core.store.search import grams, marks_text
from core.store.errors import RowGone

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

CLEANING_VERSION = 2
_JSON_FIELDS = ("authors", "captions", "body_lines", "line_labels")


def has_hash(db: sqlite_utils.Database, content_hash: str) -> bool:
    row = db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    return row is not None


def overrides_for(db: sqlite_utils.Database, content_hash: str) -> dict[int, str]:
    """The user's cleaning corrections for this content, by raw line number."""
    rows = db.execute(
        "SELECT line, label FROM cleaning_overrides WHERE content_hash = ?", [content_hash]
    )
    return {line: label for line, label in rows}


def set_override(db: sqlite_utils.Database, content_hash: str, line: int, label: str | None,
                 annotator: str | None = None) -> None:
    """Keep the user's label for one raw line of this content; None forgets it."""
    if label is None:
        db.execute("DELETE FROM cleaning_overrides WHERE content_hash = ? AND line = ?", [content_hash, line])
    else:
        db["cleaning_overrides"].upsert({"content_hash": content_hash, "line": line, "label": label,
                                         "annotator": annotator, "created": now()}, pk=("content_hash", "line"))


def insert_article(db: sqlite_utils.Database, article: Article, index: tuple[str, str, str] | None = None,
                   digest: str | None = None, entities_version: int | None = None) -> tuple[int, bool]:
    """Store the article in one transaction; returns (id, False) if the content is known.

    index: its search index text, index_text(title, body), when already made (by an import's workers);
    digest: its content hash, when already computed; entities_version: the detector version of the
    mentions the caller stores with it in its transaction.
    """
    digest = digest or article.content_hash
    with atomic(db):
        row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
        if row:
            return row[0], False
        record = _record(article)
        record.update(
            content_hash=digest,
            source=article.source,
            source_format=article.source_format,
            raw=article.raw,
            imported_at=now(),
            import_note=article.import_note,
        )
        if entities_version is not None:
            record["entities_version"] = entities_version
        article_id = insert_row(db, "articles", record)
        _add_index(db, article_id, index or index_text(article.title, article.body))
    return article_id, True


def replace_cleaning(db: sqlite_utils.Database, article_id: int, article: Article) -> None:
    """Save a re-cleaned version of an article (after a correction or a new cleaner)."""
    with atomic(db):
        old = db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id]).fetchone()
        if old is None:
            raise RowGone("article", article_id)
        _unindex(db, article_id, *old)
        db["articles"].update(article_id, _record(article))
        _index(db, article_id, article.title, article.body)


def _record(article: Article) -> dict:
    return {
        "url": web_url(article.url),  # only http(s): whatever path the article came by
        "title": article.title,
        "published": article.published,
        "published_precision": article.published_precision,
        "published_text": article.published_text,
        "outlet": article.outlet,
        "source_agency": article.source_agency,
        "authors": json.dumps(article.authors, ensure_ascii=False),
        "dateline": article.dateline,
        "captions": json.dumps(article.captions, ensure_ascii=False),
        "body": article.body,
        "body_lines": json.dumps(article.body_lines),
        "line_labels": json.dumps(article.line_labels),
        "cleaning_version": CLEANING_VERSION,
        "cleaning_check": article.cleaning_check,
        "cleaning_check_line": article.cleaning_check_line,
        "published_inferred": article.published_inferred,
        "published_inferred_precision": article.published_inferred_precision,
    }


def index_text(title: str | None, body: str) -> tuple[str, str, str]:
    """What the search indexes hold of an article: the bigrams of its title and of its body, and its marks."""
    return grams(title or ""), grams(body), marks_text(title, body)


def _index(db: sqlite_utils.Database, article_id: int, title: str | None, body: str) -> None:
    _add_index(db, article_id, index_text(title, body))


def _add_index(db: sqlite_utils.Database, article_id: int, index: tuple[str, str, str]) -> None:
    title, body, marks = index
    db.conn.execute("INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)", [article_id, title, body])
    db.conn.execute("INSERT INTO article_search_marks(rowid, marks) VALUES (?, ?)", [article_id, marks])


def _unindex(db: sqlite_utils.Database, article_id: int, title: str | None, body: str) -> None:
    """Take the article's rows out of the search indexes: they hold no text, so the rows are told again."""
    title_grams, body_grams, marks = index_text(title, body)
    db.execute("INSERT INTO article_search(article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
               [article_id, title_grams, body_grams])
    db.execute("INSERT INTO article_search_marks(article_search_marks, rowid, marks) VALUES ('delete', ?, ?)",
               [article_id, marks])


def body_is(db: sqlite_utils.Database, article_id: int, body: str) -> bool:
    """Whether the article's stored body is still body (work computed from it may be stored)."""
    row = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
    return row is not None and row[0] == body


def detection_input(db: sqlite_utils.Database, article_id: int) -> tuple[str, str | None, str | None]:
    """(body, publication or inferred reference date, dateline): what detection reads of an article."""
    row = db.execute("SELECT body, COALESCE(published, published_inferred), dateline FROM articles WHERE id = ?",
                     [article_id]).fetchone()
    if row is None:
        raise RowGone("article", article_id)
    return row[0], row[1], row[2]


def title_of(db: sqlite_utils.Database, article_id: int) -> str | None:
    """The headline of one article (None when it has none)."""
    row = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise RowGone("article", article_id)
    return row[0]


def body_of(db: sqlite_utils.Database, article_id: int) -> str:
    """The clean body of one article ("" when it has none)."""
    row = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise RowGone("article", article_id)
    return row[0] or ""


def all_ids(db: sqlite_utils.Database, by_date: bool = False) -> list[int]:
    """Every article's id, in id order or by publication date (then id)."""
    order = "published, id" if by_date else "id"
    return [r[0] for r in db.execute(f"SELECT id FROM articles ORDER BY {order}")]


def sources(db: sqlite_utils.Database) -> dict[int, str]:
    """Each article's source path or address, by id."""
    return {r[0]: r[1] for r in db.execute("SELECT id, source FROM articles")}


def get_article(db: sqlite_utils.Database, article_id: int) -> StoredArticle | None:
    """One article, every column, JSON fields decoded; None when there is none."""
    rows = list(db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        return None
    return record_of(StoredArticle, _decode(rows[0]))


def _decode(row: dict) -> dict:
    for key in _JSON_FIELDS:
        if key in row:
            row[key] = json.loads(row[key] or "[]")
    return row


def count_articles(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def iter_articles(db: sqlite_utils.Database, batch: int = 500) -> Iterator[StoredArticle]:
    """Every article, decoded, in id order, read in batches (bounded memory)."""
    last = 0
    while True:
        rows = list(
            db.query("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", [last, batch])
        )
        if not rows:
            return
        for row in rows:
            yield record_of(StoredArticle, _decode(row))
        last = rows[-1]["id"]


STATUSES = ("new", "in progress", "done")


def set_status(db: sqlite_utils.Database, article_id: int, status: str, annotator: str | None = None) -> str:
    """Mark an article new / in progress / done; returns the previous status (for undo)."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    with atomic(db):
        row = db.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise RowGone("article", article_id)
        db.execute("UPDATE articles SET status = ? WHERE id = ?", [status, article_id])
        log_change(db, "set_status", "articles", article_id, row[0], status, annotator)
    return row[0]
