"""One article of a Kaidan export read back, with its cleaning fixes, mentions, claims and meeting mentions."""

from __future__ import annotations

from pathlib import Path

from core.article import Article
from core.datasets.checks import label_problem, span_problem
from core.datasets.common import (
    DatasetSummary, add_claim, add_meeting_mention, add_mention, claim_in_scheme, guarded,
)
from core.datasets.reading import listed, text_or_none
from core.datasets.words import at, said
from core.store.articles import insert_article

STATUSES = ("new", "in progress", "done")


def import_article(db, articles_file: Path, where: str, record: dict, meetings: dict, articles: dict,
                   summary: DatasetSummary) -> None:
    """Store one exported article and its annotations; meetings maps exported meeting ids to the library's,
    and articles gains the article's exported id → its id here (for the links read after all articles)."""
    inner = record.get("kaidan") if isinstance(record.get("kaidan"), dict) else {}
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        summary.failed.append((where, said("no_body_text")))
        return
    source = record.get("source") or f"{articles_file}#{record.get('id')}"
    article = _article_of(record, inner, body, source)
    article_id, created = insert_article(db, article)
    if not created:
        summary.duplicates.append(source)
        summary.skip(said("articles_there"))
        return
    if isinstance(record.get("id"), int):
        articles[record["id"]] = article_id
    summary.imported.append((source, article_id))
    db["articles"].update(article_id, {k: v for k, v in (
        ("imported_at", text_or_none(record.get("imported_at"))), ("status", _status(record.get("status"), summary, where)),
        ("notes", text_or_none(record.get("notes"))),
        ("cleaning_version", inner.get("cleaning_version")), ("entities_version", inner.get("entities_version")),
    ) if v is not None})
    for o in listed(inner.get("cleaning_overrides")):
        with guarded(summary, where, said("cleaning_fixes")):
            db["cleaning_overrides"].insert({**{k: o.get(k) for k in ("line", "label", "annotator", "created")},
                                             "content_hash": article.content_hash}, ignore=True)
    _add_mentions(db, article_id, body, record, summary, where)
    _add_claims(db, article_id, body, record, summary, where)
    _add_meeting_mentions(db, article_id, body, record, meetings, summary, where)


def _article_of(record: dict, inner: dict, body: str, source: str) -> Article:
    """The exported article as Kaidan reads an article: its fields, and its cleaning from the kaidan block."""
    return Article(
        source=source, source_format=record.get("source_format") or "jsonl",
        raw=text_or_none(inner.get("raw")) or body,
        title=record.get("title"), published=record.get("published"),
        published_precision=record.get("published_precision"), published_text=inner.get("published_text"),
        outlet=record.get("outlet"), source_agency=record.get("source_agency"), dateline=record.get("dateline"),
        url=record.get("url"), authors=record.get("authors") or [], captions=record.get("captions") or [],
        paragraphs=body.split("\n"), body_lines=inner.get("body_lines") or [],
        line_labels=inner.get("line_labels") or [], import_note=inner.get("import_note"),
        published_inferred=record.get("published_inferred"),
        published_inferred_precision=record.get("published_inferred_precision"),
        cleaning_check=inner.get("cleaning_check"), cleaning_check_line=inner.get("cleaning_check_line"),
    )


def _add_mentions(db, article_id: int, body: str, record: dict, summary: DatasetSummary, where: str) -> None:
    """The article's entity mentions, rejected ones too, with their decisions."""
    for m in [*listed(record.get("entities")), *listed(record.get("rejected_entities"))]:
        if not _inside(body, m, summary, where, typed=True):
            continue
        with guarded(summary, where, said("entity_mentions")):
            add_mention(db, article_id, body, m["start"], m["end"], m["type"], m.get("entity_id"),
                        origin=m.get("origin") or "user", state=m.get("state") or "accepted",
                        annotator=m.get("annotator"), value=m.get("value"), source=m.get("source"),
                        created=m.get("created"), updated=m.get("updated"))
            summary.annotations[said("entity_mentions")] += 1


def _add_claims(db, article_id: int, body: str, record: dict, summary: DatasetSummary, where: str) -> None:
    """The article's claims and claim candidates, their values kept to the library's schemes."""
    for c in [*listed(record.get("claims")), *listed(record.get("claim_candidates"))]:
        if not _inside(body, c, summary, where):
            continue
        holder, target = (c.get(k) if isinstance(c.get(k), dict) else {} for k in ("holder", "target"))
        fields = claim_in_scheme(db, summary, where, {
            "holder_entity_id": holder.get("entity_id"), "holder_text": holder.get("text"),
            "target_kind": target.get("kind"), "target_ref": target.get("ref"), "target_text": target.get("text"),
            **{k: c.get(k) for k in ("stance", "intensity", "attribution", "cue", "note", "annotator")}})
        with guarded(summary, where, said("claims")):
            add_claim(db, article_id, body, c["start"], c["end"], origin=c.get("origin") or "user",
                      state=c.get("state") or "accepted", holder_via=holder.get("via"),
                      created=c.get("created"), updated=c.get("updated"), **fields)
            summary.annotations[said("claims")] += 1


def _add_meeting_mentions(db, article_id: int, body: str, record: dict, meetings: dict, summary: DatasetSummary,
                          where: str) -> None:
    """The article's meeting mentions, tied to the library's meetings the export's ids map to."""
    for m in listed(record.get("meeting_mentions")):
        if not _inside(body, m, summary, where):
            continue
        meeting = meetings.get(m.get("meeting_id")) if isinstance(m.get("meeting_id"), int) else None
        if m.get("meeting_id") is not None and meeting is None:
            summary.skip(said("ties_missing"))
        with guarded(summary, where, said("meeting_mentions")):
            add_meeting_mention(db, article_id, body, m["start"], m["end"], meeting,
                                origin=m.get("origin") or "user", state=m.get("state") or "confirmed",
                                **{k: m.get(k) for k in ("trigger", "sentence", "annotator", "created")})
            summary.annotations[said("meeting_mentions")] += 1


def _inside(body: str, span, summary: DatasetSummary, where: str, typed: bool = False) -> bool:
    """A span object whose offsets lie in body over its text (and, when typed, whose type is a name)."""
    if not isinstance(span, dict):
        summary.reject(where, said("spans_not_objects"))
        return False
    problem = span_problem(body, span.get("start"), span.get("end"), span.get("text"))
    if problem is None and typed:
        problem = label_problem(span.get("type"))
    if problem is None:
        return True
    summary.reject(at("offsets", where, start=repr(span.get("start")), end=repr(span.get("end"))), problem)
    return False


def _status(value, summary: DatasetSummary, where: str) -> str | None:
    """The article's status when the scheme has it (else it stays new, and the value is named)."""
    if value is None or value in STATUSES:
        return value
    summary.reject(where, said("statuses_outside"))
    return None
