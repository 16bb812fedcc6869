"""Furniture left in text that another extractor took from a page (trafilatura on HTML).

The same line signals as for page dumps: paywall and sign-up prompts, share and
follow buttons, photo captions, the article's own date line, copyright lines and
related-link blocks are dropped; a tail anchor in the second half ends the text.
When that would take away much of the text, the extractor's text is kept whole.
"""

from __future__ import annotations

from core.cleaning.body import LABELLED
from core.cleaning.lines import classify

DROPPED = ("copyright", "ui", "caption", "date", "related", "directory")
MOST = 0.8  # a filter that would drop more than a fifth of the text misreads the page: keep it whole


def without_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs that are article text, in order (all of them when in doubt)."""
    kept = []
    for number, text in enumerate(paragraphs, start=1):
        kind = classify(number, text).kind
        if kind == "anchor" and number > len(paragraphs) // 2:
            break
        if kind in DROPPED and not (kind == "date" and LABELLED.match(text.strip())):
            continue  # a labelled date (放送日時：…) belongs to an information box
        kept.append(text)
    if sum(map(len, kept)) < MOST * sum(map(len, paragraphs)):
        return paragraphs
    return kept
