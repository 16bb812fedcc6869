"""Libraries of a schema before the marks index (14 and older), filled by today's insert_article."""

from __future__ import annotations

from contextlib import contextmanager

from core.store.migrations import _m15_search_marks


@contextmanager
def storing_as_before_marks(db):
    """Within: insert_article stores into an old library as the Kaidan of its schema did. The marks index it
    also writes is there for the inserts and taken away after: the library holds no trace of it."""
    _m15_search_marks(db)
    try:
        yield db
    finally:
        db.execute("DROP TABLE article_search_marks")
