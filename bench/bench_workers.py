"""Detection workers forked against spawned: start-up time, CPU and memory, side by side in one run.

For each round and each way of starting them, starts the pool core.jobs uses
(registry and lexicon of a fresh library), times until every worker has
answered, analyses the same --n real articles in it as an import does, and
prints: the start-up, the wall time of the analysis, the CPU seconds of this
process and of the workers (with their start-up), and the memory of all the
processes together (PSS, a shared page split between its sharers; the peak
sampled four times a second).

    python bench/bench_workers.py --n 300 --rounds 2
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# A spawned worker runs this file's top level first, as the window's run main.py's, which loads little:
# what else the benchmark needs (the import's modules, fugashi) is loaded in main and run only.
import core.parallel  # noqa: E402
from bench.bench_import import MemoryWatch  # noqa: E402
from core.import_analysis import warm, work  # noqa: E402
from core.store import open_db  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def _cpu() -> tuple[float, float]:
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _slow_pid(_n: int) -> int:
    time.sleep(0.05)  # long enough that one worker cannot answer every call
    return os.getpid()


def run(fork: bool, texts: list[str], library: Path) -> dict[str, float]:
    """One pool's figures: start-up, analysis wall time, CPU, peak PSS of all processes."""
    from core.jobs import library_detector

    core.parallel.FORK = fork
    db = open_db(library)
    detector = library_detector(db)
    workers = core.parallel.worker_count()
    watch = MemoryWatch()
    watch.start()
    cpu, start = _cpu(), time.perf_counter()
    pool = core.parallel.start_pool(detector, len(texts), warm)
    answered: set[int] = set()
    while len(answered) < workers:
        answered.update(pool.map(_slow_pid, range(2 * workers)))
    startup = time.perf_counter() - start
    middle = time.perf_counter()
    futures = [pool.submit(work, None, text, None, None) for text in texts]
    for future in futures:
        future.result()
    analysis = time.perf_counter() - middle
    pool.shutdown()
    own, children = (now - before for now, before in zip(_cpu(), cpu))
    peak = watch.stop()
    db.close()
    return {"startup": startup, "analysis": analysis, "own": own, "workers": children, "pss": peak["Pss"]}


def main(argv: list[str] | None = None) -> None:
    from bench.bench_speed import corpus_texts

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles analysed by each pool")
    parser.add_argument("--rounds", type=int, default=2, help="pools of each kind, alternating")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not core.parallel.fork_is_safe():
        sys.exit("workers cannot be forked here")
    texts = corpus_texts(args.corpus)[::-1][: args.n]  # Wikinews first: world news
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e3:,.0f} k characters, "
          f"{core.parallel.worker_count()} workers")
    print(f"  {'workers':<8} {'start-up':>9} {'analysis':>9} {'CPU here':>9} {'CPU workers':>12} {'peak PSS':>9}")
    with tempfile.TemporaryDirectory(prefix="kaidan-workers-") as tmp:
        for _ in range(args.rounds):
            for fork in (False, True):
                f = run(fork, texts, Path(tmp) / "lib.db")
                print(f"  {'forked' if fork else 'spawned':<8} {f['startup']:8.2f}s {f['analysis']:8.2f}s "
                      f"{f['own']:8.2f}s {f['workers']:11.2f}s {f['pss']:7.0f} MB", flush=True)


if __name__ == "__main__":
    main()
