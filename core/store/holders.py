from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from core.model import Claim, Mention
from core.store.records import record_of

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# core.registry.FOUND_PREFIX, written here because the store imports nothing above it: a name
# detection found that no registry entry holds; provisional, so a holder with it follows the user's links.
_FOUND = "found:"


class _Names:
    """An article's linked, kept names by surface, so a holder finds the names inside it by lookup, not by scan."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_text: dict[str, set[tuple[str, str]]] = {}
        for m in mentions:
            if m.entity_id and m.type != "DATE" and m.state != "rejected" and m.text:
                self.by_text.setdefault(m.text, set()).add((m.type, m.entity_id))
        self.longest = max(map(len, self.by_text), default=0)

    def inside(self, text: str) -> set[tuple[str, str]]:
        """(type, entity id) of every name whose surface is written inside text."""
        longest = min(self.longest, len(text))
        if len(text) * longest > len(self.by_text):  # fewer surfaces than pieces of text: test each surface
            return {pair for surface, pairs in self.by_text.items() if surface in text for pair in pairs}
        found: set[tuple[str, str]] = set()
        for start in range(len(text)):
            for end in range(start + 1, min(start + longest, len(text)) + 1):
                found |= self.by_text.get(text[start:end], set())
        return found


def holder_entity(holder_text: str | None, mentions: list[Mention] | _Names) -> str | None:
    """The entity a written holder names through the article's linked mentions; None when none or several.

    A person named in the holder wins over the country or body around it (英国のグラント外相 is グラント).
    """
    if not holder_text:
        return None
    names = mentions if isinstance(mentions, _Names) else _Names(mentions)
    named = names.inside(holder_text)
    for kinds in (("PERSON",), ("ORG",), ("GPE", "LOC")):
        ids = {entity_id for kind, entity_id in named if kind in kinds}
        ids = {i for i in ids if not i.startswith(_FOUND)} or ids  # the user's and the registry's first
        if ids:
            return ids.pop() if len(ids) == 1 else None
    return None


def linked_mentions(db: sqlite_utils.Database, article_ids) -> dict[int, list[Mention]]:
    """The linked, kept mentions of these articles, by article."""
    ids = sorted({int(a) for a in article_ids})
    out: dict[int, list[Mention]] = {a: [] for a in ids}
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        rows = db.query(
            "SELECT article_id, start_char, end_char, text, type, entity_id, state FROM mentions "
            "WHERE entity_id IS NOT NULL "
            f"AND state != 'rejected' AND detached = 0 AND article_id IN ({','.join('?' * len(chunk))})",
            chunk)
        for row in rows:
            out[row["article_id"]].append(record_of(Mention, row))
    return out


def follow_holders(db: sqlite_utils.Database, claims: list[Claim]) -> list[Claim]:
    """The claims, those written with a holder but no entity (or a found name's) holding the one their article links."""
    open_ = [c for c in claims if c.holder_text and (c.holder_entity_id or _FOUND).startswith(_FOUND)]
    if not open_:
        return claims
    names = {article_id: _Names(mentions)
             for article_id, mentions in linked_mentions(db, (c.article_id for c in open_)).items()}
    followed = {}
    for claim in open_:
        holder = holder_entity(claim.holder_text, names[claim.article_id]) or claim.holder_entity_id
        if holder != claim.holder_entity_id:
            followed[id(claim)] = replace(claim, holder_entity_id=holder)
    return [followed.get(id(c), c) for c in claims]
