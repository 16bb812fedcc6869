"""Opening and closing a library: WAL, the write lock, upgrades under it (after a backup), transactions."""

from __future__ import annotations

import atexit
import os
import sqlite3
import threading
import weakref
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.store.errors import LibraryError, LibraryReadOnly, refused
from core.store.lock import UPGRADING, default_wait, presence_for, writer_for
from core.progress import Progress
from core.store.migrations import BACKUP, COMPACT, COMPACT_AFTER, COMPACT_LATER, MIGRATIONS, WAITING

__all__ = ["LibraryError", "Library", "atomic", "migrate", "open_db", "report_upgrades", "schema_version"]

CHECKPOINT_WAIT_MS = 1000  # how long emptying the log after an upgrade waits for a reader's transaction
BACKUP_PAGES = 4096  # database pages the backup copies between two reports (16 MB of 4 KB pages)
_heard = {"upgrades": None}  # who hears of a long upgrade made by open_db when its caller passed no progress


def report_upgrades(progress: Progress | None) -> None:
    """Have this process's long upgrades (open_db given no progress) reported to progress(done, total, what)."""
    _heard["upgrades"] = progress


def upgrade_is_long(version: int) -> bool:
    """Whether bringing a library of schema version up to date rewrites a large table (and compacts the file)."""
    return 0 < version < len(MIGRATIONS) and any(step in COMPACT_AFTER for step in MIGRATIONS[version:])


class Library(sqlite_utils.Database):
    """A library opened by Kaidan: its path and write lock travel with it."""

    path: Path | None = None
    writer = None


class _Connection(sqlite3.Connection):
    """A library connection whose close (called, on collection or at exit) keeps other processes' WAL."""

    path: Path
    readonly = True
    thread = 0
    _closed = False

    def close(self) -> None:
        if self._closed:
            return
        if threading.get_ident() != self.thread:
            sqlite3.Connection.close(self)  # raises: SQLite objects stay in their thread
        self._closed = True
        _close(self, self.path, self.readonly)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - another thread's connection: SQLite closes it itself
            pass


_live: "weakref.WeakSet[_Connection]" = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for conn in list(_live):
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - made in another thread; nothing more can be done
            pass


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
    if path.exists() and not path.is_file():  # SQLite would fail on it late, as a raw I/O error, or hang
        if path.is_dir():
            raise LibraryError(f"{path} is a folder: name a library file in it (for example {path / 'library.db'})")
        raise LibraryError(f"{path} is not a regular file: name a library file (a .db file in a folder you can "
                           f"write to)")
    if readonly:
        db = _open_readonly(path)
        if db is not None:
            return db
    folder = path.parent
    if not folder.is_dir():
        if not make_folder:
            raise LibraryError(f"{path}: the folder {folder} does not exist")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{path}: cannot create the folder {folder} ({exc.strerror})") from None
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise LibraryReadOnly(f"{path} is read-only: nothing can be saved into it")
    presence = presence_for(path)
    presence.enter()
    try:
        conn = _connect(str(path), path, readonly=False)
    except sqlite3.Error as exc:
        with presence.leaving():
            pass
        raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
    db = _wrap(conn, path)
    try:
        _prepare(db, path, progress)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
    except BaseException:
        db.close()
        raise
    return db


def _connect(target: str, path: Path, readonly: bool) -> _Connection:
    conn = sqlite3.connect(target, uri=readonly, isolation_level=None, timeout=max(default_wait(), 1.0),
                           factory=_Connection)
    conn.path, conn.readonly, conn.thread = path, readonly, threading.get_ident()
    _live.add(conn)
    return conn


def _wrap(conn: sqlite3.Connection, path: Path) -> Library:
    db = Library(conn, execute_plugins=False)  # no sqlite-utils plugins: scanning for them costs every start
    db.path, db.writer = path, writer_for(path)
    return db


