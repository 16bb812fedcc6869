"""Readings in brackets after a name (慶尚南道(キョンサンナムド)), as spans of the name's type."""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention


# A reading in kana in brackets right after a name: 慶尚南道(キョンサンナムド), 松田元(はじめ); or the
# name in Latin letters after a person or place (ヘレン・ビジェルネイ(HelenBjørnøy) is left: not ASCII).
_READING_AFTER = re.compile(r"[(（](?P<reading>[\u3041-\u309f\u30a1-\u30faー・]{2,20}"
                            r"|(?P<latin>[A-Z][a-z]+(?:[ ・-]?[A-Z][a-z]+)+))[)）]")
_READ_TYPES = ("PERSON", "GPE", "LOC", "ORG")


def readings(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Chosen mentions (sorted) with each reading in brackets after a whole name as a span of the name's type.

    The gold's convention; a span the tagger drew on the reading takes the name's type.
    """
    out = list(chosen)
    for index, mention in enumerate(chosen):
        if mention.type not in _READ_TYPES:
            continue
        match = _READING_AFTER.match(folded, mention.end)
        if match is None or (match["latin"] and mention.type == "ORG"):
            continue  # an organisation's Latin gloss is its acronym's business (mend)
        start, end = match.span("reading")
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is None or end <= following.start:
            out.append(Mention(start, end, "", mention.type, mention.entity_id, source=mention.source,
                               confidence=mention.confidence))
        elif (following.start, following.end) == (start, end) and following.source in ("tagger", "unidic"):
            out[index + 1] = replace(following, type=mention.type, entity_id=mention.entity_id)
    return sorted(out, key=lambda m: m.start)
