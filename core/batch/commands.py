"""The batch commands: kaidan batch and kaidan query."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

from core.batch.queries import QUERIES, run_query
from core.interrupt import first_interrupt_cancels, say_interrupted
from core.paths import named_file_path, named_path
from core.plural import counted


def add_parsers(commands) -> None:
    """Add batch and query to the command line's subcommands."""
    sub = commands.add_parser("batch", help="analyse a whole archive on Dask into Parquet tables",
                              description="Read, clean and analyse files on Dask (local processes or a cluster), "
                                          "writing one Parquet folder per table. Running it again skips what "
                                          "is written.")
    sub.add_argument("paths", nargs="+", type=named_path, metavar="PATH_OR_GLOB")
    sub.add_argument("--out", type=named_file_path, required=True, metavar="DIR")
    sub.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: processes on this machine; dask: a Dask cluster (LocalCluster unless --scheduler)")
    sub.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://host:8786")
    sub.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    sub.add_argument("--partition-size", type=int, default=50, help="files per partition (default 50)")
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary")
    sub = commands.add_parser("query", help="a named query over a batch run's Parquet",
                              description="Queries: " + "; ".join(f"{k}: {v[0]}" for k, v in QUERIES.items()))
    sub.add_argument("name", choices=sorted(QUERIES))
    sub.add_argument("dir", type=named_file_path, metavar="DIR")
    sub.add_argument("--json", action="store_true", help="one JSON object a line")


def cmd_batch(args, db_path: Path) -> int:
    """Run the batch and print what it wrote and skipped."""
    from core.batch.pipeline import run_batch  # needs the batch extra (Dask, pyarrow): loaded only here

    client = cluster = None
    if args.engine == "dask" or args.scheduler:
        from distributed import Client, LocalCluster

        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
            client = Client(cluster)
    try:
        # locally, Ctrl+C lets the partitions in hand finish, then stops; on a cluster it stops at once
        with first_interrupt_cancels() if client is None else nullcontext() as interrupted:
            summary = run_batch(args.paths, args.out, client=client, partition_size=max(1, args.partition_size),
                                progress=not args.quiet, workers=args.workers, cancelled=interrupted)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    if summary.cancelled:
        return say_interrupted(f"{summary.written} of {counted(summary.partitions, 'partition')} written (each "
                               "whole), the rest not",
                               "running it again skips those written and does the rest")
    print(f"partitions {summary.partitions}: written {summary.written}, skipped {summary.skipped} "
          f"(already written); articles {summary.articles}, errors {summary.errors} (see errors/); "
          f"meetings {summary.meetings}")
    for source, reason in summary.missing:
        print(f"  failed: {source}: {reason}")
    return 1 if summary.errors or summary.missing else 0


def cmd_query(args, db_path: Path) -> int:
    """Print a named query's rows as a table or JSON lines."""
    if not (args.dir / "articles").is_dir():
        print(f"kaidan: {args.dir}: not a batch run (no articles folder)", file=sys.stderr)
        return 2
    columns, rows = run_query(args.name, args.dir)
    if args.json:
        for row in rows:
            print(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str))
        return 0
    print("\t".join(columns))
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row))
    return 0
