"""What every dataset importer shares: the summary, storing a text as an article, adding spans."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

import sqlite_utils

from core.article import Article
from core.store.anchors import context_of
from core.store.articles import insert_article, now

ENTITY_TYPES_WITHOUT_REGISTRY = ("DATE",)


@dataclass
class DatasetSummary:
    """What an import brought in, what was there already, and what could not be carried over."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    annotations: Counter = field(default_factory=Counter)
    not_carried: Counter = field(default_factory=Counter)
    cancelled: bool = False
    stopped: str = ""  # why the import stopped early (disk full, library busy or read-only)

    def skip(self, what: str, n: int = 1) -> None:
        """Count something the format holds that Kaidan could not take over (reported at the end)."""
        self.not_carried[what] += n

    def messages(self) -> list[str]:
        return [f"not carried over: {what} ({n})" for what, n in sorted(self.not_carried.items())]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.stopped else 0


def store_text(db: sqlite_utils.Database, source: str, source_format: str, text: str,
               meta: dict | None = None) -> tuple[int, bool]:
    """Store an annotated text as an article whose body is exactly text (offsets must stay valid)."""
    article = Article(source=source, source_format=source_format, raw=text, paragraphs=text.split("\n"))
    meta = meta or {}
    for key in ("title", "published", "outlet", "url"):
        if isinstance(meta.get(key), str) and meta[key].strip():
            setattr(article, key, meta[key].strip())
    article.import_note = f"annotated {source_format} import: body is the annotated text, not cleaned"
    return insert_article(db, article)


def store_new_text(db: sqlite_utils.Database, summary: DatasetSummary, source: str, source_format: str,
                   text: str, meta: dict | None = None) -> int | None:
    """store_text, counted in the summary; the new article's id, or None when it was there already."""
    article_id, created = store_text(db, source, source_format, text, meta)
    if not created:
        summary.duplicates.append(source)
        return None
    summary.imported.append((source, article_id))
    return article_id


def first_json_line(path) -> object | None:
    """The first line of a JSON Lines file, parsed (None when it is not JSON)."""
    with open(path, encoding="utf-8-sig") as handle:
        first = handle.readline()
    try:
        return json.loads(first)
    except ValueError:
        return None


def check_span(text: str, start: int, end: int, quoted: str | None = None) -> bool:
    """A span inside the text (and over the quoted text, when the format gives it)."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return False
    return quoted is None or text[start:end] == quoted


def add_mention(db, article_id: int, body: str, start: int, end: int, type_: str, entity_id: str | None = None,
                origin: str = "user", state: str = "accepted", annotator: str | None = None, **extra) -> None:
    db["mentions"].insert({
        "article_id": article_id, "start_char": start, "end_char": end, "text": body[start:end], "type": type_,
        "entity_id": entity_id, "value": extra.get("value"), "origin": origin, "source": extra.get("source"),
        "state": state, "context": context_of(body, start, end), "annotator": annotator,
        "created": extra.get("created") or now(), "updated": extra.get("updated"),
    })


def add_claim(db, article_id: int, body: str, start: int, end: int, origin: str = "user",
              state: str = "accepted", **fields) -> None:
    db["claims"].insert({
        "article_id": article_id, "start_char": start, "end_char": end, "text": body[start:end],
        "holder_entity_id": fields.get("holder_entity_id"), "holder_text": fields.get("holder_text"),
        "holder_via": json.dumps(fields.get("holder_via") or [], ensure_ascii=False),
        "target_kind": fields.get("target_kind"), "target_ref": fields.get("target_ref"),
        "target_text": fields.get("target_text"), "stance": fields.get("stance"),
        "intensity": fields.get("intensity"), "attribution": fields.get("attribution"), "cue": fields.get("cue"),
        "note": fields.get("note"), "origin": origin, "state": state, "context": context_of(body, start, end),
        "annotator": fields.get("annotator"), "created": fields.get("created") or now(),
        "updated": fields.get("updated"),
    })


def add_meeting_mention(db, article_id: int, body: str, start: int, end: int, meeting_id: int | None = None,
                        origin: str = "user", state: str = "confirmed", **fields) -> None:
    db["meeting_mentions"].insert({
        "article_id": article_id, "meeting_id": meeting_id, "start_char": start, "end_char": end,
        "text": body[start:end], "trigger": fields.get("trigger"), "sentence": fields.get("sentence"),
        "origin": origin, "state": state, "context": context_of(body, start, end),
        "annotator": fields.get("annotator"), "created": fields.get("created") or now(),
    })
