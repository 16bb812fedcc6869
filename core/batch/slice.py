"""A slice of a batch run brought into a desktop library: the articles a WHERE clause picks, with every annotation.

The articles keep the batch's content hash (the raw text comes along), so what a
reader decides in the library exports back as jsonl keyed by the same hash a
next batch run uses. Everything is written through the store's own functions,
one article a transaction, as the desktop import writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from core.analysis import DETECTOR_VERSION
from core.batch.queries import connect
from core.article import Article
from core.datasets.common import DatasetSummary
from core.datasets.words import said
from core.jobs.summary import stop_reason
from core.meetings.country_of import country_lookup
from core.meetings.mention import MeetingMention, Participant
from core.meetings.propose import Proposal
from core.meetings.nicknames import untied_nicknames
from core.meetings.plan import MeetingPlan
from core.meetings.store_plan import store_meetings
from core.progress import Cancelled, Progress, run_each
from core.store import open_db
from core.store.articles import insert_article
from core.store.claims import replace_candidates
from core.store.transactions import atomic
from core.store.errors import WriteRefused
from core.store.mentions import replace_detected
from core.store.registry import load_registry

_CHUNK = 200  # articles read from the Parquet at a time


class SliceError(ValueError):
    """The folder is not a batch run, or the WHERE clause is not one DuckDB accepts."""


@dataclass(frozen=True)
class Detected:
    """A mention row as replace_detected reads it."""

    start: int
    end: int
    text: str
    type: str
    entity_id: str | None
    value: str | None
    source: str | None


@dataclass(frozen=True)
class Candidate:
    """A claim candidate row as replace_candidates reads it."""

    start: int
    end: int
    text: str
    holder_entity_id: str | None
    holder_text: str | None
    via: list = field(default_factory=list)
    attribution: str | None = None
    cue: str | None = None
    confidence: float | None = None


def is_batch_run(folder: str | Path) -> bool:
    """Whether folder holds a batch run (its articles table and the run's settings)."""
    return (Path(folder) / "articles").is_dir() and (Path(folder) / "run.json").is_file()


def _connect(out: str | Path):
    if not is_batch_run(out):
        raise SliceError(f"{out}: not a batch run (no articles folder and run.json)")
    return connect(out)


def _picked(con, where: str) -> list[str]:
    """The content hashes of the articles where picks, in source order (as the files were read)."""
    import duckdb

    where = (where or "").strip() or "true"
    query = f"SELECT id FROM articles WHERE ({where}) GROUP BY id ORDER BY min(source), id"
    try:
        if len(con.extract_statements(query)) != 1:  # a condition, never a second statement
            raise SliceError("not a WHERE clause over articles: one condition, with no ';'")
        return [r[0] for r in con.execute(query).fetchall()]
    except duckdb.Error as exc:
        raise SliceError(f"not a WHERE clause over articles: {str(exc).splitlines()[0]}") from None


def slice_count(out: str | Path, where: str) -> int:
    """How many articles where picks from the run in out (SliceError when it cannot say)."""
    con = _connect(out)
    try:
        return len(_picked(con, where))
    finally:
        con.close()


def import_slice(out: str | Path, where: str, db_path: str | Path, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> DatasetSummary:
    """Import the articles where picks, with their mentions, claim candidates and meetings, into the library."""
    con = _connect(out)
    summary = DatasetSummary()
    db = None
    try:
        ids = _picked(con, where)
        db = open_db(db_path, make_folder=True)
        registry = load_registry(db)
        country_of = country_lookup(registry)
        chunks = [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
        done = 0
        for chunk in chunks:
            rows = _rows(con, chunk)

            def one(key: str) -> None:
                _store(db, rows, key, country_of, summary)

            stop = run_each(chunk, one, _offset(progress, done, len(ids)), cancelled,
                            label=lambda key: rows["articles"][key]["source"] or "")
            done += len(chunk)
            if stop:
                summary.cancelled = True
                break
    except WriteRefused as exc:
        summary.stopped = stop_reason(exc, len(summary.imported))
    finally:
        con.close()
        if db is not None:
            db.close()
    return summary


def _offset(progress: Progress | None, done: int, total: int) -> Progress | None:
    """Progress of one chunk reported as progress of the whole slice."""
    if progress is None:
        return None
    return lambda n, _total, label: progress(done + n, total, label)


def _rows(con, keys: list[str]) -> dict[str, dict]:
    """The rows of every table for keys: articles by key, the rest as lists by key."""
    import pyarrow as pa

    con.register("picked", pa.table({"id": keys}))
    try:
        tables: dict[str, dict] = {"articles": {}}
        for row in _dicts(con, "SELECT DISTINCT ON (id) * FROM articles WHERE id IN (SELECT id FROM picked)"):
            tables["articles"][row["id"]] = row
        for table, order in (("mentions", "start, \"end\""), ("claims", "start, \"end\""),
                             ("proposals", "proposal"), ("meeting_mentions", "proposal, start"),
                             ("proposal_links", "from_proposal")):
            grouped: dict[str, list] = {}
            for row in _dicts(con, f"SELECT DISTINCT * FROM {table} WHERE article_id IN (SELECT id FROM picked) "
                                   f"ORDER BY article_id, {order}"):
                grouped.setdefault(row["article_id"], []).append(row)
            tables[table] = grouped
        return tables
    finally:
        con.unregister("picked")


def _dicts(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _store(db, rows: dict, key: str, country_of, summary: DatasetSummary) -> None:
    """One article and its annotations in one transaction, as the desktop import stores it."""
    a = rows["articles"][key]
    article = _article(a)
    if article.content_hash != key:
        summary.failed.append((a["source"], said("hash_differs")))
        return
    body = article.body
    with atomic(db):
        article_id, created = insert_article(db, article)
        if not created:
            summary.duplicates.append(a["source"])
            return
        mentions = [Detected(m["start"], m["end"], m["text"], m["type"], m["entity_id"], m["value"], m["source"])
                    for m in rows["mentions"].get(key, [])]
        replace_detected(db, article_id, body, mentions, a["entities_version"] or DETECTOR_VERSION, fresh=True)
        claims = [Candidate(c["start"], c["end"], c["text"], c["holder_entity_id"], c["holder_text"],
                            json.loads(c["holder_via"] or "[]"), c["attribution"], c["cue"], c["confidence"])
                  for c in rows["claims"].get(key, [])]
        replace_candidates(db, article_id, body, claims, fresh=True)
        meetings = store_meetings(db, article_id, body, _plan(rows, key, body, country_of, mentions))
    summary.imported.append((a["source"], article_id))
    summary.annotations.update({"mentions": len(mentions), "claim candidates": len(claims),
                                "meeting mentions": meetings.mentions})


def _article(a: dict) -> Article:
    body = a["body"] or ""
    return Article(
        source=a["source"], source_format=a["source_format"], raw=a["raw"] if a["raw"] is not None else body,
        title=a["title"], published=a["published"], published_precision=a["published_precision"],
        published_text=a["published_text"], outlet=a["outlet"], source_agency=a["source_agency"],
        dateline=a["dateline"], url=a["url"], authors=list(a["authors"] or []), captions=list(a["captions"] or []),
        paragraphs=body.split("\n") if body else [], body_lines=list(a["body_lines"] or []),
        line_labels=list(a["line_labels"] or []), import_note=a["import_note"],
        cleaning_check=a["cleaning_check"], cleaning_check_line=a["cleaning_check_line"],
        published_inferred=a["published_inferred"], published_inferred_precision=a["published_inferred_precision"])


def _plan(rows: dict, key: str, body: str, country_of, mentions: list = ()) -> MeetingPlan:
    """The article's meeting proposals and links, rebuilt from their rows for the store's merge, and its
    nicknames no proposal took (read again from the body and the entity mentions, as the desktop reads them)."""
    proposals: dict[int, Proposal] = {}
    for p in rows["proposals"].get(key, []):
        proposals[p["proposal"]] = Proposal(
            p["kind"], p["status"], [Participant(**x) for x in json.loads(p["participants"] or "[]")],
            start=p["start_date"], precision=p["precision"], date_text=p["date_text"],
            place=p["place_entity_id"], place_text=p["place_text"], title=p["title"], end=p["end_date"],
            level=p.get("level"), reported=p.get("reported"))
    for m in rows["meeting_mentions"].get(key, []):
        proposal = proposals.get(m["proposal"])
        if proposal is not None:
            proposal.mentions.append(MeetingMention(
                m["start"], m["end"], m["text"], proposal.kind, proposal.status,
                _sentence(body, m["sentence"] or "", m["start"], m["end"])))
    links = [(proposals[r["from_proposal"]], proposals[r["to_proposal"]], r["relation"], r["evidence"])
             for r in rows["proposal_links"].get(key, [])
             if r["from_proposal"] in proposals and r["to_proposal"] in proposals]
    return MeetingPlan(list(proposals.values()), links, country_of,
                       untied_nicknames(body, list(proposals.values()), list(mentions)))


def _sentence(body: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence holding start..end (the Parquet keeps its text)."""
    at = body.find(sentence, max(0, end - len(sentence)))
    if sentence and 0 <= at <= start and at + len(sentence) >= end:
        return at, at + len(sentence)
    return start, end
