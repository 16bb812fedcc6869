"""Libraries of a schema before the marks index (14 and older), filled by today's insert_article."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.store.migrations import MIGRATIONS, _m15_search_marks


@contextmanager
def storing_as_before_marks(db):
    """Within: insert_article stores into an old library as the Kaidan of its schema did. The marks index it
    also writes is there for the inserts and taken away after: the library holds no trace of it."""
    _m15_search_marks(db)
    try:
        yield db
    finally:
        db.execute("DROP TABLE article_search_marks")


@contextmanager
def library_of_schema(path: Path, version: int) -> Iterator[sqlite_utils.Database]:
    """Within: a new library at path, in WAL mode as every Kaidan library is, made by the first version migrations
    and filled as the Kaidan of that schema did (storing_as_before_marks); closed after."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    old = sqlite_utils.Database(conn)
    for step in MIGRATIONS[:version]:
        step(old)
    old.execute(f"PRAGMA user_version={version}")
    try:
        with storing_as_before_marks(old):
            yield old
    finally:
        conn.close()
