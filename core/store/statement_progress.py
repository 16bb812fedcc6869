"""How far one long SQLite statement is, where SQLite itself reports nothing (CREATE INDEX over every mention).

SQLite calls a progress handler every so many steps of its virtual machine; a statement that reads each row
in a loop takes about the same number of steps a row, so the steps taken tell the rows done. The count is an
estimate (never past total - 1 while the statement runs); the caller reports total of total once it is done."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Callable, Iterator

REPORTS = 100  # at most this many reports over the statement (every 1 %)
LEAST_ROWS_BETWEEN = 5_000  # and never more often than every this many rows (a few ms of the statement)


@contextmanager
def rows_told(conn: sqlite3.Connection, total: int, steps_per_row: int,
              report: Callable[[int], None]) -> Iterator[None]:
    """While the block runs its one statement on conn, report(rows done) about every 1 % of total rows, the
    rows estimated from the virtual machine steps taken (steps_per_row each)."""
    every = max(total // REPORTS, LEAST_ROWS_BETWEEN)
    calls = [0]

    def stepped() -> int:
        calls[0] += 1
        report(min(calls[0] * every, max(total - 1, 0)))
        return 0  # 0: go on (anything else interrupts the statement)

    conn.set_progress_handler(stepped, every * steps_per_row)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
