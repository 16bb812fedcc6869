"""Opening a library to write (and to read where the library must be upgraded first): WAL, the write lock,
upgrades under it (see migrate). Its connections, their closing and reading alone are in connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from core.store.connection import check_path, is_current, open_read_only, open_writable, use_settings
from core.store.errors import LibraryError, refused
from core.store.lock import UPGRADING, writer_for
from core.progress import Progress
from core.store.migrate import bring_up_to_date, migrate, schema_version
from core.store.migrations import MIGRATIONS, WAITING

__all__ = ["Library", "open_db"]


class Library(sqlite_utils.Database):
    """A library opened by Kaidan: its path and write lock travel with it."""

    path: Path | None = None
    writer = None


def open_db(path: str | Path | None, readonly: bool = False, make_folder: bool = False,
            progress: Progress | None = None) -> sqlite_utils.Database:
    """Open the library at path (':memory:' or None: a scratch one), creating the file if needed.

    readonly: only read it (the file must exist); make_folder: create missing parent folders; progress:
    told the steps of an upgrade of an old library (see migrate), else those of a long one go to the
    process's report_upgrades.
    """
    if path is None or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True, execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        migrate(db)
        return db
    path = Path(path)
    check_path(path)
    if readonly:
        conn = open_read_only(path)
        if conn is not None:
            return _wrap(conn, path)
    conn = open_writable(path, make_folder)
    db = _wrap(conn, path)
    try:
        _prepare(db, path, progress)
        use_settings(db.conn)
    except BaseException:
        db.close()
        raise
    return db


def _wrap(conn: sqlite3.Connection, path: Path) -> Library:
    db = Library(conn, execute_plugins=False)  # no sqlite-utils plugins: scanning for them costs every start
    db.path, db.writer = path, writer_for(path)
    return db


def _prepare(db: Library, path: Path, progress: Progress | None = None) -> None:
    """WAL and the current schema; changing either happens under the write lock, re-read inside it."""
    if is_current(db.conn, path):
        return
    version = schema_version(db)
    # A caller showing progress (the window's upgrade dialog) hears there of another process's upgrade
    # waited for; the others through the lock's notice (stderr for a command).
    waiting = (lambda _text: progress(0, 0, WAITING)) if progress else None
    with db.writer.held(doing=UPGRADING if 0 < version < len(MIGRATIONS) else "", upgrade_notice=waiting):
        try:
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise refused(exc, path) or LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
        bring_up_to_date(db, path, progress)
