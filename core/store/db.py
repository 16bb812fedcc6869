"""Opening and closing a library: WAL, the write lock, upgrades under it (see migrate), the presence."""

from __future__ import annotations

import atexit
import os
import sqlite3
import threading
import weakref
from pathlib import Path

import sqlite_utils

from core.store.errors import LibraryError, LibraryReadOnly, refused
from core.store.lock import UPGRADING, default_wait, presence_for, writer_for
from core.progress import Progress
from core.store.migrate import bring_up_to_date, migrate, schema_version
from core.store.migrations import MIGRATIONS, WAITING
from core.store.transactions import atomic  # (where the rest of Kaidan finds it)

__all__ = ["LibraryError", "Library", "atomic", "library_file", "open_db", "schema_version"]


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
        bring_up_to_date(db, path, progress)


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
