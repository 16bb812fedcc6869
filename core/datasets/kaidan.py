"""Kaidan's own JSONL export read back: every article and annotation as it left."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.article import Article
from core.datasets.checks import MEETING_SCHEME, in_scheme, label_problem, span_problem
from core.store.scheme import add_topic, save_stance
from core.datasets.common import (
    DatasetSummary, add_claim, add_meeting_mention, add_mention, claim_in_scheme, committed_row, guarded,
)
from core.clock import now
from core.datasets.reading import first_json_line, json_lines, load_json
from core.datasets.words import at, said
from core.ingest.errors import IngestError
from core.ingest.rows import row_error
from core.progress import Cancelled, Progress, run_each
from core.store.articles import insert_article
from core.store.registry import user_rows

STATUSES = ("new", "in progress", "done")

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


def read_lines(path: Path, summary: DatasetSummary) -> Iterator[tuple[str, dict]]:
    """(where, record) for each object line of a JSONL file; other lines are named in the summary."""
    if not path.is_file():
        return
    for number, record in json_lines(path):
        where = at("line", path, number=number)
        if isinstance(record, dict):
            yield where, record
        else:
            summary.failed.append((where, row_error("not_json" if record is None else "not_object")))


def import_kaidan(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    """Import a Kaidan export folder: schemes, user entities, meetings, articles, links, in that order."""
    folder = export_folder(Path(path))
    if folder is None:
        raise IngestError(said("not_kaidan"))
    meetings: dict[int, int] = {}
    with committed_row(db, summary, str(folder)) as staged:
        _card(db, folder / "dataset.json", staged)
        _entities(db, folder / "entities.jsonl", staged)
        meetings = _meetings(db, folder / "meetings.jsonl", staged)
    articles: dict[int, int] = {}

    def one(item: tuple[str, dict]) -> None:
        where, record = item
        with committed_row(db, summary, where) as staged:
            _article(db, folder, where, record, meetings, articles, staged)

    if run_each(read_lines(folder / ARTICLES, summary), one, progress, cancelled, every=50,
                label=lambda item: str(item[1].get("title") or "")):
        summary.cancelled = True
        return
    with committed_row(db, summary, str(folder / "meeting_links.jsonl")) as staged:
        _links(db, folder / "meeting_links.jsonl", meetings, articles, staged)


def _card(db, path: Path, summary: DatasetSummary) -> None:
    """The library's stance labels and topics, so imported claims keep their labels."""
    if not path.is_file():
        return
    try:
        card = load_json(path)
    except IngestError as exc:
        summary.reject(str(path), said("cards_unread", error=str(exc)))
        return
    labels = card.get("labels") if isinstance(card, dict) else None
    labels = labels if isinstance(labels, dict) else {}
    known = {r[0] for r in db.execute("SELECT key FROM stance_labels")}
    for s in _list(labels.get("stances")):
        if not isinstance(s, dict) or label_problem(s.get("key")) or label_problem(s.get("label")):
            summary.reject(at("stances", path), said("stances_not_names"))
        elif s["key"] not in known:
            with guarded(summary, at("stance", path, key=s["key"]), said("stance_labels")):
                save_stance(db, s["key"], s["label"], str(s.get("colour") or "#888888"),
                            _text(s.get("shortcut")), _text(s.get("label_ja")))
    for topic in _list(labels.get("topics")):
        # a topic is written with its English label ({"name", "label_en"}); older cards wrote the name alone
        name, english = (topic.get("name"), topic.get("label_en")) if isinstance(topic, dict) else (topic, None)
        if label_problem(name) is None:
            add_topic(db, name, english if isinstance(english, str) and english.strip() else None)
        else:
            summary.reject(at("topics", path), said("topics_not_names"))


def _status(value, summary: DatasetSummary, where: str) -> str | None:
    """The article's status when the scheme has it (else it stays new, and the value is named)."""
    if value is None or value in STATUSES:
        return value
    summary.reject(where, said("statuses_outside"))
    return None


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _entities(db, path: Path, summary: DatasetSummary) -> None:
    existing = user_rows(db)
    for where, e in read_lines(path, summary):
        if e.get("origin") not in ("user", "edited"):
            continue  # bundled entities come with every Kaidan
        if e.get("id") in existing:
            summary.skip(said("entities_there"))
            continue
        if label_problem(e.get("id")) or label_problem(e.get("type")) or not isinstance(e.get("name"), str):
            summary.reject(where, said("entities_unusable"))
            continue
        with guarded(summary, where, said("entities")):
            _insert_entity(db, e)
            summary.annotations[said("user_entities")] += 1


