"""What other connections committed since a connection last looked: cheap questions for a window kept open."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


def commit_stamp(db: sqlite_utils.Database) -> int:
    """A number that changes whenever another connection commits to the library (PRAGMA data_version)."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def newest_article_id(db: sqlite_utils.Database) -> int:
    """The highest article id (0 for an empty library): a rowid lookup, not a scan."""
    return db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]


def count_articles_after(db: sqlite_utils.Database, article_id: int) -> int:
    """How many articles have an id above article_id (the ones added since it was the newest)."""
    return db.execute("SELECT count(*) FROM articles WHERE id > ?", [article_id]).fetchone()[0]


def first_change_after(db: sqlite_utils.Database, change_id: int) -> int | None:
    """The id of the first change log row after change_id (None: none): a rowid lookup, not a scan."""
    return db.execute("SELECT min(id) FROM changes WHERE id > ?", [change_id]).fetchone()[0]
