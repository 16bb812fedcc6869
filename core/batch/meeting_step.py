"""The batch run's meeting step: every article's proposals shuffled into blocks (a Dask groupby), each block
merged by the desktop's rule, and the links articles tell written between the meetings they joined."""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.batch import MEETING_TABLES
from core.batch.identity import block_key, meeting_row, member_rows, merge_block
from core.batch.queries import connect
from core.batch.tables import SCHEMAS, write_partition
from core.batch.worker_state import worker_country_of

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


def _parquet_rows(path: str) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path, schema=SCHEMAS["proposals"]).to_pylist()


def _block_of(row: dict) -> str:
    return block_key(row, worker_country_of())


def _write_blocks(blocks, out: str) -> list[int]:
    """Merge the blocks of one partition and write their meetings, members and series links."""
    country_of = worker_country_of()
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
