"""What the article list reads from the library file: bytes, CPU and wall time of each list operation.

Each figure is taken on a new connection (SQLite's page cache empty; the system's file cache as it is)
and gives the bytes SQLite read from the file (the process's read count, which counts reads served by
the system's cache too, so it does not depend on the machine's load), CPU and wall time. The operations
are the list's: its first page sorted by date (ids, then their rows), sorted by title ascending,
scrolling (a page of rows at each of 20 places of the list), and opening an article (all its columns).
Build a library of saved pages as large as real ones with
bench/scale_library.py --raw-pages FOLDER (the pages of a site saved with their markup).

    python bench/bench_list_reads.py LIB.db [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.store import open_db  # noqa: E402
from core.store.article_list import article_page, list_rows  # noqa: E402
from core.store.articles import count_articles, get_article  # noqa: E402

PAGE = 200  # rows the list asks for at once


def read_bytes() -> int:
    """Bytes this process has read through system calls so far (Linux)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    return 0


def first_page(db, sort: str = "published", descending: bool = True) -> int:
    ids = article_page(db, sort=sort, descending=descending, limit=PAGE)
    return len(list_rows(db, ids))


def scroll(db) -> int:
    total, shown = count_articles(db), 0
    for place in range(20):
        ids = article_page(db, limit=50, offset=place * max(0, total - 50) // 19)
        shown += len(list_rows(db, ids))
    return shown


def open_articles(db) -> int:
    total = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    return sum(get_article(db, 1 + k * (total - 1) // 9) is not None for k in range(10))


OPERATIONS = {"first page by date": first_page,
              "first page by title, ascending": lambda db: first_page(db, "title", False),
              "scroll: 20 pages of 50 rows": scroll,
              "open 10 articles": open_articles}


def measure(path: Path, runs: int) -> None:
    db = open_db(path, readonly=True)
    print(f"library: {count_articles(db):,} articles, {path.stat().st_size / 1e6:,.0f} MB, "
          f"schema {db.execute('PRAGMA user_version').fetchone()[0]}")
    db.close()
    for name, operation in OPERATIONS.items():
        figures = []
        for _run in range(runs):
            db = open_db(path, readonly=True)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the schema read, not timed
            before, wall, cpu = read_bytes(), time.perf_counter(), time.process_time()
            operation(db)
            figures.append((read_bytes() - before, time.perf_counter() - wall, time.process_time() - cpu))
            db.close()
        read, wall, cpu = (statistics.median(f[i] for f in figures) for i in range(3))
        spread = max(f[1] for f in figures) - min(f[1] for f in figures)
        print(f"{name:<32} {read / 1e6:9.2f} MB read  {1000 * cpu:8.1f} ms CPU  {1000 * wall:8.1f} ms wall "
              f"(median of {runs}; wall spread {1000 * spread:.1f} ms)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    measure(args.library, args.runs)


if __name__ == "__main__":
    main()
