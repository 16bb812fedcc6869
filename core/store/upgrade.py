"""An old library brought up to date on its own, before anything else opens it: for a caller that shows progress."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core import store  # open_db, loaded when an upgrade runs
from core.progress import Progress
from core.store.errors import LibraryError, refused
from core.store.migrate import upgrade_is_long


def needs_long_upgrade(path: str | Path) -> bool:
    """Whether the library at path is an old one whose upgrade rewrites a large table (False when there
    is no such library or it cannot be read: opening it says why)."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return upgrade_is_long(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def upgrade(path: str | Path, progress: Progress | None) -> None:
    """Bring the library at path up to date (backed up first, under the write lock), telling progress its
    steps; raises the LibraryError that says why it could not (the library then stays as it was)."""
    try:
        store.open_db(path, progress=progress).close()
    except (sqlite3.Error, OSError) as exc:
        raise refused(exc, path) or LibraryError(f"{path}: the upgrade failed ({exc}); the library was left "
                                                 "as it was") from exc
