"""Why a library cannot be opened or written, as one line a user can act on."""

from __future__ import annotations

import errno
import shlex
import sqlite3


class LibraryError(Exception):
    """The library file cannot be opened or is newer than this Kaidan."""

    exit_code = 2
    kind = "unopened"  # which refusal, for a reader that words it in its own language


class LibraryMissing(LibraryError):
    """No library file (or no folder) at the path a reader asked for: never made, or moved or deleted since."""

    kind = "missing"


class WriteRefused(LibraryError):
    """A write did not happen (busy, read-only, disk full); nothing of it was stored."""

    exit_code = 1
    kind = "refused"  # which refusal, for a reader that words it in its own language


class LibraryBusy(WriteRefused):
    """Another Kaidan process (or task) held the write lock for longer than the wait allows."""

    kind = "busy"

    def __init__(self, text: str, holder: str = "", waited: float = 0.0) -> None:
        # Who held the lock ("pid 4242 (kaidan import)", "" when unknown) and how long Kaidan waited,
        # for a reader that words the refusal in its own language.
        super().__init__(text)
        self.holder, self.waited = holder, waited


class LibraryReadOnly(WriteRefused):
    """The library file or its folder cannot be written."""

    kind = "read_only"


class LibraryGone(WriteRefused):
    """The library file was moved, renamed, replaced or deleted while it was open (core.store.identity)."""

    kind = "gone"


class LibraryDamaged(LibraryError):
    """SQLite found the library's file damaged part-way through a command (a disk fault, a copy cut short)."""

    kind = "damaged"


class DiskFull(WriteRefused):
    """The disk (or the user's quota) is full."""

    kind = "disk_full"


def refused(exc: BaseException, path) -> WriteRefused | None:
    """The WriteRefused that a SQLite or OS error during a write stands for, or None."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL") or "disk is full" in text:
            return DiskFull(f"disk full: {path} could not be written")
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return LibraryReadOnly(f"{path} is read-only: nothing can be saved into it")
        if name.startswith("SQLITE_BUSY") or "database is locked" in text:
            return LibraryBusy(f"{path} is busy: another program is writing to it")
    if isinstance(exc, OSError):
        if code in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(f"disk full: {path} could not be written")
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            return LibraryReadOnly(f"{path} is read-only: nothing can be saved into it")
    return None


def damaged(exc: BaseException, path) -> LibraryDamaged | None:
    """The LibraryDamaged that a SQLite error met while reading or writing stands for, or None.

    Opening checks only the file's first page, so a library damaged further in opens and fails at the
    first read of a damaged page, deep in whichever command runs: that must read as one line naming
    the file and what to do, never as a traceback.
    """
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return LibraryDamaged(f"{path} is damaged ({exc}): keep a copy of the file, then restore a backup or "
                              f"rescue what it holds with: sqlite3 {shlex.quote(str(path))} .recover")
    return None


class RowGone(KeyError):
    """What an edit names is no longer in the library: another window or a command deleted it, or wrote it again
    under another id (meetings proposed again, detection run again, an entity merged away) since the window read
    it. `what`: which kind of thing (meeting, meeting_link, meeting_mention, entity), for a reader that words it
    in its own language; `recleaned`: its article was cleaned again since, so the words it marked are no longer
    at its place (nothing was deleted: the refusal must not say so); a KeyError still, for callers that catch
    those."""

    def __init__(self, what: str, key, recleaned: bool = False) -> None:
        super().__init__(key)
        self.what, self.key, self.recleaned = what, key, recleaned

    def __str__(self) -> str:
        if self.recleaned:
            return (f"{self.what.replace('_', ' ')} {self.key}: the words it marked are no longer at its place "
                    f"(its article was cleaned again)")
        return f"{self.what.replace('_', ' ')} {self.key} is no longer in the library"
