"""What every dataset importer shares: the summary, storing a text as an article, adding spans."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator

import sqlite_utils

from core.article import Article
from core.clock import now
from core.datasets.checks import CLAIM_SCHEME, in_scheme, label_problem, span_problem, stance_keys
from core.export.records import VALUE_NOTE
from core.store import atomic
from core.store.anchors import context_of
from core.store.articles import insert_article
from core.tally import Tally
from core.datasets.words import at, in_english, said

ENTITY_TYPES_WITHOUT_REGISTRY = ("DATE",)
# What malformed values trip while a row is stored: the row fails alone, named, the file goes on.
BAD_DATA = (KeyError, IndexError, TypeError, ValueError, AttributeError, OverflowError, sqlite3.IntegrityError)
_LISTED = 5


@dataclass
class DatasetSummary:
    """What an import brought in, what was there already, and what could not be carried over."""

    # Counts with their first items (core.tally), so a large import's summary does not grow with it.
    imported: Tally = field(default_factory=Tally)  # (source, article id)
    merged: Tally = field(default_factory=Tally)  # (source, article id)
    duplicates: Tally = field(default_factory=Tally)  # source
    failed: Tally = field(default_factory=Tally)  # (source, reason)
    annotations: Counter = field(default_factory=Counter)
    not_carried: Counter = field(default_factory=Counter)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    read_as: Counter = field(default_factory=Counter)  # how spans of a format that cannot mark proposals were read
    partly_analysed: Tally = field(default_factory=Tally)  # (source, note): too long to analyse whole
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): a folder's LICENSE, README…
    cancelled: bool = False
    stopped: str = ""  # why the import stopped early (disk full, library busy or read-only)
    logged: list = field(default_factory=list)  # the change log rows its plain files wrote (ImportSummary.logged)

    def skip(self, what: str, n: int = 1) -> None:
        """Count something the format holds that Kaidan could not take over (reported at the end)."""
        self.not_carried[what] += n

    def reject(self, where: str, reason: str) -> None:
        """Name a bad span or value that was left out (where: file and row or line)."""
        self.rejected.append((where, reason))

    def merge(self, other: "DatasetSummary") -> None:
        """Add what other (one committed row) brought in."""
        self.imported += other.imported
        self.merged += other.merged
        self.duplicates += other.duplicates
        self.failed += other.failed
        self.annotations.update(other.annotations)
        self.not_carried.update(other.not_carried)
        self.rejected += other.rejected
        self.conflicts += other.conflicts
        self.read_as.update(other.read_as)

    def messages(self, with_skipped: bool = True, say: Callable[..., str] = in_english) -> list[str]:
        """The summary's lines, each said by say(line, **fields) (a key of core.datasets.words.LINES): core's
        words by default; a caller with its own words (the window, in its language) passes its own say, and
        with_skipped=False leaves out the skipped files when it words them itself."""
        lines = [say("skipped_file", source=source, reason=reason) for source, reason in self.skipped] \
            if with_skipped else []
        lines += [say("part", source=source, note=note) for source, note in self.partly_analysed]
        if self.partly_analysed.left_out:
            lines.append(say("part_more", n=self.partly_analysed.left_out))
        lines += [say("not_carried", what=what, n=n) for what, n in sorted(self.not_carried.items())]
        lines += [say("read_as", what=what, n=n) for what, n in sorted(self.read_as.items())]
        by_reason: dict[str, list[str]] = {}
        for where, reason in self.rejected:
            by_reason.setdefault(reason, []).append(where)
        for reason, places in sorted(by_reason.items()):
            listed = "; ".join(say("place", where=where) for where in places[:_LISTED])
            if len(places) > _LISTED:
                listed += say("more_places", n=len(places) - _LISTED)
            lines.append(say("left_out", reason=reason, n=len(places), listed=listed))
        if self.merged:
            lines.append(say("merged", n=len(self.merged), conflicts=len(self.conflicts)))
        lines += [say("conflict", where=where, what=what) for where, what in self.conflicts]
        return lines

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


@contextmanager
def committed_row(db: sqlite_utils.Database, summary: DatasetSummary, where: str) -> Iterator[DatasetSummary]:
    """One row in one transaction, counted only once committed; a malformed row is rolled back and named."""
    staged = DatasetSummary()
    try:
        with atomic(db):
            yield staged
    except BAD_DATA as exc:
        summary.failed.append((where, said("bad_value", error=f"{type(exc).__name__}: {exc}")))
        return
    summary.merge(staged)


@contextmanager
def guarded(summary: DatasetSummary, where: str, what: str) -> Iterator[None]:
    """One span stored inside a row's transaction: a malformed one is left out and named, the row goes on."""
    try:
        yield
    except BAD_DATA as exc:
        # SQLite undoes only the failed statement: the row's transaction stays sound.
        summary.reject(where, said("bad_values", what=what, error=type(exc).__name__))


def span_ok(summary: DatasetSummary, where: str, text: str, start, end, label, quoted=None,
            shown: tuple | None = None) -> bool:
    """True for a span inside text with a usable label; otherwise it is named (with its offsets as shown in the file)."""
    problem = span_problem(text, start, end, quoted) or label_problem(label)
    if problem is None:
        return True
    start, end = shown or (start, end)
    summary.reject(at("offsets", where, start=_short(start), end=_short(end)), problem)
    return False


def claim_in_scheme(db, summary: DatasetSummary, where: str, fields: dict) -> dict:
    """The claim's fields with any stance, attribution, intensity or target kind outside the schemes dropped (and named)."""
    fields = dict(fields)
    schemes = {**CLAIM_SCHEME, "stance": stance_keys(db)}
    for name, allowed in schemes.items():
        if not in_scheme(fields.get(name), allowed):
            summary.reject(where, said("claim_outside", field=name.replace("_", " ")))
            fields[name] = None
    for name in ("holder_entity_id", "holder_text", "target_ref", "target_text", "note", "cue", "annotator"):
        if fields.get(name) is not None and not isinstance(fields[name], str):
            fields[name] = None
    return fields


def pointed(claim: dict, kind: str, words: str, entity_id: str | None) -> None:
    """A claim's holder or target as a relation points at it: what the metadata said stands while the
    relation agrees with it (the same entity or the same words); a relation drawn anew says it instead."""
    if kind == "holder":
        if (entity_id and entity_id == claim.get("holder_entity_id")) or words == claim.get("holder_text"):
            return
        claim.update(holder_entity_id=entity_id, holder_text=words)
    elif not ((entity_id and entity_id == claim.get("target_ref")) or words == claim.get("target_text")):
        claim.update(target_kind="entity" if entity_id else "text", target_ref=entity_id, target_text=words)


def noted_value(note: str | None) -> str | None:
    """The value Kaidan wrote beside a name ('value: 2025-07-12'), or None."""
    if not (note or "").startswith(VALUE_NOTE):
        return None
    return note[len(VALUE_NOTE):].strip() or None


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 20 else text[:19] + "…"


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
