"""The scratch library a meeting gold is scored on, built as a user's import builds one, and the gold's parts.

Two kinds of gold: the seeds (files imported as a user would) and article bodies with their own meetings (e.g.
Wikinews articles picked at random). Both are run through the import path into a scratch library, so what is
scored is what a user's library would hold.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.analysis import analyze_article
from core.article import Article
from core.jobs import import_paths
from core.meetings.suggest import propose_for_article
from core.store import open_db
from core.store.articles import insert_article, sources
from core.store.registry import load_registry


def library_from_seeds(seed_dir: Path, path: Path) -> dict[int, str]:
    import_paths([seed_dir], path)
    db = open_db(path)
    names = {article_id: Path(source).name for article_id, source in sources(db).items()}
    db.close()
    return names


def library_from_texts(articles: dict[str, dict], path: Path, across: dict | None = None) -> dict[int, str]:
    """Store each gold body as it is, then detect entities, claims and meetings as an import does; across, when
    given, takes each record's reasons for the tellings joined to it from later articles (record id → reasons)."""
    db = open_db(path)
    registry = load_registry(db)
    names = {}
    for key, item in articles.items():
        body = item["body"]
        article = Article(source=key, source_format="text", raw=body, title=item.get("title"),
                          published=item.get("reference_date"), paragraphs=body.split("\n"))
        article_id, _ = insert_article(db, article)
        analyze_article(db, article_id, registry)
        summary = propose_for_article(db, article_id, registry)
        for meeting_id, why in summary.joins if across is not None else ():
            across.setdefault(meeting_id, []).append(f"{key}: {why}")
        names[article_id] = key
    db.close()
    return names


def gold_library(gold: dict, seed_dir: Path | None, path: Path, across: dict | None = None) -> dict[int, str]:
    """The library a gold is scored on: its seed pages imported, or else its own articles stored (article id → name)."""
    return library_from_seeds(seed_dir, path) if seed_dir else library_from_texts(gold["articles"], path, across)


@contextmanager
def scratch_gold_library(gold: dict, seed_dir: Path | None = None,
                         across: dict | None = None) -> Iterator[tuple[dict[int, str], object]]:
    """The gold's library (gold_library) in a scratch folder, open: (article id → name, the library); closed and
    removed on leaving."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = gold_library(gold, seed_dir, path, across)
        db = open_db(path)
        try:
            yield names, db
        finally:
            db.close()


def gold_part(gold: dict, part: str, draw: int | range | None = None) -> dict:
    """The articles, meetings and links of one part of an article gold (dev or held), of one draw, a range of
    draws, or all."""
    draws = range(draw, draw + 1) if isinstance(draw, int) else draw
    articles = {k: v for k, v in gold["articles"].items()
                if v.get("part") == part and (draws is None or v.get("draw", 1) in draws)}
    meetings = [dict(m, mentions=[x for x in m["mentions"] if x["article"] in articles]) for m in gold["meetings"]]
    meetings = [m for m in meetings if m["mentions"]]  # a meeting told in two parts counts in each
    ids = {m["id"] for m in meetings}
    return {"articles": articles, "meetings": meetings,
            "links": [link for link in gold["links"] if link["from"] in ids and link["to"] in ids]}
