"""Search at scale: the first page of hits and the total count, apart, in a generated library.

Imports --base real articles (Wikinews and livedoor) into a library (kept in the
temporary folder for the next run), grows a copy of it to --n articles in SQL
(bench/scale_library.py: every article repeated with its work, a distinct
content hash each, the search index merged), and prints for a word: the first page
of hits (core.store.article_list.article_page, LIMIT), the total (count_matching),
the whole ordered list as the window loaded it before (article_ids), and the
first page sorted by date with no search. Nothing is written outside a
temporary folder. --library measures an existing library instead (read only),
e.g. the million articles bench/bench_window.py builds.

    python bench/bench_search.py --n 100000
    python bench/bench_search.py --library LIBRARY.db --query 会談 --query 首脳会談
    python bench/bench_search.py --library LIBRARY.db --query G7 --query AT&T --query ＆ --query ++ --query 」「
    python bench/bench_search.py --library LIBRARY.db --launches 3 [--from-disk]

--launches N: the first search after a launch, N times: a new process each opens the library as the
window's worker does (ui.jobs.workers.query_page, by date, newest first), times the first page of each
word, then the same again (warm); --from-disk first drops the library's pages from the system's file
cache (posix_fadvise: its pages only, nothing written), as after a reboot.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale_library import scale  # noqa: E402
import core.store.article_list  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.article_list import article_ids, article_page, count_matching  # noqa: E402
from core.store.search_index import segments  # noqa: E402
from core.store.search_marks import marked_words, search_count, search_page  # noqa: E402
from core.store.search_plan import PROBE, WALK  # noqa: E402


def timed(what: str, call) -> object:
    """Run call once and print its time, and its CPU time (steadier on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = call()
    print(f"  {what:<46}: {(time.perf_counter() - start) * 1000:8.1f} ms ({(time.process_time() - cpu) * 1000:7.1f} ms CPU)")
    return result


def main(argv: list[str] | None = None) -> None:
    """Build the library and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the library")
    parser.add_argument("--base", type=int, default=1000, help="real articles imported first, then repeated")
    parser.add_argument("--query", action="append", help="a word to search (repeatable; default 会談)")
    parser.add_argument("--library", type=Path, help="measure this library (read only) instead of building one")
    parser.add_argument("--launches", type=int, default=0, help="the first search after a launch, this many times")
    parser.add_argument("--from-disk", action="store_true", help="with --launches: the library's pages read from disk")
    args = parser.parse_args(argv)
    queries = args.query or ["会談"]
    if args.launches and args.library:
        launches(args.library, queries, args.launches, args.from_disk)
        return
    if args.library:
        db = open_db(args.library, readonly=True)
        try:
            print(f"{db.execute('SELECT count(*) FROM articles').fetchone()[0]:,} articles in {args.library}, "
                  f"search index in {segments(db)} segment(s)")
            measure(db, queries)
        finally:
            db.close()
        return
    with tempfile.TemporaryDirectory(prefix="kaidan-search-") as tmp:
        scale(Path(tmp) / "lib.db", args.n, min(args.base, args.n))
        db = open_db(Path(tmp) / "lib.db", readonly=True)
        try:
            print(f"search index in {segments(db)} segment(s)")
            measure(db, queries)
        finally:
            db.close()


def launches(library: Path, queries: list[str], count: int, from_disk: bool) -> None:
    """Print each launch's first search of each word (cold) and the same again (warm), with the load."""
    for number in range(1, count + 1):
        if from_disk:
            descriptor = os.open(library, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)
        out = subprocess.run([sys.executable, __file__, "--first-search", str(library), *queries],
                             capture_output=True, text=True, check=True).stdout
        figures = json.loads(out.splitlines()[-1])
        print(f"launch {number}{' (from disk)' if from_disk else ''}: " + "; ".join(
            f"{word} first page {1000 * cold:.1f} ms, again {1000 * warm:.1f} ms" for word, cold, warm in figures)
            + f"; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)


def first_search(library: str, queries: list[str]) -> None:
    """In a new process: each word's first page as the window's worker reads it, twice (one JSON line)."""
    from ui.jobs.workers import query_page

    figures = []
    for query in queries:
        times = []
        for _ in range(2):
            start = time.perf_counter()
            query_page(library, query, "published", True, None, 200)
            times.append(time.perf_counter() - start)
        figures.append((query, *times))
    print(json.dumps(figures, ensure_ascii=False))


def _forced(db, query: str, plan: str) -> list[int]:
    """article_page with the planner's choice of a walk forced (to compare the plans side by side)."""
    chosen = core.store.article_list.plan
    core.store.article_list.plan = lambda *_args: (plan, None)
    try:
        return article_page(db, query)
    finally:
        core.store.article_list.plan = chosen


def measure(db, queries: list[str]) -> None:
    """Print the times of each query's first page, count and whole list, then of the unsearched list."""
    for query in queries:
        print(f" query {query!r}")
        if marked_words(query):  # a word with marks: the page and count the window asks for (search_marks)
            page = timed("first page of 200 hits (search_page)", lambda: search_page(db, query))
            total = timed("total count (search_count)", lambda: search_count(db, query))
            print(f"  hits: {total:,} (page {len(page)})")
            continue
        page = timed("first page of 200 hits (article_page)", lambda: article_page(db, query))
        how, steps = core.store.article_list.plan(db, query, 200, 0)
        timed("  the same, its plan: " + (how or "sort") + (f" within {steps:,} steps, else sort" if steps else ""),
              lambda: core.store.article_list.plan(db, query, 200, 0))
        for plan in (WALK, PROBE, ""):
            timed(f"  the same, always by {plan or 'sort'}", lambda: _forced(db, query, plan))
        total = timed("total count (count_matching)", lambda: count_matching(db, query))
        full = timed("whole ordered list (article_ids)", lambda: article_ids(db, query))
        print(f"  hits: {total:,} (page {len(page)}, list {len(full):,})")
    for descending in (True, False):
        timed(f"first page by date {'descending' if descending else 'ascending'}, no search",
              lambda: article_page(db, sort="published", descending=descending))
    timed("count, no search", lambda: count_matching(db))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--first-search"]:
        first_search(sys.argv[2], sys.argv[3:])
    else:
        main()
