"""Kaidan's own JSONL export read back: every article and annotation as it left."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.article import Article
from core.claims.scheme import add_topic, save_stance
from core.datasets.common import DatasetSummary, add_claim, add_meeting_mention, add_mention, first_json_line
from core.ingest.errors import IngestError
from core.progress import Cancelled, Progress
from core.store import atomic
from core.store.articles import insert_article, now
from core.store.registry import user_rows

ARTICLES = "articles.jsonl"


def export_folder(path: Path) -> Path | None:
    """The export folder path names (the folder or its articles.jsonl), if it is a Kaidan export."""
    folder = path if path.is_dir() else path.parent
    articles = folder / ARTICLES
    if not articles.is_file() or (path.is_file() and path.name != ARTICLES):
        return None
    if (folder / "dataset.json").is_file() or (folder / "entities.jsonl").is_file():
        return folder
    record = first_json_line(articles)
    return folder if isinstance(record, dict) and "body" in record and "entities" in record else None


def read_lines(path: Path) -> Iterator[dict]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError:
                    raise IngestError(f"{path.name} line {number}: not valid JSON") from None


def import_kaidan(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    """Import a Kaidan export folder: schemes, user entities, meetings, articles, links, in that order."""
    folder = export_folder(Path(path))
    if folder is None:
        raise IngestError("not a Kaidan export (no articles.jsonl with entities)")
    with atomic(db):
        _card(db, folder / "dataset.json")
        _entities(db, folder / "entities.jsonl", summary)
        meetings = _meetings(db, folder / "meetings.jsonl", summary)
    total = sum(1 for _ in (folder / ARTICLES).open(encoding="utf-8-sig"))
    articles: dict[int, int] = {}
    for done, record in enumerate(read_lines(folder / ARTICLES)):
        if cancelled and cancelled():
            summary.cancelled = True
            return
        if progress and done % 50 == 0:
            progress(done, total, record.get("title") or "")
        with atomic(db):
            _article(db, folder, record, meetings, articles, summary)
    with atomic(db):
        _links(db, folder / "meeting_links.jsonl", meetings, articles, summary)
    if progress:
        progress(total, total, "")


def _card(db, path: Path) -> None:
    """The library's stance labels and topics, so imported claims keep their labels."""
    if not path.is_file():
        return
    labels = json.loads(path.read_text(encoding="utf-8")).get("labels", {})
    known = {r[0] for r in db.execute("SELECT key FROM stance_labels")}
    for s in labels.get("stances", []):
        if s["key"] not in known:
            save_stance(db, s["key"], s["label"], s["colour"], s.get("shortcut"), s.get("label_ja"))
    for topic in labels.get("topics", []):
        add_topic(db, topic)


def _entities(db, path: Path, summary: DatasetSummary) -> None:
    existing = user_rows(db)
    for e in read_lines(path):
        if e.get("origin") not in ("user", "edited"):
            continue  # bundled entities come with every Kaidan
        if e["id"] in existing:
            summary.skip("user entities already in this library (kept as they are)")
            continue
        db["entities"].insert({
            "id": e["id"], "type": e["type"], "name": e["name"], "en": e.get("en"), "reading": e.get("reading"),
            "aliases": json.dumps(e.get("aliases") or [], ensure_ascii=False),
            "attributes": json.dumps(e.get("attributes") or {}, ensure_ascii=False), "origin": e["origin"],
            "merged_into": e.get("merged_into"), "updated": e.get("updated") or now(),
        })
        summary.annotations["user entities"] += 1


def _meetings(db, path: Path, summary: DatasetSummary) -> dict[int, int]:
    """Insert every meeting; returns exported id → new id (parents set once all exist)."""
    ids, parents = {}, {}
    for m in read_lines(path):
        place = m.get("place") or {}
        ids[m["id"]] = db["meetings"].insert({
            "kind": m["kind"], "status": m["status"], "start_date": m.get("start"), "end_date": m.get("end"),
            "precision": m.get("precision") or "unknown", "date_text": m.get("date_text"),
            "place_entity_id": place.get("entity_id"), "place_text": place.get("text"), "title": m.get("title"),
            "note": m.get("note"), "origin": m["origin"], "state": m["state"], "annotator": m.get("annotator"),
            "created": m.get("created") or "", "updated": m.get("updated"),
        }).last_pk
        if m.get("parent") is not None:
            parents[m["id"]] = m["parent"]
        participants = [{"meeting_id": ids[m["id"]], **{k: p.get(k) for k in ("entity_id", "name", "role", "office")}}
                        for p in m.get("participants") or []]
        if participants:
            db["meeting_participants"].insert_all(participants)
        summary.annotations["meetings"] += 1
        summary.annotations["participants"] += len(participants)
    for child, parent in parents.items():
        db.execute("UPDATE meetings SET parent_id = ? WHERE id = ?", [ids.get(parent), ids[child]])
    return ids


