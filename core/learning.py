"""Learning from the user: the library's decisions retrain the entity tagger for that library.

The user's corrected articles (any mention accepted, rejected, retyped or
added) are examples: every mention they keep, none they rejected. With the
training set the bundled model came from (resources/tagger, CC BY-SA 3.0) they
train the library's own model, written next to the library file; detection
in that library uses it from then on. Decisions themselves are never touched:
re-detection keeps them all (core.store.mentions.replace_detected).
"""

from __future__ import annotations

import gzip
import os
import json
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from core.nlp import tagger as tagger_model
from core.nlp.tagger_training import Example, kaidan_examples, stockmark_examples, train
from core.nlp.user_lexicon import UserLexicon, lexicon_from
from core.paths import resource
from core.progress import Cancelled, Progress
from core.store import open_db
from core.store.articles import body_of
from core.store.connection import library_file
from core.store.mentions import corrected_article_ids, decided_names, mentions_for

BASE_DATA = resource("tagger", "stockmark-train.jsonl.gz")
# Wikinews articles whose entities were written by hand (CC BY 2.5): corrected news, shipped.
NEWS_DATA = resource("tagger", "news-train.jsonl.gz")
USER_WEIGHT = 5  # a corrected article counts as this many training texts


class ImproveCancelled(Exception):
    """The user stopped training; the library's model is unchanged."""


@dataclass(frozen=True)
class ImproveSummary:
    articles: int
    mentions: int
    model: Path | None


def library_model_path(db: sqlite_utils.Database) -> Path | None:
    """Where a library keeps its own tagger model (None for a library in memory)."""
    path = library_file(db)
    if path is None:
        return None
    return path.with_name(path.stem + ".tagger.crfsuite")


def library_tagger(db: sqlite_utils.Database):
    """The tagger detection uses in this library: its own model once improved, else the bundled one."""
    path = library_model_path(db)
    if path is not None and path.exists():
        return tagger_model.load_file(path)
    return tagger_model.load()


def library_lexicon(db: sqlite_utils.Database) -> UserLexicon:
    """What the user's decisions in this library teach detection elsewhere: names kept, spans rejected."""
    rows = decided_names(db)
    return lexicon_from([(t, k) for t, k, state in rows if state != "rejected"],
                        [(t, k) for t, k, state in rows if state == "rejected"])


def corrected_items(db: sqlite_utils.Database) -> list[dict]:
    """The articles the user corrected, as Kaidan items (body and kept mentions)."""
    items = []
    for article_id in corrected_article_ids(db):
        body = body_of(db, article_id)
        kept = [{"start": m.start, "end": m.end, "type": m.type} for m in mentions_for(db, article_id)]
        items.append({"id": article_id, "body": body, "entities": kept})
    return items


def base_examples(news: bool = True) -> list[Example]:
    """The examples the bundled model was trained on.

    The stockmark training part, and (news) the hand-corrected news articles, which
    count as a user's corrected articles do (USER_WEIGHT).
    """
    with gzip.open(BASE_DATA, "rt", encoding="utf-8") as handle:
        examples = stockmark_examples(json.loads(line) for line in handle if line.strip())
    if news and NEWS_DATA.exists():
        with gzip.open(NEWS_DATA, "rt", encoding="utf-8") as handle:
            examples += kaidan_examples((json.loads(line) for line in handle if line.strip()), USER_WEIGHT)
    return examples


def train_with(items: list[dict], out: Path, progress: Progress | None = None,
               cancelled: Cancelled | None = None, base: list[Example] | None = None) -> Path:
    """Train a model on the base examples (by default the bundled model's) plus items (weighted), written to out."""
    base = base_examples() if base is None else base
    user = kaidan_examples(items)

    examples = base + user

    def report(done: int, total: int) -> None:
        if cancelled and cancelled() and done < len(examples):
            raise ImproveCancelled()  # while examples are read; the optimiser in C runs to its end
        if progress:
            progress(done, total, "training the entity tagger")

    fresh = out.with_name(out.name + ".new")
    train(examples, fresh, progress=report, weights=[1] * len(base) + [USER_WEIGHT] * len(user))
    if cancelled and cancelled():
        fresh.unlink()
        raise ImproveCancelled()
    os.replace(fresh, out)
    return out


def improve(db_path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImproveSummary:
    """Retrain the library's tagger on its corrected articles; returns what it learned from."""
    db = open_db(db_path)
    try:
        items = corrected_items(db)
        out = library_model_path(db)
    finally:
        db.close()
    if out is None or not items:
        return ImproveSummary(len(items), 0, None)
    train_with(items, out, progress, cancelled)
    return ImproveSummary(len(items), sum(len(i["entities"]) for i in items), out)
