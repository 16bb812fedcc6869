"""A library's SQLite connections: made, checked, closed so that other processes keep their log; and the
library opened on a plain connection (core.store.plain_library), read-only or current.

Nothing here needs sqlite-utils: a command that only reads (list, show, stats, meetings list, export) opens
the library with open_reader, and the window with open_current, without loading it. Making a library,
upgrading an old one, and the store's writes go through core.store.db (sqlite-utils).
"""

from __future__ import annotations

import atexit
import os
import sqlite3
import threading
import weakref
from pathlib import Path

from core.store.errors import LibraryError, LibraryMissing, LibraryReadOnly
from core.store.lock import default_wait, presence_for, writer_for
from core.store.migrations import MIGRATIONS
from core.store.plain_library import PlainLibrary


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


def open_reader(path: str | Path) -> PlainLibrary | None:
    """The library at path opened to read, without sqlite-utils; None when it must be upgraded first (open it
    with core.store.db.open_db then). Raises LibraryError as open_db does when it cannot be read."""
    path = Path(path)
    check_path(path)
    conn = open_read_only(path)
    return None if conn is None else PlainLibrary(conn, path)


def open_current(path: str | Path, make_folder: bool = False) -> PlainLibrary | None:
    """The library at path on a connection that may write, as open_db opens it, without sqlite-utils; None when
    it must first be made, upgraded or put in WAL (open_db does that, under the write lock)."""
    path = Path(path)
    check_path(path)
    conn = open_writable(path, make_folder)
    try:
        if not is_current(conn, path):
            conn.close()
            return None
        use_settings(conn)
    except BaseException:
        conn.close()
        raise
    return PlainLibrary(conn, path, writer_for(path))


def open_writable(path: Path, make_folder: bool) -> _Connection:
    """A connection that may write to the library at path (its folder made if make_folder), this process
    counted among those that have it open."""
    folder = path.parent
    if not folder.is_dir():
        if not make_folder:
            raise LibraryMissing(f"{path}: the folder {folder} does not exist")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{path}: cannot create the folder {folder} ({exc.strerror})") from None
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise LibraryReadOnly(f"{path} is read-only: nothing can be saved into it")
    presence = presence_for(path)
    presence.enter()
    try:
        return connect(str(path), path, readonly=False)
    except sqlite3.Error as exc:
        with presence.leaving():
            pass
        raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc


def is_current(conn: sqlite3.Connection, path: Path) -> bool:
    """Whether the library is of this Kaidan's schema and in WAL; raises LibraryError for a newer schema, a file
    SQLite cannot read or another program's database."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
    if version > len(MIGRATIONS):
        raise newer_schema(path, version)
    refuse_foreign(conn, path, version)
    return version == len(MIGRATIONS) and mode == "wal"


def use_settings(conn: sqlite3.Connection) -> None:
    """What every connection of a library that may write keeps: foreign keys checked, commits synced at
    checkpoints (WAL)."""
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")


def library_file(db) -> Path | None:
    """The file the library (opened by open_db or open_reader) lives in (None for a library in memory)."""
    row = next((r for r in db.execute("PRAGMA database_list").fetchall() if r[1] == "main"), None)
    return Path(row[2]) if row is not None and row[2] else None


def check_path(path: Path) -> None:
    """Refuse a path that is not a file where a library can be (SQLite would fail on it late, or hang)."""
    if path.exists() and not path.is_file():
        if path.is_dir():
            raise LibraryError(f"{path} is a folder: name a library file in it (for example {path / 'library.db'})")
        raise LibraryError(f"{path} is not a regular file: name a library file (a .db file in a folder you can "
                           f"write to)")


def connect(target: str, path: Path, readonly: bool) -> _Connection:
    conn = sqlite3.connect(target, uri=readonly, isolation_level=None, timeout=max(default_wait(), 1.0),
                           factory=_Connection)
    conn.path, conn.readonly, conn.thread = path, readonly, threading.get_ident()
    _live.add(conn)
    return conn


def open_read_only(path: Path) -> _Connection | None:
    """A read-only connection, whose close never checkpoints; None when the library must be upgraded first."""
    if not path.parent.is_dir():
        raise LibraryMissing(f"{path}: the folder {path.parent} does not exist")
    if not path.is_file():
        raise LibraryMissing(f"no library at {path}")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = read_connection(uri, path)
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
        conn = read_connection(uri + "&immutable=1", path)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a Kaidan library ({exc})") from exc
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        conn.close()
        raise newer_schema(path, version)
    try:
        refuse_foreign(conn, path, version)
    except LibraryError:
        conn.close()
        raise
    if version < len(MIGRATIONS):
        conn.close()
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            return None  # opened for writing once, to upgrade it
        raise LibraryError(f"{path} was made by an older Kaidan and is read-only: it cannot be upgraded")
    return conn


def refuse_foreign(conn: sqlite3.Connection, path: Path, version: int) -> None:
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


def read_connection(uri: str, path: Path) -> _Connection:
    conn = connect(uri, path, readonly=True)
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
            guard = read_connection(path.resolve().as_uri() + "?mode=ro", path)
            guard.execute("BEGIN")
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            pass
        try:
            sqlite3.Connection.close(conn)
        finally:
            if guard is not None:
                guard.close()


def newer_schema(path: Path, version: int) -> LibraryError:
    """The refusal of a library a newer Kaidan wrote, naming its file (several may be in one command's reach)."""
    return LibraryError(f"{path}: library schema {version} is newer than this Kaidan ({len(MIGRATIONS)}); "
                        f"open it with the newer Kaidan that wrote it")
