"""Transactions of a library: one short write under its write lock, nested uses joining the outer one."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Iterator

from core.store.errors import refused

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

__all__ = ["atomic", "snapshot"]


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


@contextmanager
def snapshot(db) -> Iterator[None]:
    """One read transaction: every query inside sees the library as it was at the first, even while an
    import commits (a reader in WAL mode blocks no writer). Inside another transaction, that one serves."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the error on its way out says more than this one
        raise
    conn.execute("COMMIT")
