"""The batch run: files mapped over Dask into partitioned Parquet, restartable, bad files in a table."""

from __future__ import annotations

import glob
import hashlib
import json
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from core.batch.meeting_step import IDENTITY_DONE, identify_meetings
from core.batch.records import TABLES, Detector, Rows, SiteCounts, file_rows, page_lines, page_site_lines
from core.batch.tables import write_partition
from core.batch.worker_state import worker_detector
from core.cleaning.sites import SITE_MIN_PAGES
from core.clock import now
from core.ingest import expand_paths
from core.progress import Cancelled
from core.store.furniture import MIN_PAGES

FURNITURE_FILE = "furniture.json"
SITES_FILE = "site_lines.json"


@dataclass
class BatchSummary:
    partitions: int = 0
    written: int = 0
    skipped: int = 0
    articles: int = 0
    errors: int = 0
    meetings: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False  # stopped by cancelled(): `written` partitions are whole, the rest not begun


class BatchCancelled(Exception):
    """cancelled() turned true during a local run: no task is started after it."""


def batch_files(patterns: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The files named by paths, folders and globs, sorted; what matched nothing is returned apart."""
    paths, unmatched = [], []
    for pattern in patterns:
        if any(ch in str(pattern) for ch in "*?[") and not Path(pattern).exists():
            hits = sorted(glob.glob(str(pattern), recursive=True))
            paths.extend(hits) if hits else unmatched.append((str(pattern), "no file matches"))
        else:
            paths.append(pattern)
    files, missing = expand_paths(paths)
    return sorted({str(f) for f in files}), list(missing) + unmatched


def partitions_of(files: list[str], size: int) -> list[tuple[str, list[str]]]:
    """Groups of size files, each named by a hash of its file list (so a rerun finds what it wrote)."""
    groups = [files[i:i + size] for i in range(0, len(files), size)]
    return [(hashlib.sha1("\n".join(g).encode("utf-8")).hexdigest()[:16], g) for g in groups]


def is_written(out: Path, name: str) -> bool:
    """A partition is done when its articles file exists: it is written last, by rename."""
    return (out / "articles" / f"part-{name}.parquet").exists()


def common_furniture(bag_of_files, out: Path) -> frozenset[str]:
    """Lines shared by at least MIN_PAGES pages of the whole archive (site furniture), counted once and kept."""
    saved = out / FURNITURE_FILE
    if saved.exists():
        return frozenset(json.loads(saved.read_text(encoding="utf-8")))
    counts = bag_of_files.map(page_lines).flatten().flatten().frequencies().filter(
        lambda pair: pair[1] >= MIN_PAGES).map(lambda pair: pair[0]).compute()
    common = sorted(counts)
    tmp = saved.with_suffix(".tmp")
    tmp.write_text(json.dumps(common, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, saved)
    return frozenset(common)


def site_lines(bag_of_files, out: Path, common: frozenset[str]) -> SiteCounts:
    """For each outlet's line left out of two or more pages: the page after which the desktop would leave it out.

    Computed once over the archive (a Dask foldby keeping the first pages of each line) and kept.
    """
    saved = out / SITES_FILE
    if saved.exists():
        return {site: {int(k): tuple(v) for k, v in keys.items()}
                for site, keys in json.loads(saved.read_text(encoding="utf-8")).items()}
    firsts = bag_of_files.map(page_site_lines, _shared(common)).flatten().foldby(
        lambda pair: pair[0], lambda acc, pair: sorted(acc + [pair[1]])[:SITE_MIN_PAGES], [],
        lambda a, b: sorted(a + b)[:SITE_MIN_PAGES], []).compute()
    sites: SiteCounts = {}
    for (site, key), pages in firsts:
        if len(pages) >= SITE_MIN_PAGES:
            sites.setdefault(site, {})[key] = tuple(pages[-1])
    tmp = saved.with_suffix(".tmp")
    tmp.write_text(json.dumps(sites, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, saved)
    return sites


def run_partition(name: str, files: list[str], out: str, common: frozenset[str], stamp: str,
                  detector: Detector | None = None, sites: SiteCounts | None = None) -> dict:
    """Analyse one partition's files and write its Parquet files; returns its counts."""
    detector = detector or worker_detector()
    rows = Rows()
    for path in files:
        rows.extend(file_rows(path, detector, common, stamp, sites))
    write_partition(Path(out), name, rows.tables)
    return {"articles": len(rows.tables["articles"]), "errors": len(rows.tables["errors"])}


def run_batch(patterns: Iterable[str], out: str | Path, client=None, partition_size: int = 50,
              progress: bool = False, workers: int | None = None, cancelled: Cancelled | None = None) -> BatchSummary:
    """Analyse every file into Parquet tables under out, on the Dask client given (else local processes).

    Detection is not thread-safe: locally each worker is a process, on a cluster give workers one thread.
    cancelled (local runs): once true, no partition is begun; those in hand are finished and written whole
    (the workers ignore Ctrl+C, which the caller answers), and a run again does the rest.
    """
    patterns = list(patterns)  # read again to count what a stopped run wrote
    stoppable = cancelled is not None and client is None
    try:
        with _stop_when(cancelled) if stoppable else nullcontext(), \
                _deaf_workers(workers) if stoppable else nullcontext():
            return _run_batch(patterns, Path(out), client, partition_size, progress, workers)
    except BatchCancelled:
        stopped = BatchSummary(cancelled=True)
        files, missing = batch_files(patterns)
        parts = partitions_of(files, _kept_partition_size(Path(out), partition_size))
        stopped.partitions, stopped.missing = len(parts), missing
        stopped.written = sum(is_written(Path(out), name) for name, _ in parts)
        return stopped


def _stop_when(cancelled: Cancelled):
    """A Dask callback that raises BatchCancelled before the next task once cancelled() is true."""
    from dask.callbacks import Callback

    def before_task(key, dsk, state) -> None:
        if cancelled():
            raise BatchCancelled()
    return Callback(pretask=before_task)


class _DeafPool(ProcessPoolExecutor):
    """Local workers deaf to Ctrl+C, which a terminal sends them too: the command answers it, letting the partition
    in hand finish. Each starts with SIGINT blocked, from its first instruction (a pool initializer runs only once
    the task's modules are imported, and a Ctrl+C then killed the worker and the run)."""

    def submit(self, *args, **kwargs):  # the pool starts its processes as work is submitted: they inherit the mask
        if not hasattr(signal, "pthread_sigmask"):
            return super().submit(*args, **kwargs)
        before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return super().submit(*args, **kwargs)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)  # a Ctrl+C meanwhile is delivered now, not lost


