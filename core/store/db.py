"""Opening a library: WAL, migrations (after a backup copy), transactions."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.store.migrations import MIGRATIONS


class LibraryError(Exception):
    """The library file cannot be opened or is newer than this Kaidan."""


def open_db(path: str | Path | None) -> sqlite_utils.Database:
    """Open (creating if needed) the library at path; ':memory:' or None for a scratch one."""
    if path is None or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True)
    else:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
        _backup_before_upgrade(db, path)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    migrate(db)
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema up to date, one transaction per migration."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise LibraryError(
            f"library schema {version} is newer than this Kaidan ({len(MIGRATIONS)})"
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with atomic(db):
            step(db)
            db.execute(f"PRAGMA user_version={number}")


def _backup_before_upgrade(db: sqlite_utils.Database, path: Path) -> None:
    version = schema_version(db)
    if 0 < version < len(MIGRATIONS):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, path.with_name(f"{path.name}.v{version}.bak"))


@contextmanager
def atomic(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction; nested uses join the outer one."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