def _article(db, folder: Path, record: dict, meetings: dict, articles: dict, summary: DatasetSummary) -> None:
    inner = record.get("kaidan") or {}
    body = record["body"]
    source = record.get("source") or f"{folder / ARTICLES}#{record.get('id')}"
    article = Article(
        source=source, source_format=record.get("source_format") or "jsonl", raw=inner.get("raw") or body,
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
    article_id, created = insert_article(db, article)
    if not created:
        summary.duplicates.append(source)
        summary.skip("annotations of articles already in the library (not merged)")
        return
    articles[record.get("id")] = article_id
    summary.imported.append((source, article_id))
    db["articles"].update(article_id, {k: v for k, v in (
        ("imported_at", record.get("imported_at")), ("status", record.get("status")), ("notes", record.get("notes")),
        ("cleaning_version", inner.get("cleaning_version")), ("entities_version", inner.get("entities_version")),
    ) if v is not None})
    for o in inner.get("cleaning_overrides") or []:
        db["cleaning_overrides"].insert({**o, "content_hash": article.content_hash}, ignore=True)
    for m in [*record.get("entities", []), *record.get("rejected_entities", [])]:
        if not _inside(body, m, summary, "entity"):
            continue
        add_mention(db, article_id, body, m["start"], m["end"], m["type"], m.get("entity_id"),
                    origin=m.get("origin") or "user", state=m.get("state") or "accepted",
                    annotator=m.get("annotator"), value=m.get("value"), source=m.get("source"),
                    created=m.get("created"), updated=m.get("updated"))
        summary.annotations["entity mentions"] += 1
    for c in [*record.get("claims", []), *record.get("claim_candidates", [])]:
        if not _inside(body, c, summary, "claim"):
            continue
        holder, target = c.get("holder") or {}, c.get("target") or {}
        add_claim(db, article_id, body, c["start"], c["end"], origin=c.get("origin") or "user",
                  state=c.get("state") or "accepted", holder_entity_id=holder.get("entity_id"),
                  holder_text=holder.get("text"), holder_via=holder.get("via"), target_kind=target.get("kind"),
                  target_ref=target.get("ref"), target_text=target.get("text"),
                  **{k: c.get(k) for k in ("stance", "intensity", "attribution", "cue", "note", "annotator",
                                           "created", "updated")})
        summary.annotations["claims"] += 1
    for m in record.get("meeting_mentions", []):
        if not _inside(body, m, summary, "meeting mention"):
            continue
        meeting = meetings.get(m["meeting_id"]) if m.get("meeting_id") is not None else None
        if m.get("meeting_id") is not None and meeting is None:
            summary.skip("meeting mention ties to meetings missing from meetings.jsonl")
        add_meeting_mention(db, article_id, body, m["start"], m["end"], meeting, origin=m.get("origin") or "user",
                            state=m.get("state") or "confirmed",
                            **{k: m.get(k) for k in ("trigger", "sentence", "annotator", "created")})
        summary.annotations["meeting mentions"] += 1


def _inside(body: str, span: dict, summary: DatasetSummary, what: str) -> bool:
    if 0 <= span["start"] < span["end"] <= len(body) and body[span["start"]:span["end"]] == span["text"]:
        return True
    summary.skip(f"{what}s whose offsets do not match their text")
    return False


def _links(db, path: Path, meetings: dict, articles: dict, summary: DatasetSummary) -> None:
    for link in read_lines(path):
        ends = meetings.get(link["from"]), meetings.get(link["to"])
        if None in ends:
            summary.skip("links to meetings missing from meetings.jsonl")
            continue
        db["meeting_links"].insert({
            "from_id": ends[0], "to_id": ends[1], "relation": link["relation"], "origin": link["origin"],
            "state": link["state"], "evidence": link.get("evidence"), "article_id": articles.get(link.get("article_id")),
            "annotator": link.get("annotator"), "created": link.get("created") or "",
        }, ignore=True)
        summary.annotations["links"] += 1