@contextmanager
def _deaf_workers(workers: int | None):
    """Every local computation of the run (furniture, partitions, meetings) on one pool of _DeafPool workers."""
    import dask
    from dask.multiprocessing import get_context

    if os.environ.get("PYTHONHASHSEED") in (None, "0"):
        os.environ["PYTHONHASHSEED"] = "6640"  # one hash seed in every worker, as Dask sets for a pool of its own
    with _DeafPool(workers or os.cpu_count() or 1, mp_context=get_context()) as pool, dask.config.set(pool=pool):
        yield


def _run_batch(patterns: Iterable[str], out: Path, client, partition_size: int, progress: bool,
               workers: int | None) -> BatchSummary:
    import dask
    import dask.bag as db

    for table in TABLES:
        (out / table).mkdir(parents=True, exist_ok=True)
    partition_size = _kept_partition_size(out, partition_size)
    files, missing = batch_files(patterns)
    summary = BatchSummary(missing=missing)
    parts = partitions_of(files, partition_size)
    summary.partitions = len(parts)
    todo = [(name, group) for name, group in parts if not is_written(out, name)]
    summary.skipped = len(parts) - len(todo)
    local = {"scheduler": "processes", "num_workers": workers}
    if todo:
        with dask.config.set(**({"scheduler": client} if client is not None else local)):
            files_bag = db.from_sequence(files, npartitions=max(1, len(parts)))
            common = common_furniture(files_bag, out)
            sites = site_lines(files_bag, out, common)
        stamp = now()
        # common and sites go into the graph once, not once per partition's task
        tasks = db.from_sequence(todo, npartitions=len(todo)).map(
            lambda item, common, sites: run_partition(item[0], item[1], str(out), common, stamp, sites=sites),
            _shared(common), _shared(sites))
        results = _compute(tasks, client, progress, workers)
        summary.written = len(results)
        summary.articles = sum(r["articles"] for r in results)
        summary.errors = sum(r["errors"] for r in results)
    if todo or not (out / IDENTITY_DONE).exists():
        with dask.config.set(**({"scheduler": client} if client is not None else local)):
            summary.meetings = identify_meetings(out)
    return summary


def _shared(value):
    """value as one key of the Dask graph, which every task that needs it reads (not a copy per task)."""
    import dask

    return dask.delayed(value, traverse=False)


def _kept_partition_size(out: Path, size: int) -> int:
    """The partition size of the run already in out (else size, kept there): a rerun groups files the same."""
    saved = out / "run.json"
    try:
        return int(json.loads(saved.read_text(encoding="utf-8"))["partition_size"])
    except (OSError, ValueError, KeyError, TypeError):
        saved.write_text(json.dumps({"partition_size": size}), encoding="utf-8")
        return size


def _compute(bag, client, progress: bool, workers: int | None) -> list[dict]:
    if client is None:  # a partition a task (chunksize 1): a stop waits for no more than one partition a worker
        if progress:
            from dask.diagnostics import ProgressBar

            with ProgressBar():
                return bag.compute(scheduler="processes", num_workers=workers, chunksize=1)
        return bag.compute(scheduler="processes", num_workers=workers, chunksize=1)
    future = client.compute(bag)
    if progress:
        from distributed import progress as show

        show(future)
    return future.result()

