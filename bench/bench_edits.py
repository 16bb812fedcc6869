"""Edit latency in the window: an edit applied on the GUI thread's connection vs through the writer thread.

Run: python bench/bench_edits.py [--edits 300] [--seeds DIR]
Prints the median and 95th percentile time of one saved edit (and of its undo) each way; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from core.edits import SetStatus, UpdateMention  # noqa: E402
from core.jobs import import_paths  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.mentions import mentions_for  # noqa: E402
from ui.edits.session import LibrarySession  # noqa: E402
from ui.edits.writer import Writer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STATUSES = ("done", "in progress", "new")


def edits(article_id: int, mention_id: int, n: int):
    """Alternating status and mention edits, as a user's corrections come."""
    for i in range(n):
        if i % 2:
            yield SetStatus.marking([article_id], STATUSES[i % 3])
        else:
            yield UpdateMention(article_id, mention_id, {"type": ("ORG", "PERSON")[i % 4 // 2]})


def timed(apply, article_id: int, mention_id: int, n: int) -> tuple[list[float], list[float]]:
    done, undone = [], []
    for edit in edits(article_id, mention_id, n):
        started = time.perf_counter()
        inverse = apply(edit)
        done.append(time.perf_counter() - started)
        started = time.perf_counter()
        apply(inverse)
        undone.append(time.perf_counter() - started)
    return done, undone


def figures(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"{name:<32} median {statistics.median(ms):6.2f} ms   p95 {ms[int(len(ms) * 0.95) - 1]:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    opts = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])  # signals need an application, kept to the end
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        article_id = import_paths(sorted(opts.seeds.glob("*.txt"))[:1], path).imported[0][1]
        db = open_db(path)
        mention_id = mentions_for(db, article_id)[0].id
        direct = LibrarySession(db, "bench")
        threaded = LibrarySession(db, "bench", writer=Writer(path))
        timed(threaded.apply, article_id, mention_id, 20)  # warm up: the writer opens its connection
        for name, session in (("on the GUI connection", direct), ("through the writer thread", threaded)):
            done, undone = timed(session.apply, article_id, mention_id, opts.edits)
            print(figures(f"edit, {name}", done))
            print(figures(f"undo, {name}", undone))
        threaded.close()
        db.close()
    del app


if __name__ == "__main__":
    main()
