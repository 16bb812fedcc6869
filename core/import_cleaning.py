"""An import's page cleaned and analysed in a worker process, as far as it can be without the library.

Cleaning a page dump reads two things the library counts as the import goes:
the lines many pages share (furniture) and the lines the page's outlet left out
of earlier pages. The writer works out the first when it reads the page and
sends it along; the worker cleans with it, leaving the outlet's lines aside,
and analyses the body it found. The writer then checks, in the order the pages
were read, that the outlet's lines would not have changed that cleaning (they
rarely do); where they would, or where the page turned out empty, it cleans and
analyses the page itself, as it would have without workers (core.jobs).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.article import Article
from core.cleaning.apply import DUMP_FORMATS, apply_cleaning
from core.cleaning.sites import dropped_keys, first_cleaning
from core.import_analysis import Analysis, work_many

# What the writer keeps of its own read article rather than taking back from the worker.
_KEPT = ("raw", "overrides", "source", "source_format")


@dataclass
class Cleaned:
    """A page as a worker cleaned it: the article's cleaned fields, its site and lines, the analysis of its body."""

    fields: dict  # the article's attributes after cleaning, but for those in _KEPT (the writer has them)
    site: str | None
    keys: list[int]  # the keys of the page's lines (empty without a site)
    dropped: set[int]  # the keys of the lines it left out of its body
    analysis: Analysis | None  # None: no body found

    def apply(self, article: Article) -> None:
        """Give the writer's article the fields its cleaning set."""
        vars(article).update(self.fields)


def clean_page(article: Article, common: frozenset[str]) -> Cleaned:
    """Clean one page read by the writer, without its outlet's repeated lines (not analysed yet)."""
    if article.source_format in DUMP_FORMATS:
        site, keys, dropped = first_cleaning(article, common)
    else:
        site, keys, dropped = None, {}, set()
        if article.overrides:
            apply_cleaning(article)
    fields = {name: value for name, value in vars(article).items() if name not in _KEPT}
    return Cleaned(fields, site, list(keys), dropped_keys(keys, dropped), None)


def clean_and_work_many(pages: list[tuple[Article, frozenset[str]]]) -> list[Cleaned]:
    """In a worker: clean several pages (each with the furniture lines the writer found common), then analyse
    those with a body as one chunk (core.import_analysis.work_many)."""
    cleaned = [clean_page(article, common) for article, common in pages]
    bodied = [(article, page) for (article, _), page in zip(pages, cleaned) if article.paragraphs]
    analyses = work_many([(article.title, article.body, article.published or article.published_inferred,
                           article.dateline) for article, _ in bodied])
    for (_, page), analysis in zip(bodied, analyses):
        page.analysis = analysis
    return cleaned
