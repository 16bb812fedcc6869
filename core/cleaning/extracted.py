"""Furniture left in text that another extractor took from a page (trafilatura on HTML).

The same line signals as for page dumps: paywall and sign-up prompts, share and
follow buttons, photo captions, the article's own date line, copyright lines and
related-link blocks are dropped; a tail anchor in the second half ends the text.
When that would take away much of the text, the extractor's text is kept whole.
"""

from __future__ import annotations

import re
import unicodedata

from core.cleaning.body import LABELLED
from core.cleaning.lines import PROSE, classify

DROPPED = ("copyright", "ui", "caption", "date", "related", "directory")
MOST = 0.8  # a filter that would drop more than a fifth of the text misreads the page: keep it whole
HEADLINE_REACH = 6  # opening paragraphs where an extractor leaves the headline it also took as text
_BLANKS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text))


def after_headline(paragraphs: list[str], headline: str | None) -> list[str]:
    """The text without the headline an extractor kept at its top, nor the short lines above it.

    The headline (whole, or as a kicker and the rest on two lines) stands among the
    first paragraphs, under a breadcrumb or a section label (記事詳細, World, |);
    those go with it, but never a sentence: an article that starts by restating its
    headline keeps its text.
    """
    key = _squash(headline or "")
    if len(key) < 6:
        return paragraphs
    for position, text in enumerate(paragraphs[:HEADLINE_REACH]):
        part = _squash(text)
        if not part or part not in key:
            continue
        last, covered = position, part
        while covered != key and last + 1 < len(paragraphs):
            following = _squash(paragraphs[last + 1])
            if not following or covered + following not in key:
                break
            last, covered = last + 1, covered + following
        if covered != key:
            continue
        above = paragraphs[:position]
        if any(classify(1, line).kind == PROSE for line in above) or last + 1 >= len(paragraphs):
            return paragraphs
        return paragraphs[last + 1 :]
    return paragraphs


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


def without_running_text(paragraphs: list[str]) -> bool:
    """True when no paragraph reads as a sentence of running text, the signal by which the cleaner finds no
    body in a page dump: what the extractor kept is the page's furniture (menus, a footer's links), not an
    article, and the user must be told before reading it as one."""
    return not any(classify(number, text).kind == PROSE for number, text in enumerate(paragraphs, start=1))
