"""A library on a plain sqlite3 connection, answering the store's reads as a sqlite-utils library does.

A command that only reads (list, show, stats, meetings list, export) and the window open the library this way
(core.store.connection: open_reader, open_current) without loading sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator


class PlainLibrary:
    """A library on a plain sqlite3 connection: it answers the store's read functions as a library opened by
    open_db does (execute, query and table_names, with rows as dictionaries keyed alike), without sqlite-utils.
    Opened by open_reader (read-only) or open_current (a connection that may write). What only sqlite-utils
    offers (the tables the store's writes insert into) is asked of a sqlite-utils Database over the same
    connection, made on first use: only a write through this library loads sqlite-utils."""

    _database = None  # the sqlite-utils Database over conn, once something needs it

    def __init__(self, conn: sqlite3.Connection, path: Path, writer=None) -> None:
        self.conn, self.path, self.writer = conn, path, writer  # writer: the library's write lock, if it writes

    def __getitem__(self, table: str):
        return self._full()[table]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._full(), name)

    def _full(self):
        if self._database is None:
            import sqlite_utils  # a write through this library: the store's writes use its tables

            self._database = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._database

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params=None) -> Iterator[dict]:
        """The rows of sql as dictionaries (a name repeated among the columns gets _2, _3… after the first)."""
        cursor = self.execute(sql, params)
        keys = _unique([d[0] for d in cursor.description or ()])
        return (dict(zip(keys, row)) for row in cursor)

    def table_names(self) -> list[str]:
        return [name for (name,) in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()


def _unique(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils makes them: a repeated name takes the first free suffix _2, _3…"""
    if len(set(keys)) == len(keys):
        return keys
    taken, seen, result = set(keys), set(), []
    for key in keys:
        name, suffix = key, 2
        if key in seen:
            while name in seen or name in taken:
                name, suffix = f"{key}_{suffix}", suffix + 1
        seen.add(name)
        result.append(name)
    return result
