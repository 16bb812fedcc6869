"""How much of an article analysis reads: a text past a size is analysed in its head, and the user is told."""

from __future__ import annotations

from core.errors import Reason

# Entities, claims and meetings are found in an article's first this many characters; the rest of a longer
# text (a dump of a whole site in one row) is stored and searchable, not analysed: detection's cost grows
# faster than the text (a 400,000-character text took some 40 s, a 6 M-character row an hour and gigabytes).
ANALYSIS_LIMIT = 200_000


def analysed_part(body: str) -> str:
    """The part of body analysis reads: all of it up to ANALYSIS_LIMIT characters, else its longest head within
    the limit that ends a paragraph (or a sentence, or at the limit), so no sentence is cut in two."""
    if len(body) <= ANALYSIS_LIMIT:
        return body
    for stop in ("\n", "。"):
        end = body.rfind(stop, ANALYSIS_LIMIT // 2, ANALYSIS_LIMIT)
        if end >= 0:
            return body[: end + 1]
    return body[:ANALYSIS_LIMIT]


def too_long_note(body: str) -> str | None:
    """What a user is told of an article too long to analyse whole (None when it is analysed whole)."""
    if len(body) <= ANALYSIS_LIMIT:
        return None
    length, analysed = len(body), len(analysed_part(body))
    return Reason(f"{length:,} characters, too long to analyse whole: entities, claims and meetings were found in "
                  f"the first {analysed:,}; the whole text is stored and searchable", "too_long_article",
                  length=length, analysed=analysed)
