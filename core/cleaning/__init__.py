"""Turning raw page text into a clean article (body, title, date, bylines...)."""

from __future__ import annotations

from core.article import Article
from core.cleaning.dump import clean_into

# Formats whose raw text is a whole page dump to clean; dataset rows are
# already article text, and HTML pages are extracted by trafilatura at import.
DUMP_FORMATS = ("txt", "sample")


def apply_cleaning(article: Article, common: frozenset[str] = frozenset()) -> None:
    """Fill the clean fields of article from article.raw and article.overrides.

    Page dumps get their metadata from the cleaner; other formats keep the
    metadata their source gave and only have their body lines chosen.
    """
    if article.source_format in DUMP_FORMATS:
        url = article.url
        clean_into(article, common)
        article.url = url or article.url
    elif article.source_format != "html":
        _label_text_lines(article)


def _label_text_lines(article: Article) -> None:
    """Every non-empty line is body unless the user said otherwise."""
    article.line_labels, article.paragraphs, article.body_lines = [], [], []
    for number, line in enumerate(article.raw.split("\n"), start=1):
        label = "blank" if not line.strip() else article.overrides.get(number, "body")
        article.line_labels.append(label)
        if label == "body":
            article.paragraphs.append(line.rstrip())
            article.body_lines.append(number)
