"""The Parquet tables of a batch run: one folder per table, one file per partition, written atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

_S, _I, _F = pa.string(), pa.int64(), pa.float64()

SCHEMAS = {
    "articles": pa.schema([
        ("id", _S), ("source", _S), ("title", _S), ("published", _S), ("outlet", _S), ("source_agency", _S),
        ("authors", pa.list_(_S)), ("dateline", _S), ("captions", pa.list_(_S)), ("body", _S),
        ("published_precision", _S), ("url", _S), ("source_format", _S), ("content_hash", _S),
        ("imported_at", _S), ("status", _S), ("notes", _S), ("entities_version", _I),
        ("published_inferred", _S), ("published_inferred_precision", _S),
        # what the desktop needs to show the page and clean it again (and to key it by the same hash)
        ("raw", _S), ("published_text", _S), ("body_lines", pa.list_(_I)), ("line_labels", pa.list_(_S)),
        ("import_note", _S), ("cleaning_check", _S), ("cleaning_check_line", _I)]),
    "mentions": pa.schema([
        ("article_id", _S), ("start", _I), ("end", _I), ("text", _S), ("type", _S), ("canonical", _S),
        ("entity_id", _S), ("value", _S), ("origin", _S), ("state", _S), ("source", _S)]),
    "claims": pa.schema([
        ("article_id", _S), ("start", _I), ("end", _I), ("text", _S), ("holder_entity_id", _S),
        ("holder_text", _S), ("holder_via", _S), ("stance", _S), ("attribution", _S), ("cue", _S),
        ("origin", _S), ("state", _S), ("confidence", _F)]),
    "meeting_mentions": pa.schema([
        ("article_id", _S), ("proposal", _I), ("start", _I), ("end", _I), ("text", _S), ("trigger", _S),
        ("sentence", _S), ("origin", _S), ("state", _S)]),
    "proposals": pa.schema([
        ("article_id", _S), ("proposal", _I), ("kind", _S), ("status", _S), ("start_date", _S),
        ("end_date", _S), ("precision", _S), ("date_text", _S), ("place_entity_id", _S), ("place_text", _S),
        ("title", _S), ("participants", _S), ("countries", pa.list_(_S)), ("file", _S), ("position", _I),
        ("level", _S), ("levels", pa.list_(_S)), ("reported", _S)]),
    "proposal_links": pa.schema([
        ("article_id", _S), ("from_proposal", _I), ("to_proposal", _I), ("relation", _S), ("evidence", _S)]),
    "errors": pa.schema([("source", _S), ("reason", _S)]),
    "meetings": pa.schema([
        ("id", _S), ("kind", _S), ("status", _S), ("start_date", _S), ("end_date", _S), ("month", _S),
        ("precision", _S), ("date_text", _S), ("place_entity_id", _S), ("place_text", _S), ("title", _S),
        ("participants", _S), ("countries", pa.list_(_S)), ("articles", _I)]),
    "links": pa.schema([
        ("from_id", _S), ("to_id", _S), ("relation", _S), ("evidence", _S), ("article_id", _S)]),
    "proposal_meetings": pa.schema([("article_id", _S), ("proposal", _I), ("meeting_id", _S)]),
}
# The articles file goes last: its presence says the whole partition is on disk.
WRITE_ORDER = ("mentions", "claims", "meeting_mentions", "proposals", "proposal_links", "errors", "articles")


def write_partition(out: Path, name: str, tables: dict[str, list[dict]]) -> None:
    """Write one partition's rows, each table to a temporary file renamed into place."""
    for table in [t for t in WRITE_ORDER if t in tables] + [t for t in tables if t not in WRITE_ORDER]:
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        schema = SCHEMAS[table]
        rows = [{key: _cell(row.get(key), schema.field(key).type) for key in schema.names}
                for row in tables.get(table, [])]
        target = folder / f"part-{name}.parquet"
        tmp = folder / f".part-{name}.parquet.tmp"
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
        os.replace(tmp, target)


def _cell(value, kind):
    """A value in its column's type (a stray number in a text column becomes text)."""
    if value is None:
        return None
    if pa.types.is_string(kind) and not isinstance(value, str):
        return str(value)
    return value


def read_table(out: str | Path, table: str) -> pa.Table:
    """All partitions of one table as one Arrow table."""
    folder = Path(out) / table
    files = sorted(folder.glob("part-*.parquet"))
    if not files:
        return SCHEMAS[table].empty_table()
    return pa.concat_tables(pq.read_table(f, schema=SCHEMAS[table]) for f in files)