def _insert_entity(db, e: dict) -> None:
    db["entities"].insert({
        "id": e["id"], "type": e["type"], "name": e["name"], "en": e.get("en"), "reading": e.get("reading"),
        "aliases": json.dumps(e.get("aliases") or [], ensure_ascii=False),
        "attributes": json.dumps(e.get("attributes") or {}, ensure_ascii=False), "origin": e["origin"],
        "merged_into": e.get("merged_into"), "updated": e.get("updated") or now(),
    })


def _meetings(db, path: Path, summary: DatasetSummary) -> dict[int, int]:
    """Insert every meeting; returns exported id → new id (parents set once all exist)."""
    ids, parents = {}, {}
    known = _known_meetings(db) if path.is_file() else {}
    for where, m in read_lines(path, summary):
        bad = [k for k in ("kind", "status") if not (m.get(k) and in_scheme(m.get(k), MEETING_SCHEME[k]))]
        if bad:
            summary.reject(where, said("meetings_outside", fields=" or ".join(bad), names=tuple(bad)))
            continue
        with guarded(summary, where, said("meetings")):
            _meeting(db, m, ids, parents, summary, known)
    for child, parent in parents.items():
        db.execute("UPDATE meetings SET parent_id = ? WHERE id = ?", [ids.get(parent), ids[child]])
    return ids


def _meeting(db, m: dict, ids: dict, parents: dict, summary: DatasetSummary, known: dict) -> None:
    place = m.get("place") or {}
    if not isinstance(m.get("id"), int):
        raise TypeError("a meeting id must be a whole number")
    same = _same_meeting(m, place, known)
    if same is not None:  # the export came back to a library that has its meetings: they are not doubled
        ids[m["id"]] = same
        summary.skip(said("meetings_there"))
        return
    ids[m["id"]] = db["meetings"].insert({
        "kind": m["kind"], "status": m["status"], "start_date": m.get("start"), "end_date": m.get("end"),
        "precision": m.get("precision") or "unknown", "date_text": m.get("date_text"),
        "place_entity_id": place.get("entity_id"), "place_text": place.get("text"), "title": m.get("title"),
        "note": m.get("note"), "origin": m["origin"], "state": m["state"], "annotator": m.get("annotator"),
        "created": m.get("created") or "", "updated": m.get("updated"),
    }).last_pk
    if isinstance(m.get("parent"), int):
        parents[m["id"]] = m["parent"]
    participants = [{"meeting_id": ids[m["id"]], **{k: p.get(k) for k in ("entity_id", "name", "role", "office")}}
                    for p in _list(m.get("participants"))
                    if isinstance(p, dict) and p.get("role") in MEETING_SCHEME["role"] and isinstance(p.get("name"), str)]
    if len(participants) < len(_list(m.get("participants"))):
        summary.skip(said("participants_left"),
                     len(_list(m.get("participants"))) - len(participants))
    if participants:
        db["meeting_participants"].insert_all(participants)
    summary.annotations[said("meetings")] += 1
    summary.annotations[said("participants")] += len(participants)


def _known_meetings(db) -> dict[tuple, list[int]]:
    """The library's meetings before the import, by what makes an exported meeting the same one (_meeting_key)."""
    people: dict[int, list[dict]] = {}
    for p in db.query("SELECT meeting_id, entity_id, name, role, office FROM meeting_participants"):
        people.setdefault(p["meeting_id"], []).append(p)
    known: dict[tuple, list[int]] = {}
    for row in db.query("SELECT id, created, kind, status, origin, start_date, end_date, place_entity_id, place_text,"
                        " title FROM meetings WHERE created IS NOT NULL AND created != '' ORDER BY id DESC"):
        key = (row["created"], row["kind"], row["status"], row["origin"], row["start_date"], row["end_date"],
               row["place_entity_id"], row["place_text"], row["title"],
               tuple(sorted(_participant_key(p) for p in people.get(row["id"], []))))
        known.setdefault(key, []).append(row["id"])
    return known


