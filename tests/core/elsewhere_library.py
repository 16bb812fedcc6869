"""A library of one article (and, optionally, a second imported after it, so that rows written again on the first take
ids past the second's) for the tests of edits made after the library was changed elsewhere."""

from __future__ import annotations

from core.jobs import import_paths
from core.store import open_db


def library_of(tmp_path, text: str, after: str | None = None):
    """Yield (open library, its path, the first article's id); the library is closed after the test."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "lib.db"
    article_id = import_paths([tmp_path / "a.txt"], path).imported[0][1]
    if after is not None:
        (tmp_path / "b.txt").write_text(after, encoding="utf-8")
        import_paths([tmp_path / "b.txt"], path)
    db = open_db(path)
    yield db, path, article_id
    db.close()
