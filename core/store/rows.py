"""Rows written with plain statements: one INSERT per table and set of columns, many rows at once.

sqlite-utils' insert builds its statement anew for every call; an import writes
tens of rows per article, so the writer binds them to one prepared INSERT instead.
Column names come from Kaidan's own code, never from the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


def _statement(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"


def insert_row(db: sqlite_utils.Database, table: str, row: dict) -> int:
    """Insert one row; returns its rowid."""
    return db.conn.execute(_statement(table, list(row)), list(row.values())).lastrowid


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Insert rows that share their columns (those of the first row) in one executemany."""
    if not rows:
        return
    columns = list(rows[0])
    db.conn.executemany(_statement(table, columns), [[row[c] for c in columns] for row in rows])


def article_rows(article_id: int, values: list[tuple], stamp: str) -> list[tuple]:
    """Rows of an article's annotations: the values made before it had its id (by an import's worker, or
    in place), followed by the article's id and the time they are stored."""
    tail = (article_id, stamp)
    return [value + tail for value in values]


def insert_values(db: sqlite_utils.Database, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert rows given as tuples of the columns' values in one executemany (no dict built per row)."""
    if rows:
        db.conn.executemany(_statement(table, columns), rows)
