"""Detection in worker processes: each loads the library's registry, tagger and lexicon once.

Workers never open the library: they receive what detection reads from it, take
an article's body and dates, and return plain picklable results. The importing
process stays the only writer.
"""

from __future__ import annotations

import os
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context

from core.analysis import reference_date
from core.claims.suggest import suggest
from core.meetings.propose import country_lookup
from core.meetings.suggest import MeetingPlan, plan_meetings
from core.nlp import tagger as tagger_model
from core.nlp.entities import detect

# Below this many articles a pool costs more to start than it saves.
MIN_PARALLEL = 20
# Articles in flight per worker: enough to keep every core busy, few enough to bound memory.
IN_FLIGHT = 16


@dataclass
class Detector:
    """What detection reads from the library once per run: registry, tagger, the user's lexicon."""

    registry: object
    tagger: object
    lexicon: object
    tagger_path: str | None = None  # where a worker loads the tagger from (None: the bundled model)


@dataclass
class Analysis:
    """An article's entities, claim candidates and meeting plan, found before anything is written."""

    found: list
    candidates: list
    plan: MeetingPlan


def analyse(body: str, published: str | None, dateline: str | None, detector: Detector,
            detect_fn=detect) -> Analysis:
    """Entities, claim candidates and meetings of one article body (no database)."""
    found = detect_fn(body, detector.registry, reference_date(published, dateline),
                   tagger=detector.tagger, lexicon=detector.lexicon)
    return Analysis(found, suggest(body, found),
                    plan_meetings(body, found, published, dateline, detector.registry))


_WORKER: Detector | None = None


def _start_worker(registry, lexicon, tagger_path: str | None) -> None:
    global _WORKER
    model = tagger_model.load_file(tagger_path) if tagger_path else tagger_model.load()
    _WORKER = Detector(registry, model, lexicon, tagger_path)


def _work(body: str, published: str | None, dateline: str | None) -> Analysis:
    analysis = analyse(body, published, dateline, _WORKER)
    # The plan's country lookup is a closure; the writer attaches its own.
    return replace(analysis, plan=replace(analysis.plan, country_of=None))


def worker_count() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def start_pool(detector: Detector, items: int) -> Executor | None:
    """A pool of detection workers for a run of items articles; None when in-process is better or needed."""
    workers = worker_count()
    if items < MIN_PARALLEL or workers < 2:
        return None
    try:
        return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker,
                                   initargs=(detector.registry, detector.lexicon, detector.tagger_path))
    except (OSError, ValueError, NotImplementedError):
        return None


def submit(pool: Executor, body: str, published: str | None, dateline: str | None):
    """Queue one article's detection in the pool; returns its future."""
    return pool.submit(_work, body, published, dateline)


def attach(analysis: Analysis, detector: Detector) -> Analysis:
    """A worker's result made whole again in the writer (its meeting plan's country lookup)."""
    if analysis.plan.country_of is None:
        analysis.plan.country_of = country_lookup(detector.registry)
    return analysis
