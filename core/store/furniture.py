"""Counts of short lines across imported pages: lines many pages share are site furniture."""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

MIN_PAGES = 3


def count_lines(db: sqlite_utils.Database, lines: Iterable[str]) -> None:
    """Count the candidate furniture lines of one newly imported page."""
    db.conn.executemany(
        "INSERT INTO furniture_lines(text, pages) VALUES (?, 1) "
        "ON CONFLICT(text) DO UPDATE SET pages = pages + 1",
        [(text,) for text in lines],
    )


def common_among(
    db: sqlite_utils.Database, lines: Iterable[str], min_pages: int = MIN_PAGES
) -> frozenset[str]:
    """Those of lines already seen on at least min_pages imported pages."""
    lines = list(lines)
    if not lines:
        return frozenset()
    marks = ",".join("?" * len(lines))
    rows = db.execute(
        f"SELECT text FROM furniture_lines WHERE pages >= ? AND text IN ({marks})",
        [min_pages, *lines],
    )
    return frozenset(text for (text,) in rows)


def line_counts(db: sqlite_utils.Database, lines: Iterable[str]) -> dict[str, int]:
    """How many imported pages each of lines was seen on (lines never seen are left out)."""
    lines = list(lines)
    if not lines:
        return {}
    marks = ",".join("?" * len(lines))
    return dict(db.execute(f"SELECT text, pages FROM furniture_lines WHERE text IN ({marks})", lines))
