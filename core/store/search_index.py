"""Upkeep of the search index: its segments merged into one after a large import, in short steps.

FTS5 writes each batch of new rows as a segment of its own and merges segments of
a size four at a time, so a library grown by imports holds a dozen or more. A
search that walks the article list asks every segment about every article it
passes: at a million articles in fifteen segments the first page of 会談 costs
three times what it costs in one. Merging rewrites the whole index (a few
microseconds of CPU per article held), so it is done after imports that grew
the library by a good share, a bounded number of pages per transaction: the
window and other writers wait for one step at most, and a cancelled run leaves
a usable index that the next merge takes up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from core.store.transactions import atomic
from core.store.errors import WriteRefused

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# Index pages (4 kB) written per step and transaction: about a tenth of a second of work.
STEP_PAGES = 1000
# An import that stored at least this share of the library's articles merges the index afterwards:
# the merge then costs about a hundredth of the import's own time.
LARGE_SHARE = 0.1


def segments(db: sqlite_utils.Database, index: str = "article_search") -> int:
    """How many segments the search index (or another FTS5 index) holds (each has a row in its page table)."""
    return db.execute(f"SELECT count(DISTINCT segid) FROM {index}_idx").fetchone()[0]


# FTS5 keeps the shape of its index in one record, row 10 of its data table: a 4-byte cookie, a 4-byte
# mark in newer versions, then the number of levels and of segments as SQLite varints.
_STRUCTURE_ROW = 10
_STRUCTURE_MARK = b"\xff\x00\x00\x01"


def recorded_segments(db: sqlite_utils.Database, index: str = "article_search") -> int:
    """segments(), read from the index's structure record: one row, where segments() reads a row per index page."""
    row = db.execute(f"SELECT block FROM {index}_data WHERE id = ?", [_STRUCTURE_ROW]).fetchone()
    block = row[0] if row else None
    try:
        at = 8 if block[4:8] == _STRUCTURE_MARK else 4
        _levels, at = _varint(block, at)
        return _varint(block, at)[0]
    except (TypeError, IndexError):  # no record (an empty index) or not the shape known: ask the pages
        return segments(db, index)


# Row 1 of the data table is the index's averages record: the rows indexed, then each column's tokens (varints).
_AVERAGES_ROW = 1


def indexed_articles(db: sqlite_utils.Database) -> int:
    """How many articles the library holds, read from the index's averages record: one row, one per article
    (added with it, never left behind), where count(*) walks a million entries of an index (30 ms of CPU)."""
    row = db.execute("SELECT block FROM article_search_data WHERE id = ?", [_AVERAGES_ROW]).fetchone()
    try:
        return _varint(row[0], 0)[0]
    except (TypeError, IndexError):  # no record (an empty index) or not the shape known: count the articles
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def _varint(block: bytes, at: int) -> tuple[int, int]:
    """The SQLite varint at block[at:] (big-endian, seven bits a byte, the ninth byte whole) and where it ends."""
    value = 0
    for length in range(9):
        byte = block[at + length]
        if length == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + length + 1
    raise IndexError(at)  # not reached


def merge_step(db: sqlite_utils.Database, pages: int = STEP_PAGES) -> bool:
    """Merge about pages pages of the index's segments toward one, in one transaction; False when nothing was left."""
    with atomic(db):
        before = db.conn.total_changes
        # A negative count merges segments of any size (a positive one only those of a size).
        db.conn.execute("INSERT INTO article_search(article_search, rank) VALUES ('merge', ?)", [-abs(pages)])
        return db.conn.total_changes - before >= 2  # SQLite's documented sign that work was done


def merge_index(db: sqlite_utils.Database, cancelled: Callable[[], bool] | None = None,
                pages: int = STEP_PAGES) -> bool:
    """Merge the index's segments into one, step by step; False if cancelled first (the index stays whole)."""
    while segments(db) > 1:
        if cancelled and cancelled():
            return False
        if not merge_step(db, pages):
            break
    return True


def worth_merging(stored: int, articles: int) -> bool:
    """Whether an import that stored this many of the library's articles should merge the index after it."""
    return stored > 0 and stored >= LARGE_SHARE * articles


def merge_after_import(db: sqlite_utils.Database, stored: int, cancelled: Callable[[], bool] | None = None) -> None:
    """Merge the index after an import that stored this many articles, when they are a good share of the library.

    A refused step (disk full, library busy) leaves the index as it is: whole, only slower to search.
    """
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if worth_merging(stored, articles):
        try:
            merge_index(db, cancelled)
        except WriteRefused:
            pass
