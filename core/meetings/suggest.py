"""Running meeting detection over articles: proposals stored, the user's decisions kept."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import sqlite_utils

from core.meetings.plan import plan_meetings
from core.meetings.store_plan import MeetingSummary, store_meetings
from core.progress import Cancelled, Progress, run_each
from core.registry import Registry
from core.store import open_db
from core.store.articles import all_ids, detection_input
from core.store.errors import WriteRefused
from core.store.mentions import mentions_for
from core.store.registry import load_registry


def propose_for_article(db: sqlite_utils.Database, article_id: int, registry: Registry) -> MeetingSummary:
    """Detect the article's meeting mentions; tie each to a known meeting or propose a new one."""
    body, published, dateline = detection_input(db, article_id)
    plan = plan_meetings(body, mentions_for(db, article_id), published, dateline, registry)
    return store_meetings(db, article_id, body, plan)


def suggest_meetings(
    db_path: str | Path | None, ids: Iterable[int] | None = None,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> MeetingSummary:
    """Detect meeting mentions and propose meetings, merges and links (all articles when ids is None)."""
    db = open_db(db_path)
    total = MeetingSummary()

    def step(article_id: int) -> None:
        one = propose_for_article(db, article_id, registry)
        total.articles += 1
        total.mentions += one.mentions
        total.meetings += one.meetings
        total.links += one.links

    try:
        registry = load_registry(db)
        targets = list(ids) if ids is not None else all_ids(db, by_date=True)
        total.total = len(targets)
        try:
            total.cancelled = run_each(targets, step, progress, cancelled)
        except WriteRefused as exc:
            total.stopped = f"{exc}: {total.articles:,} of {len(targets):,} articles done; the rest were not"
    finally:
        db.close()
    return total
