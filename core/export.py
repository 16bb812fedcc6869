"""Exporting the library: Kaidan's own JSONL (later formats build on the same rows)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable

import sqlite_utils

from core.store.articles import count_articles, iter_articles

FORMATS = ("jsonl",)
# Keys every articles.jsonl line has; later annotations add keys, never rename these.
ARTICLE_KEYS = (
    "id", "source", "title", "published", "outlet", "source_agency", "authors",
    "dateline", "captions", "body",
)
_EXTRA_KEYS = (
    "published_precision", "url", "source_format", "content_hash", "imported_at",
    "status", "notes",
)


def article_record(row: dict) -> dict:
    """The export shape of one stored article."""
    return {key: row[key] for key in ARTICLE_KEYS + _EXTRA_KEYS}


def export_jsonl(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Write out_dir/articles.jsonl (one article per line); returns counts per file."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "articles.jsonl"
    partial = target.with_name(target.name + ".part")
    total, written = count_articles(db), 0
    with partial.open("w", encoding="utf-8", newline="\n") as handle:
        for row in iter_articles(db):
            handle.write(json.dumps(article_record(row), ensure_ascii=False) + "\n")
            written += 1
            if progress and written % 200 == 0:
                progress(written, total)
    os.replace(partial, target)
    if progress:
        progress(written, total)
    return {"articles.jsonl": written}
