"""Counts of short lines across imported pages: lines many pages share are site furniture."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
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


def count_site_lines(db: sqlite_utils.Database, site: str | None, keys: Iterable[int]) -> None:
    """Count, for one newly stored page of site, the lines the cleaner left out of its body."""
    if site:
        count_site_pairs(db, [(site, key) for key in keys])


def count_site_pairs(db: sqlite_utils.Database, pairs: Iterable[tuple[str, int]]) -> None:
    """Count each (site, line key) once: a line the cleaner left out of one newly stored page of site."""
    db.conn.executemany(
        "INSERT INTO site_lines(site, line, pages) VALUES (?, ?, 1) "
        "ON CONFLICT(site, line) DO UPDATE SET pages = pages + 1",
        pairs,
    )


def site_line_counts(db: sqlite_utils.Database, site: str | None, keys: Iterable[int]) -> dict[int, int]:
    """On how many stored pages of site each of keys was left out of the body (unseen keys left out)."""
    keys = list(keys)
    if not site or not keys:
        return {}
    found: dict[int, int] = {}
    for start in range(0, len(keys), 500):  # SQLite's limit on bound values
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(
            f"SELECT line, pages FROM site_lines WHERE site = ? AND line IN ({marks})", [site, *chunk]))
    return found
