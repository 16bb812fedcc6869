"""The batch run: files mapped over Dask into partitioned Parquet, restartable, bad files in a table."""

from __future__ import annotations

import glob
import hashlib
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from core.batch import MEETING_TABLES
from core.batch.identity import block_key, meeting_row, member_rows, merge_block
from core.batch.queries import connect
from core.batch.records import (
    TABLES, Detector, Rows, SiteCounts, default_detector, file_rows, page_lines, page_site_lines,
)
from core.batch.tables import SCHEMAS, write_partition
from core.cleaning.sites import SITE_MIN_PAGES
from core.clock import now
from core.ingest import expand_paths
from core.meetings.propose import country_lookup
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
    detector = detector or _worker_detector()
    rows = Rows()
    for path in files:
        rows.extend(file_rows(path, detector, common, stamp, sites))
    write_partition(Path(out), name, rows.tables)
    return {"articles": len(rows.tables["articles"]), "errors": len(rows.tables["errors"])}


_LOCAL = threading.local()


def _worker_detector() -> Detector:
    """One detector per worker thread (the tokenizer is not thread-safe), built on its first partition."""
    if getattr(_LOCAL, "detector", None) is None:
        _LOCAL.detector = default_detector()
    return _LOCAL.detector


def run_batch(patterns: Iterable[str], out: str | Path, client=None, partition_size: int = 50,
              progress: bool = False, workers: int | None = None) -> BatchSummary:
    """Analyse every file into Parquet tables under out, on the Dask client given (else local processes).

    Detection is not thread-safe: locally each worker is a process, on a cluster give workers one thread.
    """
    import dask
    import dask.bag as db

    out = Path(out)
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


IDENTITY_DONE = "meetings.done"
BLOCK_PARTS = 32  # partitions of proposals shuffled into one partition of blocks


def identify_meetings(out: str | Path) -> int:
    """The distributed merge: proposals grouped by block (a Dask shuffle), each block merged by the desktop rule.

    Writes the meetings, proposal_meetings and links tables (all of them anew); returns the meetings' count.
    Runs on the scheduler configured by the caller (dask.config).
    """
    import dask.bag as db

    out = Path(out)
    (out / IDENTITY_DONE).unlink(missing_ok=True)
    for table in MEETING_TABLES:
        (out / table).mkdir(parents=True, exist_ok=True)
        for old in (out / table).glob("part-*.parquet"):
            old.unlink()
    parts = [str(f) for f in sorted((out / "proposals").glob("part-*.parquet"))]
    counts = []
    if parts:
        rows = db.from_sequence(parts, npartitions=len(parts)).map(_parquet_rows).flatten()
        # a few blocks' partitions per worker's worth of proposals: a shuffle into as many
        # partitions as files' partitions costs more in tasks than the merge itself
        blocks = rows.groupby(_block_of, npartitions=max(1, len(parts) // BLOCK_PARTS), shuffle="tasks")
        counts = blocks.map_partitions(_write_blocks, str(out)).compute()
    write_article_links(out)
    (out / IDENTITY_DONE).write_text("", encoding="utf-8")
    return sum(counts)


def _shared(value):
    """value as one key of the Dask graph, which every task that needs it reads (not a copy per task)."""
    import dask

    return dask.delayed(value, traverse=False)


def _parquet_rows(path: str) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path, schema=SCHEMAS["proposals"]).to_pylist()


def _country_of():
    """The merge rule's entity → country look-up, on the bundled registry (one per worker process)."""
    if getattr(_LOCAL, "country_of", None) is None:
        _LOCAL.country_of = country_lookup(_worker_detector().registry)
    return _LOCAL.country_of


def _block_of(row: dict) -> str:
    return block_key(row, _country_of())


def _write_blocks(blocks, out: str) -> list[int]:
    """Merge the blocks of one partition and write their meetings, members and series links."""
    country_of = _country_of()
    tables = {"meetings": [], "proposal_meetings": [], "links": []}
    for key, rows in blocks:
        meetings, series = merge_block(key, list(rows), country_of)
        tables["meetings"] += [meeting_row(m, country_of) for m in meetings]
        tables["proposal_meetings"] += [r for m in meetings for r in member_rows(m)]
        tables["links"] += series
    if tables["meetings"]:
        name = hashlib.sha1("\n".join(m["id"] for m in tables["meetings"]).encode("utf-8")).hexdigest()[:16]
        write_partition(Path(out), name, tables)
    return [len(tables["meetings"])]


def write_article_links(out: Path) -> None:
    """Links told inside one article (a meeting prepares another), between the meetings its proposals joined.

    Two articles telling the same link give one row (as the desktop keeps one), with one article's evidence.
    """
    con = connect(out)
    try:
        links = con.execute(
            "SELECT f.meeting_id AS from_id, t.meeting_id AS to_id, l.relation, "
            "arg_min(l.evidence, l.article_id), min(l.article_id) "
            "FROM proposal_links l "
            "JOIN proposal_meetings f ON f.article_id = l.article_id AND f.proposal = l.from_proposal "
            "JOIN proposal_meetings t ON t.article_id = l.article_id AND t.proposal = l.to_proposal "
            "WHERE f.meeting_id != t.meeting_id GROUP BY ALL ORDER BY ALL").fetchall()
    finally:
        con.close()
    keys = ("from_id", "to_id", "relation", "evidence", "article_id")
    write_partition(out, "articles", {"links": [dict(zip(keys, row)) for row in links]})
    _drop_series_told_otherwise(out, {frozenset(row[:2]) for row in links if row[2] != "series"})


def _drop_series_told_otherwise(out: Path, linked: set[frozenset]) -> None:
    """Series links of the merge between two meetings an article links by a relation of its own are dropped, as
    the desktop drops them (core.meetings.series): the article's relation says how one follows the other."""
    import pyarrow.parquet as pq

    for path in sorted((out / "links").glob("part-*.parquet")):
        if path.stem == "part-articles":
            continue
        rows = pq.read_table(path, schema=SCHEMAS["links"]).to_pylist()
        kept = [r for r in rows if r["relation"] != "series" or frozenset((r["from_id"], r["to_id"])) not in linked]
        if len(kept) < len(rows):
            write_partition(out, path.stem[len("part-"):], {"links": kept})


def _kept_partition_size(out: Path, size: int) -> int:
    """The partition size of the run already in out (else size, kept there): a rerun groups files the same."""
    saved = out / "run.json"
    try:
        return int(json.loads(saved.read_text(encoding="utf-8"))["partition_size"])
    except (OSError, ValueError, KeyError, TypeError):
        saved.write_text(json.dumps({"partition_size": size}), encoding="utf-8")
        return size


def _compute(bag, client, progress: bool, workers: int | None) -> list[dict]:
    if client is None:
        if progress:
            from dask.diagnostics import ProgressBar

            with ProgressBar():
                return bag.compute(scheduler="processes", num_workers=workers)
        return bag.compute(scheduler="processes", num_workers=workers)
    future = client.compute(bag)
    if progress:
        from distributed import progress as show

        show(future)
    return future.result()

