from __future__ import annotations

import os
import sqlite3
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from core.progress import Progress
from core.store.errors import LibraryError
from core.store.migrations import BACKUP, COMPACT, COMPACT_AFTER, COMPACT_LATER, LONG, MIGRATIONS
from core.store.transactions import atomic

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

__all__ = ["bring_up_to_date", "migrate", "report_upgrades", "schema_version", "upgrade_is_long"]

CHECKPOINT_WAIT_MS = 1000  # how long emptying the log after an upgrade waits for a reader's transaction
BACKUP_PAGES = 4096  # database pages the backup copies between two reports (16 MB of 4 KB pages)
_heard = {"upgrades": None}  # who hears of a long upgrade made by open_db when its caller passed no progress


def report_upgrades(progress: Progress | None) -> None:
    """Have this process's long upgrades (open_db given no progress) reported to progress(done, total, what)."""
    _heard["upgrades"] = progress


def upgrade_is_long(version: int) -> bool:
    """Whether bringing a library of schema version up to date reads or rewrites every article."""
    return 0 < version < len(MIGRATIONS) and any(step in LONG for step in MIGRATIONS[version:])


def schema_version(db: sqlite_utils.Database) -> int:
    """The library's schema version (PRAGMA user_version)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def bring_up_to_date(db: sqlite_utils.Database, path: Path, progress: Progress | None = None) -> None:
    """Under the write lock its caller holds (the version re-read inside it): an old library backed up, then
    migrated; a long upgrade whose caller passed no progress is told to report_upgrades' progress."""
    version = schema_version(db)  # another process may have upgraded it while we waited
    if progress is None and upgrade_is_long(version):
        progress = _heard["upgrades"]
    if 0 < version < len(MIGRATIONS):
        _backup(db, path, version, progress)
    migrate(db, progress)


def migrate(db: sqlite_utils.Database, progress: Progress | None = None) -> None:
    """Bring the schema up to date, one transaction per migration (a stop in one leaves the schema before it).

    progress(done, total, what) is told the steps of the migrations that rewrite a large table: the rows
    copied ("rebuild TABLE"), then the compaction ("compact", total 0 while it runs, 1 of 1 when done).
    """
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise LibraryError(
            f"library schema {version} is newer than this Kaidan ({len(MIGRATIONS)})"
        )
    if version == len(MIGRATIONS):
        return
    # A migration that rebuilds a table drops the old one: with foreign keys on, SQLite would first delete
    # the rows of every table pointing at it. They are off while migrating (outside a transaction, where
    # the pragma takes effect), and back as they were after.
    keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys=OFF")
    applied = set()
    try:
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            with atomic(db):
                if schema_version(db) >= number:
                    continue  # applied by another connection meanwhile
                if step in LONG:
                    step(db, progress if version else None)  # (a new library has nothing to tell)
                else:
                    step(db)
                db.execute(f"PRAGMA user_version={number}")
                applied.add(step)
    finally:
        db.execute(f"PRAGMA foreign_keys={'ON' if keys else 'OFF'}")
    if applied & COMPACT_AFTER and version:  # (a new library has no old pages to give back)
        writer = getattr(db, "writer", None)
        with writer.held() if writer is not None else nullcontext():
            if progress:
                progress(0, 0, COMPACT)
            try:
                db.execute("VACUUM")
                _empty_log(db)
            except sqlite3.Error:
                # No room for the copy VACUUM writes: the upgrade stands, the file keeps its free pages, and
                # the user is told how much room a later compaction needs.
                if progress:
                    needed = _compaction_room_mb(db)
                    progress(needed, needed, COMPACT_LATER)
                return
            if progress:
                progress(1, 1, COMPACT)


def _compaction_room_mb(db: sqlite_utils.Database) -> int:
    """MB of free disk a VACUUM needs: the library's live pages twice (its copy, then that copy in the log)."""
    pages, free, size = (db.execute(f"PRAGMA {name}").fetchone()[0]
                         for name in ("page_count", "freelist_count", "page_size"))
    return -(-2 * (pages - free) * size // 2**20)


def _empty_log(db: sqlite_utils.Database) -> None:
    """In WAL mode VACUUM writes the whole library into the log: moved into the file and the log emptied now,
    not when the last connection closes (a window open for hours). A reader in the middle of a transaction is
    waited for CHECKPOINT_WAIT_MS at most, not the lock's whole wait (the upgrade holds the write lock): a long
    one keeps the pages it may read in the log, which the next checkpoint moves."""
    wait = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout={min(wait, CHECKPOINT_WAIT_MS)}")
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        db.execute(f"PRAGMA busy_timeout={wait}")


def _backup(db: sqlite_utils.Database, path: Path, version: int, progress: Progress | None = None) -> None:
    """A consistent copy through SQLite's backup API (committed WAL pages included), renamed into place;
    progress(pages copied, pages, "backup") told every BACKUP_PAGES pages."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    partial = target.with_name(target.name + ".part")
    try:
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(str(partial))
        try:
            if progress:
                progress(0, 0, BACKUP)
                db.conn.backup(copy, pages=BACKUP_PAGES,
                               progress=lambda _status, left, total: progress(total - left, total, BACKUP))
            else:
                db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise LibraryError(f"{path}: could not back up the library before upgrading it ({exc}); "
                           "nothing was changed") from exc

