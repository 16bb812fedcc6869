"""Running entity detection over articles, keeping every user decision."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Iterable

import sqlite_utils

from core.claims.suggest import suggest
from core.dates import reference_date
from core.errors import Reason
from core.plural import counted
from core.analysis_limit import analysed_part
from core.learning import library_lexicon, library_model_path, library_tagger
from core.model import Mention
from core.nlp.entities import detect, detected_ahead
from core.parallel import IN_FLIGHT, WARM_TEXT, Detector, start_pool, worker_count, worker_detector
from core.pool_chunks import Chunks
from core.progress import Cancelled, Progress, run_each
from core.registry import Registry
from core.store import atomic, open_db
from core.store.articles import all_ids, detection_input, title_of
from core.store.changes import LoggedRows
from core.store.claims import replace_candidates
from core.store.errors import WriteRefused
from core.store.mentions import READ_BY_CLAIMS, claim_keys, mentions_for, replace_detected
from core.store.registry import load_registry

DETECTOR_VERSION = 1
# Analysed articles stored per transaction when workers detect (see _save_batch).
BATCH = 32


def analyze_article(db: sqlite_utils.Database, article_id: int, registry: Registry, lexicon=None) -> int:
    """Detect the article's entities and claim candidates again; returns the entity count.

    lexicon: the library's user lexicon (read from the library when None).
    """
    body, published, dateline = detection_input(db, article_id)
    if lexicon is None:
        lexicon = library_lexicon(db)
    found = detect(analysed_part(body), registry, reference_date(published, dateline), tagger=library_tagger(db),
                   lexicon=lexicon)
    return _save_detected(db, article_id, body, found, registry)


def _save_detected(db: sqlite_utils.Database, article_id: int, body: str, found: list, registry: Registry) -> int:
    replace_detected(db, article_id, body, found, DETECTOR_VERSION)
    suggest_claims(db, article_id, registry)
    return len(found)


def _detect_many(rows: list[tuple]) -> list[tuple[list, list]]:
    """In a worker: _detect_in_worker on several articles, each given as its body, date, dateline and title
    (one task, one reply)."""
    detector = worker_detector()
    with detected_ahead((analysed_part(body) for body, _, _, _ in rows), detector.registry, detector.tagger):  # first
        return [_detect_in_worker(body, published, dateline, title=title) for body, published, dateline, title in rows]


def _detect_in_worker(body: str, published: str | None, dateline: str | None, *, title: str | None = None) -> tuple[list, list]:
    """In a worker process: one article's entities, and the claim candidates they give once stored.

    The candidates are proposed from the mentions as the library will hold them when the article
    has no decision of the user's (see _stored_as_detected); the writer checks that it holds
    exactly those before it takes them, and proposes again itself otherwise.
    """
    detector = worker_detector()
    day = reference_date(published, dateline)
    body = analysed_part(body)  # a long text's head, as import analyses it
    found = detect(body, detector.registry, day, tagger=detector.tagger, lexicon=detector.lexicon)
    return found, suggest(body, _as_stored(found), day.isoformat() if day else None, detector.registry, title=title)


# What claim suggestion may read of a stored mention: every field but the row's id, article, context
# and time of creation, which it never reads.
_READ_BY_CLAIMS = attrgetter(*READ_BY_CLAIMS)


def _as_stored(found: list) -> list[Mention]:
    """Detected mentions as the library gives them back once stored (plain mentions, proposed)."""
    return [Mention(m.start, m.end, m.text, m.type, m.entity_id, m.value, m.source) for m in found]


def _stored_as_detected(stored: list[tuple], found: list) -> bool:
    """Whether the library holds just the detected mentions (no user decision kept or blocking one).

    stored: the article's mentions as the library holds them, as tuples of READ_BY_CLAIMS (store.mentions.claim_keys).
    """
    keys = list(map(_READ_BY_CLAIMS, _as_stored(found)))
    return stored == keys and all(a[:2] != b[:2] for a, b in zip(keys, keys[1:]))


def _warm(detector: Detector) -> None:
    """Detect in a short text once, so that what detection builds on first use is there before workers fork."""
    detect(WARM_TEXT, detector.registry, None, tagger=detector.tagger, lexicon=detector.lexicon)


def suggest_claims(db: sqlite_utils.Database, article_id: int, registry: Registry | None = None) -> int:
    """Propose claim candidates from the article's quotes and reported speech; returns how many.

    registry: the library's (read from the library when None).
    """
    body, candidates = _claims_of(db, article_id, registry if registry is not None else load_registry(db))
    return replace_candidates(db, article_id, body, candidates)


def _claims_of(db: sqlite_utils.Database, article_id: int, registry: Registry) -> tuple[str, list]:
    """(body, claim candidates) of a stored article, read as import reads it: with its stored mentions, its
    reference day and the registry (a title alone, 首相は, held by whoever held the office that day)."""
    body, published, dateline = detection_input(db, article_id)
    body = body or ""
    day = reference_date(published, dateline)
    return body, suggest(analysed_part(body), mentions_for(db, article_id), day.isoformat() if day else None,
                         registry, title=title_of(db, article_id))


@dataclass
class AnalyzeSummary:
    articles: int = 0
    mentions: int = 0
    candidates: int = 0
    cancelled: bool = False
    total: int = 0  # the articles the run was to analyse
    stopped: str = ""  # why the run stopped early (disk full, library busy or read-only)
    # the change log rows the run wrote (spans, core.store.changes.LoggedRows): a window that ran it adopts them
    logged: list = field(default_factory=list)


def analyze_library(
    db_path: str | Path | None,
    ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    claims_only: bool = False,
) -> AnalyzeSummary:
    """Re-run detection on the given articles (all when ids is None); claims_only: only claims."""
    db = open_db(db_path)
    db.logged = LoggedRows()  # each article rewritten logs a row (core.store.changes.log_rewrite)
    summary = AnalyzeSummary()

    def step(article_id: int) -> None:
        if claims_only:
            summary.candidates += suggest_claims(db, article_id, registry)
        else:
            summary.mentions += analyze_article(db, article_id, registry, lexicon)
        summary.articles += 1

    try:
        registry = load_registry(db)
        lexicon = library_lexicon(db)
        targets = list(ids) if ids is not None else all_ids(db)
        summary.total = len(targets)
        pool = None if claims_only else start_pool(_library_detector(db, registry, lexicon), len(targets), _warm)
        try:
            if pool is None:
                summary.cancelled = run_each(targets, step, progress, cancelled)
            else:
                with pool:
                    summary.cancelled = _analyze_in_pool(db, pool, targets, registry, summary, progress, cancelled)
        except WriteRefused as exc:
            of = counted(len(targets), "article", grouped=True)  # never "of 1 articles"
            summary.stopped = Reason(f"{exc}: {summary.articles:,} of {of} analysed; the rest were not",
                                     "analysis_stopped", refusal=exc.kind, analysed=summary.articles,
                                     total=len(targets), holder=getattr(exc, "holder", ""),
                                     waited=getattr(exc, "waited", 0.0))
    finally:
        db.close()
    summary.logged = db.logged.spans
    return summary


def _library_detector(db: sqlite_utils.Database, registry: Registry, lexicon) -> Detector:
    model_path = library_model_path(db)
    tagger_path = str(model_path) if model_path is not None and model_path.exists() else None
    return Detector(registry, None, lexicon, tagger_path)


def _analyze_in_pool(db, pool, targets: list[int], registry: Registry, summary: AnalyzeSummary,
                     progress: Progress | None, cancelled: Cancelled | None) -> bool:
    """Detection in the pool, a window of articles ahead; results saved here in order, a batch at a time.

    True if cancelled (the articles analysed by then are saved).
    """
    window = worker_count() * IN_FLIGHT + BATCH  # the workers go on while a batch is written
    chunks = Chunks(pool, _detect_many)
    queue: deque = deque()  # (body, its Share of a chunk) of each article submitted, in order
    batch: list[tuple[int, str, tuple[list, list]]] = []
    ahead = taken = 0

    def submit_ahead() -> None:
        """Keep a window of articles submitted beyond the one taken next (sent CHUNK to a task)."""
        nonlocal ahead
        while ahead < len(targets) and ahead < taken + window:
            article_id = targets[ahead]
            row = (*detection_input(db, article_id), title_of(db, article_id))
            queue.append((row[0], chunks.add(row)))
            ahead += 1

    def step(article_id: int) -> None:
        nonlocal taken
        body, share = queue.popleft()
        if not share.sent():
            chunks.send()  # the last articles, fewer than a chunk
        batch.append((article_id, body, share.result()))
        taken += 1
        submit_ahead()
        if len(batch) >= BATCH:
            _save_batch(db, batch, registry, summary)
            batch.clear()

    submit_ahead()
    stopped = run_each(targets, step, progress, cancelled)
    if batch:
        _save_batch(db, batch, registry, summary)
    if stopped:
        pool.shutdown(wait=True, cancel_futures=True)
    return stopped


def _save_batch(db, batch: list[tuple[int, str, tuple[list, list]]], registry: Registry,
                summary: AnalyzeSummary) -> None:
    """Store a batch's entities in one transaction, then its claim candidates in another.

    Per article, that is what _save_detected does, in two transactions per batch instead of two
    per article. Each article's candidates are the worker's when the library holds just the
    mentions it detected, else proposed here from those it holds. When the library refuses the
    batch, what still fits is stored article by article.
    """
    try:
        with atomic(db):
            for article_id, body, (found, _candidates) in batch:
                replace_detected(db, article_id, body, found, DETECTOR_VERSION)
        proposals = []
        for article_id, body, (found, candidates) in batch:
            if not _stored_as_detected(claim_keys(db, article_id), found):
                body, candidates = _claims_of(db, article_id, registry)
            proposals.append((article_id, body, candidates))
        with atomic(db):
            for article_id, body, candidates in proposals:
                replace_candidates(db, article_id, body, candidates)
    except WriteRefused:
        if len(batch) == 1:
            raise
        for item in batch:
            _save_batch(db, [item], registry, summary)
        return
    summary.articles += len(batch)
    summary.mentions += sum(len(found) for _article_id, _body, (found, _candidates) in batch)