def _prepare(db: Library, path: Path, progress: Progress | None = None) -> None:
    """WAL and the current schema; changing either happens under the write lock, re-read inside it."""
    try:
        version = schema_version(db)
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
    if version > len(MIGRATIONS):
        raise LibraryError(f"library schema {version} is newer than this Kaidan ({len(MIGRATIONS)})")
    _refuse_foreign(db.conn, path, version)
    if version == len(MIGRATIONS) and mode == "wal":
        return
    # A caller showing progress (the window's upgrade dialog) hears there of another process's upgrade
    # waited for; the others through the lock's notice (stderr for a command).
    waiting = (lambda _text: progress(0, 0, WAITING)) if progress else None
    with db.writer.held(doing=UPGRADING if 0 < version < len(MIGRATIONS) else "", upgrade_notice=waiting):
        try:
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise refused(exc, path) or LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
        version = schema_version(db)  # another process may have upgraded it while we waited
        if progress is None and upgrade_is_long(version):
            progress = _heard["upgrades"]
        if 0 < version < len(MIGRATIONS):
            _backup(db, path, version, progress)
        migrate(db, progress)


def _open_readonly(path: Path) -> Library | None:
    """A read-only connection, whose close never checkpoints; None when the library must be upgraded first."""
    if not path.parent.is_dir():
        raise LibraryError(f"{path}: the folder {path.parent} does not exist")
    if not path.is_file():
        raise LibraryError(f"no library at {path}")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = _read_connection(uri, path)
    except sqlite3.OperationalError:
        if os.access(path.parent, os.W_OK):
            raise LibraryError(f"{path}: cannot be opened") from None
        # A read-only folder and no SQLite index files beside the library: nobody can write
        # it, so it can be read as it is. Not so when its log is there: read as immutable, the
        # library would lack the changes the log holds (or look like an older Kaidan's).
        log = path.with_name(path.name + "-wal")
        if log.is_file() and log.stat().st_size:
            raise LibraryError(f"{path}: cannot be read: its latest changes are in {log.name}, which SQLite "
                               f"cannot read in a read-only folder; open it once where it can be written") from None
        conn = _read_connection(uri + "&immutable=1", path)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        conn.close()
        raise LibraryError(f"library schema {version} is newer than this Kaidan ({len(MIGRATIONS)})")
    try:
        _refuse_foreign(conn, path, version)
    except LibraryError:
        conn.close()
        raise
    if version < len(MIGRATIONS):
        conn.close()
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            return None  # opened for writing once, to upgrade it
        raise LibraryError(f"{path} was made by an older Kaidan and is read-only: it cannot be upgraded")
    return _wrap(conn, path)


def _refuse_foreign(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """A SQLite file of another program (tables, but no Kaidan schema) is never upgraded into a library."""
    if version:
        return
    # One statement, so one snapshot: another process may have made the library (tables and version in one
    # transaction) since the version was read, and tables read apart from it would look like another program's.
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND (SELECT user_version FROM pragma_user_version) = 0 ORDER BY name LIMIT 4")]
    if tables:
        shown = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
        raise LibraryError(f"{path}: not a Kaidan library (a database of another program, with the tables "
                           f"{shown}); nothing was changed in it")


def _read_connection(uri: str, path: Path) -> _Connection:
    conn = _connect(uri, path, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _close(conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
    """Close; while another Kaidan process has the library open, SQLite must not checkpoint and delete its WAL."""
    if readonly:
        sqlite3.Connection.close(conn)  # a read-only connection cannot checkpoint, so never deletes the WAL
        return
    with presence_for(path).leaving() as alone:
        if alone:
            sqlite3.Connection.close(conn)
            return
        # SQLite checkpoints and deletes the WAL on close only if it can lock the file
        # exclusively; an open read transaction on a second (read-only) connection of this
        # process prevents that, and the read-only connection cannot checkpoint either.
        guard = None
        try:
            guard = _read_connection(path.resolve().as_uri() + "?mode=ro", path)
            guard.execute("BEGIN")
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            pass
        try:
            sqlite3.Connection.close(conn)
        finally:
            if guard is not None:
                guard.close()


def library_file(db: sqlite_utils.Database) -> Path | None:
    """The file the library lives in (None for a library in memory)."""
    row = next((r for r in db.execute("PRAGMA database_list").fetchall() if r[1] == "main"), None)
    return Path(row[2]) if row is not None and row[2] else None


def schema_version(db: sqlite_utils.Database) -> int:
    """The library's schema version (PRAGMA user_version)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


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
                if step in COMPACT_AFTER:
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


@contextmanager
def atomic(db: sqlite_utils.Database) -> Iterator[None]:
    """One short write transaction under the library's write lock; nested uses join the outer one."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    writer = getattr(db, "writer", None)
    where = getattr(db, "path", None) or "the library"
    with writer.held() if writer is not None else nullcontext():
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise refused(exc, where) or exc
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise refused(exc, where) or exc
            raise