def _same_meeting(m: dict, place: dict, known: dict[tuple, list[int]]) -> int | None:
    """The library's meeting this exported one is, or None: made at the same moment, of the same kind, status,
    dates, place and title, with the same participants, and not yet matched to another exported meeting.
    A meeting without its creation time is never taken for another."""
    if not isinstance(m.get("created"), str) or not m["created"]:
        return None
    participants = tuple(sorted(_participant_key(p) for p in _list(m.get("participants")) if isinstance(p, dict)))
    key = (m["created"], m["kind"], m["status"], m.get("origin"), m.get("start"), m.get("end"),
           place.get("entity_id"), place.get("text"), m.get("title"), participants)
    same = known.get(key)
    return same.pop() if same else None  # taken: a second exported twin becomes a meeting of its own


def _participant_key(p: dict) -> tuple:
    return tuple(str(p.get(k) or "") for k in ("entity_id", "name", "role", "office"))


def _article(db, folder: Path, where: str, record: dict, meetings: dict, articles: dict,
             summary: DatasetSummary) -> None:
    inner = record.get("kaidan") if isinstance(record.get("kaidan"), dict) else {}
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        summary.failed.append((where, said("no_body_text")))
        return
    source = record.get("source") or f"{folder / ARTICLES}#{record.get('id')}"
    article = Article(
        source=source, source_format=record.get("source_format") or "jsonl", raw=_text(inner.get("raw")) or body,
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
        summary.skip(said("articles_there"))
        return
    if isinstance(record.get("id"), int):
        articles[record["id"]] = article_id
    summary.imported.append((source, article_id))
    db["articles"].update(article_id, {k: v for k, v in (
        ("imported_at", _text(record.get("imported_at"))), ("status", _status(record.get("status"), summary, where)),
        ("notes", _text(record.get("notes"))),
        ("cleaning_version", inner.get("cleaning_version")), ("entities_version", inner.get("entities_version")),
    ) if v is not None})
    for o in _list(inner.get("cleaning_overrides")):
        with guarded(summary, where, said("cleaning_fixes")):
            db["cleaning_overrides"].insert({**{k: o.get(k) for k in ("line", "label", "annotator", "created")},
                                             "content_hash": article.content_hash}, ignore=True)
    for m in [*_list(record.get("entities")), *_list(record.get("rejected_entities"))]:
        if not _inside(body, m, summary, where, typed=True):
            continue
        with guarded(summary, where, said("entity_mentions")):
            add_mention(db, article_id, body, m["start"], m["end"], m["type"], m.get("entity_id"),
                    origin=m.get("origin") or "user", state=m.get("state") or "accepted",
                    annotator=m.get("annotator"), value=m.get("value"), source=m.get("source"),
                        created=m.get("created"), updated=m.get("updated"))
            summary.annotations[said("entity_mentions")] += 1
    for c in [*_list(record.get("claims")), *_list(record.get("claim_candidates"))]:
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
    for m in _list(record.get("meeting_mentions")):
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


def _links(db, path: Path, meetings: dict, articles: dict, summary: DatasetSummary) -> None:
    for where, link in read_lines(path, summary):
        ends = tuple(meetings.get(v) if isinstance(v, int) else None for v in (link.get("from"), link.get("to")))
        if None in ends:
            summary.skip(said("links_missing"))
            continue
        if not (link.get("relation") and in_scheme(link.get("relation"), MEETING_SCHEME["relation"])):
            summary.reject(where, said("relations_outside"))
            continue
        with guarded(summary, where, said("meeting_links")):
            if _insert_link(db, link, ends, articles):
                summary.annotations[said("links")] += 1
            else:
                summary.skip(said("links_there"))


def _insert_link(db, link: dict, ends: tuple, articles: dict) -> bool:
    """Insert the link unless the library links the two meetings by that relation already; True if inserted."""
    db["meeting_links"].insert({
        "from_id": ends[0], "to_id": ends[1], "relation": link["relation"], "origin": link["origin"],
        "state": link["state"], "evidence": link.get("evidence"), "article_id": articles.get(link.get("article_id")),
        "annotator": link.get("annotator"), "created": link.get("created") or "",
    }, ignore=True)
    return db.execute("SELECT changes()").fetchone()[0] > 0
