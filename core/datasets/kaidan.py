"""Kaidan's own JSONL export read back: every article and annotation as it left.

The folder and the library-wide records (stance labels, topics, user entities) are read here; meetings with
their links (core.datasets.kaidan_meetings) and each article (core.datasets.kaidan_articles) have modules
of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from core.clock import now
from core.datasets.checks import label_problem
from core.datasets.common import DatasetSummary, committed_row, guarded
from core.datasets.kaidan_articles import STATUSES, import_article
from core.datasets.kaidan_meetings import import_links, import_meetings
from core.datasets.reading import first_json_line, listed, load_json, read_lines, text_or_none
from core.datasets.words import at, said
from core.export_names import CARD
from core.ingest.errors import IngestError
from core.progress import Cancelled, Progress, run_each
from core.store.registry import user_rows
from core.store.scheme import add_topic, save_stance

__all__ = ["ARTICLES", "STATUSES", "export_folder", "import_kaidan", "read_lines"]

ARTICLES = "articles.jsonl"


def export_folder(path: Path) -> Path | None:
    """The export folder path names (the folder or its articles.jsonl), if it is a Kaidan export."""
    folder = path if path.is_dir() else path.parent
    articles = folder / ARTICLES
    if not articles.is_file() or (path.is_file() and path.name != ARTICLES):
        return None
    if (folder / CARD).is_file() or (folder / "entities.jsonl").is_file():
        return folder
    record = first_json_line(articles)
    return folder if isinstance(record, dict) and "body" in record and "entities" in record else None


def import_kaidan(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    """Import a Kaidan export folder: schemes, user entities, meetings, articles, links, in that order."""
    folder = export_folder(Path(path))
    if folder is None:
        raise IngestError(said("not_kaidan"))
    meetings: dict[int, int] = {}
    with committed_row(db, summary, str(folder)) as staged:
        _card(db, folder / CARD, staged)
        _entities(db, folder / "entities.jsonl", staged)
        meetings = import_meetings(db, folder / "meetings.jsonl", staged)
    articles: dict[int, int] = {}

    def one(item: tuple[str, dict]) -> None:
        where, record = item
        with committed_row(db, summary, where) as staged:
            import_article(db, folder / ARTICLES, where, record, meetings, articles, staged)

    if run_each(read_lines(folder / ARTICLES, summary), one, progress, cancelled, every=50,
                label=lambda item: str(item[1].get("title") or "")):
        summary.cancelled = True
        return
    with committed_row(db, summary, str(folder / "meeting_links.jsonl")) as staged:
        import_links(db, folder / "meeting_links.jsonl", meetings, articles, staged)


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
    for s in listed(labels.get("stances")):
        if not isinstance(s, dict) or label_problem(s.get("key")) or label_problem(s.get("label")):
            summary.reject(at("stances", path), said("stances_not_names"))
        elif s["key"] not in known:
            with guarded(summary, at("stance", path, key=s["key"]), said("stance_labels")):
                save_stance(db, s["key"], s["label"], str(s.get("colour") or "#888888"),
                            text_or_none(s.get("shortcut")), text_or_none(s.get("label_ja")))
    for topic in listed(labels.get("topics")):
        # a topic is written with its English label ({"name", "label_en"}); older cards wrote the name alone
        name, english = (topic.get("name"), topic.get("label_en")) if isinstance(topic, dict) else (topic, None)
        if label_problem(name) is None:
            add_topic(db, name, english if isinstance(english, str) and english.strip() else None)
        else:
            summary.reject(at("topics", path), said("topics_not_names"))


def _entities(db, path: Path, summary: DatasetSummary) -> None:
    """The export's user entities the library lacks (bundled ones come with every Kaidan)."""
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

