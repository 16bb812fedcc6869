"""The user's own date for an article: the day they give a page that its text, its address and its file's name
leave undated (a folder of copied articles), or date wrongly.

The day is stored as the article's publication date, so the list, the reader, the export and every date and
meeting read from the text use it; the article's dates and meetings are read again against it at once. The
change log keeps the date it replaced (given back on undo) and says the day is the user's, so cleaning the
article again (a line marked as body: core.corrections) keeps it.
"""

from __future__ import annotations

import sqlite_utils

from core.analysis import analyze_article
from core.meetings.suggest import propose_for_article
from core.published_date import ACTION, PublishedDate, user_published
from core.store.changes import log_change
from core.store.registry import load_registry
from core.store.transactions import atomic


def set_published(db: sqlite_utils.Database, article_id: int, given: PublishedDate,
                  annotator: str | None = None) -> PublishedDate:
    """Store given as the article's publication date, read its dates and meetings again against it, log the
    change; returns the date it had (for undo)."""
    with atomic(db):
        row = db.execute("SELECT published, published_precision FROM articles WHERE id = ?",
                         [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        previous = PublishedDate(row[0], row[1], user_published(db, article_id) is not None)
        db.execute("UPDATE articles SET published = ?, published_precision = ? WHERE id = ?",
                   [given.published, given.precision, article_id])
        log_change(db, ACTION, "articles", article_id, previous.logged(), given.logged(), annotator)
        registry = load_registry(db)
        analyze_article(db, article_id, registry)
        propose_for_article(db, article_id, registry)
    return previous
