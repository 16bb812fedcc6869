"""What the window's watch over its library costs (ui.window.library_watch), and a rewrite row's cost.

Builds a scratch library, logs --rows rewrite rows in one transaction (as `analyze` logs one per
article and kind, core.store.changes.log_rewrite), then times, on a second connection as the window
holds it: a quiet tick (PRAGMA data_version alone), and a look after the rows landed, half of them
the window's own (adopted spans): the lookups skip its spans and stop at the first row of another
writer, so the look does not grow with the rows written. Nothing is written outside a temporary folder.

    python bench/bench_library_watch.py --rows 200000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.edits.journal import last_change_id  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.arrivals import commit_stamp, first_change_after  # noqa: E402
from core.store.changes import LoggedRows, log_rewrite  # noqa: E402
from core.store.transactions import atomic  # noqa: E402


def look(db, own: LoggedRows) -> bool:
    """The watch's look (LibraryWatch._changed_elsewhere): is there a row after 0 that is not the window's own?"""
    after = 0
    while True:
        row = first_change_after(db, after)
        if row is None:
            return False
        span = own.span_of(row)
        if span is None:
            last_change_id(db)
            return True
        after = span[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--spans", type=int, default=100, help="own spans the window's rows come in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.db"
        writer = open_db(path)
        started = time.process_time()
        with atomic(writer):
            for i in range(args.rows):
                log_rewrite(writer, "detect_mentions", i % 5000 + 1, 10)
        spent = time.process_time() - started
        print(f"{args.rows:,} rewrite rows logged: {spent:.2f} s CPU ({spent / args.rows * 1e6:.1f} µs a row)")
        window = open_db(path)
        half, step = args.rows // 2, max(1, args.rows // 2 // args.spans)
        own = LoggedRows([(0, half)])  # the window's own first half, in one span
        rounds = 1000
        started = time.process_time()
        for _ in range(rounds):
            commit_stamp(window)
        print(f"a quiet tick (PRAGMA data_version), CPU: {(time.process_time() - started) / rounds * 1e6:.1f} µs")
        # … or in --spans spans, another writer's row between two: the look stops at the first
        scattered = LoggedRows((first, first + step - 1) for first in range(0, half, step))
        for name, spans in (("one span", own), (f"{len(scattered.spans)} spans", scattered)):
            started = time.process_time()
            for _ in range(rounds):
                look(window, spans)
            print(f"a look over {args.rows:,} new rows, half the window's own in {name}, CPU: "
                  f"{(time.process_time() - started) / rounds * 1e6:.1f} µs")
        window.close()
        writer.close()


if __name__ == "__main__":
    main()
