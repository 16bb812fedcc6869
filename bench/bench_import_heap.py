"""What the importer keeps per article: its Python heap between two points of one import (prints figures).

Writes --n page dumps (bench_import.py's pages) and imports them in this process with detection replaced
by an empty analysis, so that minutes, not the half hour of a full import, show what the writer holds on
to as articles go by: the heap traced (tracemalloc) after a quarter of the articles and after the last,
their difference per article and the allocation sites that grew most. A flat import grows by a few bytes
per article (the interpreter's own tables resize in steps); a record kept per article shows as a site
growing by its count.

    python bench/bench_import_heap.py --n 6000
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench.bench_import as pages  # noqa: E402
import core.jobs as jobs  # noqa: E402
import core.jobs.queue as queue  # noqa: E402
from core.import_analysis import Analysis  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.store.articles import index_text  # noqa: E402


def empty_analysis(title, body, published, dateline, detector) -> Analysis:
    """An analysis with nothing found: the writer's work stays, detection's is left out."""
    return Analysis([], [], plan_meetings("", [], None, None, detector.registry), index_text(title, body))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=6000, help="page dumps to import")
    parser.add_argument("--corpus", type=Path, default=pages.DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=8, help="allocation sites to list")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kaidan-heap-"))
    pages.build_txt(pages.corpus_files(args.corpus), args.n, folder / "pages")
    jobs.MIN_PARALLEL = sys.maxsize  # no workers: every article is analysed (emptily) here
    queue.analyse = empty_analysis
    queue.library_tagger = lambda db: None
    marks = {args.n // 4: None, args.n: None}

    def on_article(article_id: int) -> None:
        if article_id in marks:
            gc.collect()
            marks[article_id] = tracemalloc.take_snapshot()

    tracemalloc.start(3)
    summary = jobs.import_paths([folder / "pages"], folder / "library.db", on_article=on_article)
    tracemalloc.stop()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(summary.imported):,} imported, {len(summary.failed):,} failed")
    early, last = marks[args.n // 4], marks[args.n]
    if early is None or last is None:
        sys.exit("the import stored fewer articles than asked: no second snapshot")
    diff = last.compare_to(early, "traceback")
    grown = sum(stat.size_diff for stat in diff)
    between = args.n - args.n // 4
    print(f"heap from article {args.n // 4:,} to {args.n:,}: {grown / 1e3:+.0f} KB, {grown / between:+.0f} B per article")
    for stat in diff[:args.top]:
        where = " < ".join(f"{Path(frame.filename).name}:{frame.lineno}" for frame in stat.traceback)
        print(f"  {stat.size_diff / 1e3:+9.1f} KB {stat.count_diff:+7d} blocks  {where}")


if __name__ == "__main__":
    main()
