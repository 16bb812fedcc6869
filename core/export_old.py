"""Exporting the library: Kaidan's own JSONL (later formats build on the same rows)."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TextIO

import sqlite_utils

from core.nlp.registry import Registry
from core.store.articles import count_articles, iter_articles
from core.store.claims import claims_for
from core.store.meetings import link_records, meeting_mentions_for, meeting_records
from core.store.mentions import mentions_for
from core.store.registry import load_registry

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


def article_record(row: dict, mentions: list[dict], claims: list[dict], meeting_mentions: list[dict],
                   registry: Registry) -> dict:
    """The export shape of one stored article with its entities, claims and meeting mentions."""
    record = {key: row[key] for key in ARTICLE_KEYS + _EXTRA_KEYS}
    record["entities"] = [mention_record(m, registry) for m in mentions]
    record["claims"] = [claim_record(c) for c in claims]
    record["meeting_mentions"] = [
        {"start": m["start"], "end": m["end"], "text": m["text"], "meeting_id": m["meeting_id"],
         "trigger": m["trigger"], "origin": m["origin"], "state": m["state"]}
        for m in meeting_mentions
    ]
    return record


def claim_record(claim: dict) -> dict:
    """A claim as exported: offsets in code points into body."""
    return {
        "start": claim["start"], "end": claim["end"], "text": claim["text"],
        "holder": {"entity_id": claim["holder_entity_id"], "text": claim["holder_text"],
                   "via": claim["holder_via"]},
        "target": {"kind": claim["target_kind"], "ref": claim["target_ref"], "text": claim["target_text"]},
        "stance": claim["stance"], "intensity": claim["intensity"], "attribution": claim["attribution"],
        "cue": claim["cue"], "note": claim["note"], "annotator": claim["annotator"],
        "created": claim["created"], "updated": claim["updated"],
    }


def mention_record(mention: dict, registry: Registry) -> dict:
    entity = registry.get(mention["entity_id"])
    return {
        "start": mention["start"], "end": mention["end"], "text": mention["text"],
        "type": mention["type"], "canonical": entity.name if entity else mention["text"],
        "entity_id": mention["entity_id"] if entity else None, "value": mention["value"],
        "origin": mention["origin"],
    }


def entity_record(entity) -> dict:
    return {"id": entity.id, "type": entity.type, "name": entity.name, "en": entity.en,
            "aliases": entity.aliases, "origin": entity.origin}


@contextmanager
def _atomic_file(path: Path) -> Iterator[TextIO]:
    """Write to path.part and rename at the end, so a reader never sees half a file."""
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8", newline="\n") as handle:
        yield handle
    os.replace(partial, path)


def export_jsonl(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Write articles, entities, meetings and meeting_links .jsonl to out_dir; returns line counts."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    registry = load_registry(db)
    total, written = count_articles(db), 0
    with _atomic_file(out_dir / "articles.jsonl") as handle:
        for row in iter_articles(db):
            record = article_record(row, mentions_for(db, row["id"]), claims_for(db, row["id"]),
                                    meeting_mentions_for(db, row["id"]), registry)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
            if progress and written % 200 == 0:
                progress(written, total)
    counts = {"articles.jsonl": written}
    for name, records in (("entities.jsonl", [entity_record(e) for e in registry.entities.values()]),
                          ("meetings.jsonl", meeting_records(db)),
                          ("meeting_links.jsonl", link_records(db))):
        with _atomic_file(out_dir / name) as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        counts[name] = len(records)
    if progress:
        progress(written, total)
    return counts
