"""A report made a noun inside another's sentence: ブッシュ大統領は、イランのアフマディネジャド大統領が核開発を続けると
表明したことを批判した. What was told (核開発を続ける) is the one's named with が at the clause's start, not the topic's: the
topic only speaks of the report (批判した, について述べた)."""

from __future__ import annotations

import re

from core.claims.holders import title_after
from core.claims.quote_verbs import verb_end

# The told verb made a noun and taken as an object or a matter: …と表明したことを, ことについて, ことに, ことは
_MADE_A_NOUN = re.compile(r"こと(?:を|について|に関して|に対し|に対して|に|は|へ|で)")
# A state's body written after its name: 日本政府, 米当局, イラン側
_BODY_OF = re.compile(r"(?:政府|当局|側|軍|外務省|国防省|国務省)")
# What may stand before the teller: its country or body (イランの, 同国の), a day (18日、)
_BEFORE_TELLER = re.compile(r"(?:[0-9０-９]{1,2}日、?)?(?:[^、。「」をがはに]{1,12}の)?")


def nested_teller(body: str, people: list, match: re.Match, clause_start: int, clause_end: int):
    """(start of what was told, the teller's span) when the told verb is made a noun (…と表明したことを批判した) and the
    clause opens on its own が-subject, a person, body or country with any title (…大統領が); else None."""
    if not _MADE_A_NOUN.match(body, verb_end(body, match)[2]):
        return None
    opening = _BEFORE_TELLER.match(body, clause_start, clause_end)
    at = opening.end() if opening else clause_start
    teller = next((m for m in reversed(people) if clause_start <= m.start <= at and m.end < clause_end
                   and m.type in ("PERSON", "ORG", "GPE")), None)  # the last: イランの|アフマディネジャド
    if teller is None:
        return None
    position = teller.end
    title = title_after(body, position) or _BODY_OF.match(body, position)  # …大統領が, 日本政府が, 同国当局が
    if title is not None:
        position = title.end()
    if not body.startswith(("が", "が、"), position) or clause_end - position < 6:
        return None
    told_from = position + (2 if body.startswith("が、", position) else 1)
    return told_from, (teller.start, position + 1)
