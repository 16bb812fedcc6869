"""Batch speed on Dask with 1 and 2 workers beside the desktop import, on repeated real articles.

Writes N article files into a temporary folder (the wikinews texts, repeated, each
copy told apart by a numbered last line so that none is a duplicate), then runs
kaidan batch on a LocalCluster with 1 and with 2 worker processes, and the desktop
import (core.jobs.import_paths) into a fresh library. Prints articles/s, the
scaling from 1 to 2 workers and the peak memory of each worker. Nothing is written
outside the temporary folder.

    python bench/bench_batch.py --n 2000
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.batch.pipeline import run_batch  # noqa: E402
from core.jobs import import_paths  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"


def make_corpus(source: Path, folder: Path, n: int) -> list[Path]:
    """n article files made of the source texts, repeated with a numbered last line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    files = []
    for i in range(n):
        path = folder / f"a{i:07d}.txt"
        path.write_text(texts[i % len(texts)].rstrip() + f"\n（{i}）\n", encoding="utf-8")
        files.append(path)
    return files


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_dask(files: list[Path], out: Path, workers: int, partition_size: int) -> tuple[float, list[float]]:
    """Articles per second on a LocalCluster of workers processes, and each worker's peak memory (MB)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(lambda: __import__("core.batch.pipeline"))  # imports are not what is measured
        start = time.perf_counter()
        summary = run_batch([str(f) for f in files], out, client=client, partition_size=partition_size)
        seconds = time.perf_counter() - start
        memory = sorted(client.run(peak_rss_mb).values())
    return summary.articles / seconds, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-desktop", action="store_true", help="skip the desktop import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        files = make_corpus(args.corpus, tmp / "in", args.n)
        print(f"{args.n:,} articles from {args.corpus.name}, {args.partition_size} files a partition")
        rates = {}
        for workers in (1, 2):
            rate, memory = bench_dask(files, tmp / f"out{workers}", workers, args.partition_size)
            rates[workers] = rate
            print(f"dask, {workers} worker(s): {rate:,.1f} articles/s; peak memory per worker "
                  + ", ".join(f"{m:,.0f} MB" for m in memory))
        print(f"scaling 1 -> 2 workers: x{rates[2] / rates[1]:.2f}")
        if not args.no_desktop:
            start = time.perf_counter()
            summary = import_paths(files, tmp / "library.db")
            seconds = time.perf_counter() - start
            print(f"desktop import: {len(summary.imported) / seconds:,.1f} articles/s "
                  f"(peak memory {peak_rss_mb():,.0f} MB in this process)")


if __name__ == "__main__":
    main()
