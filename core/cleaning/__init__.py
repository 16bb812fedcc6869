"""Turning raw page text into a clean article (body, title, date, bylines...)."""

from __future__ import annotations

from core.article import Article


def apply_cleaning(article: Article) -> None:
    """Fill the clean fields of article from article.raw and article.overrides."""
    # Interim: every non-empty line is body, until the page-dump cleaner lands.
    lines = article.raw.split("\n")
    article.line_labels = []
    article.paragraphs, article.body_lines = [], []
    for number, line in enumerate(lines, start=1):
        label = article.overrides.get(number) or ("body" if line.strip() else "blank")
        article.line_labels.append(label)
        if label == "body":
            article.paragraphs.append(line)
            article.body_lines.append(number)
