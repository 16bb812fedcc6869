"""The user's corrections to the cleaner: mark a raw line as body or as boilerplate, give an article its date.

A day the user gives (an article its page, file name and text leave undated, or date wrongly) is stored as its
publication date, so the list, the reader, the export and the dates and meetings read from its text use it; the
change log keeps the date it replaced (given back on undo) and says the day is the user's, so cleaning the article
again keeps it (core.published_date).
"""

from __future__ import annotations

import sqlite_utils

from core.analysis import analyze_article
from core.article import Article
from core.cleaning.lines import furniture_candidates
from core.cleaning.sites import clean_for_site, left_out
from core.model import Article as StoredArticle
from core.meetings.suggest import propose_for_article
from core.published_date import ACTION, PublishedDate, user_published
from core.store.articles import get_article, overrides_for, replace_cleaning, set_override
from core.store.changes import log_change
from core.store.claims import reanchor_claims
from core.store.transactions import atomic
from core.store.furniture import common_among, site_line_counts
from core.store.meetings import reanchor_meeting_mentions
from core.store.mentions import reanchor
from core.store.registry import load_registry
from core.store.errors import RowGone

LABELS = ("body", "drop")


def article_from_row(row: StoredArticle, overrides: dict[int, str]) -> Article:
    """An Article rebuilt from a stored one, ready to be cleaned again."""
    return Article(
        source=row.source,
        source_format=row.source_format,
        raw=row.raw,
        title=row.title,
        published=row.published,
        published_precision=row.published_precision,
        published_text=row.published_text,
        published_inferred=row.published_inferred,
        published_inferred_precision=row.published_inferred_precision,
        outlet=row.outlet,
        source_agency=row.source_agency,
        dateline=row.dateline,
        url=row.url,
        authors=list(row.authors),
        captions=list(row.captions),
        overrides=overrides,
    )


def set_line_label(
    db: sqlite_utils.Database,
    article_id: int,
    line: int,
    label: str | None,
    annotator: str | None = None,
) -> str | None:
    """Force raw line (1-based) to body or drop, or None to let the cleaner decide.

    Saves at once, re-cleans the article, logs the change; returns the previous
    override so the caller can undo.
    """
    if label is not None and label not in LABELS:
        raise ValueError(f"label must be one of {LABELS} or None, not {label!r}")
    row = get_article(db, article_id)
    if row is None:
        raise RowGone("article", article_id)
    if not 1 <= line <= len(row.raw.split("\n")):
        raise ValueError(f"line {line} is outside the raw text")
    digest = row.content_hash
    with atomic(db):
        overrides = overrides_for(db, digest)
        previous = overrides.get(line)
        if label is None:
            overrides.pop(line, None)
        else:
            overrides[line] = label
        set_override(db, digest, line, label, annotator)
        article = article_from_row(row, overrides)
        stored = article_from_row(row, {})
        stored.line_labels = list(row.line_labels or [])  # the lines its import counted for its site
        clean_for_site(article, common_among(db, furniture_candidates(article.raw)),
                       lambda site, keys: site_line_counts(db, site, keys), frozenset(left_out(stored)))
        if (given := user_published(db, article_id)) is not None:  # the day the user gave outlives the cleaner's
            article.published, article.published_precision = given.published, given.precision
        replace_cleaning(db, article_id, article)
        reanchor(db, article_id, row.body, article.body)
        reanchor_claims(db, article_id, row.body, article.body)
        reanchor_meeting_mentions(db, article_id, row.body, article.body)
        registry = load_registry(db)
        analyze_article(db, article_id, registry)
        propose_for_article(db, article_id, registry)
        log_change(db, "set_line_label", "articles", article_id,
                   {"line": line, "label": previous}, {"line": line, "label": label}, annotator)
    return previous


def set_published(db: sqlite_utils.Database, article_id: int, given: PublishedDate,
                  annotator: str | None = None) -> PublishedDate:
    """Store given as the article's publication date, read its dates and meetings again against it, log the
    change; returns the date it had (for undo)."""
    with atomic(db):
        row = db.execute("SELECT published, published_precision FROM articles WHERE id = ?",
                         [article_id]).fetchone()
        if row is None:
            raise RowGone("article", article_id)
        previous = PublishedDate(row[0], row[1], user_published(db, article_id) is not None)
        db.execute("UPDATE articles SET published = ?, published_precision = ? WHERE id = ?",
                   [given.published, given.precision, article_id])
        log_change(db, ACTION, "articles", article_id, previous.logged(), given.logged(), annotator)
        registry = load_registry(db)
        analyze_article(db, article_id, registry)
        propose_for_article(db, article_id, registry)
    return previous
