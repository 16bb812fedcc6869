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


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """CPU time (user + system) used so far by this process (or its waited-for children)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bench_dask(files: list[Path], out: Path, workers: int, partition_size: int) -> dict:
    """On a LocalCluster of workers processes: articles per second (wall and per CPU second of the
    workers, which the other work on a busy machine does not change much), each worker's peak memory (MB)
    and the seconds of the meeting identity step."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(lambda: __import__("core.batch.pipeline"))  # imports are not what is measured
        before = sum(client.run(cpu_seconds).values())
        start = time.perf_counter()
        summary = run_batch([str(f) for f in files], out, client=client, partition_size=partition_size)
        seconds = time.perf_counter() - start
        cpu = sum(client.run(cpu_seconds).values()) - before
        memory = sorted(client.run(peak_rss_mb).values())
        # the identity step again, alone, to say its share
        import dask

        from core.batch.meeting_step import identify_meetings

        start = time.perf_counter()
        with dask.config.set(scheduler=client):
            meetings = identify_meetings(out)
        identity = time.perf_counter() - start
    return {"rate": summary.articles / seconds, "cpu_rate": summary.articles / cpu, "memory": memory,
            "seconds": seconds, "identity": identity, "meetings": meetings}


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
        if not args.no_desktop:  # first, so that this process's peak memory is the import's
            cpu = cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            summary = import_paths(files, tmp / "library.db")
            seconds = time.perf_counter() - start
            cpu = cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
            n = len(summary.imported)
            print(f"desktop import: {n / seconds:,.1f} articles/s ({seconds:,.0f} s), {n / cpu:,.1f} articles "
                  f"per CPU second; peak memory {peak_rss_mb():,.0f} MB (the importing process)")
        rates = {}
        for workers in (1, 2):
            r = bench_dask(files, tmp / f"out{workers}", workers, args.partition_size)
            rates[workers] = r["rate"]
            print(f"dask, {workers} worker(s): {r['rate']:,.1f} articles/s ({r['seconds']:,.0f} s, of which the "
                  f"meeting identity step about {r['identity']:,.1f} s, {r['meetings']:,} meetings), "
                  f"{r['cpu_rate']:,.1f} articles per worker CPU second; peak memory per worker "
                  + ", ".join(f"{m:,.0f} MB" for m in r["memory"]))
        print(f"scaling 1 -> 2 workers: x{rates[2] / rates[1]:.2f}")


if __name__ == "__main__":
    main()
