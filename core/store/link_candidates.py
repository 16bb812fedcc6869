"""Candidates for linking a mention: which entities truly share its name, and the names the library knows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.registry import Entity
from core.text import fold

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

LIBRARY_PREFIX = "library:"  # id of a name found in the articles but missing from the registry
LIBRARY_ORIGIN = "library"
# No middle dots or spaces, katakana for hiragana: one table (a chooser keys every name of the registry)
_KEY_TABLE = {**str.maketrans("", "", "・･ 　=＝"), **{c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}}


def _key(text: str) -> str:
    """A name for comparison: width-folded, katakana for hiragana, no middle dots or spaces."""
    return fold(text or "").translate(_KEY_TABLE).lower()


def names_of(entity: Entity) -> set[str]:
    """Every written form an entity goes by: name, aliases, reading, English name, surname."""
    forms = [entity.name, entity.en or "", entity.reading or "", entity.surname or "", *entity.aliases]
    return {_key(form) for form in forms if form}


def shares_name(entity: Entity, surface: str) -> bool:
    """True when surface is one of the entity's names or its reading (not a mere part of one)."""
    key = _key(surface)
    return bool(key) and key in names_of(entity)


def names_index(entities: list[Entity]) -> dict[str, frozenset[str]]:
    """Each name as compared → the ids of the entities going by it: shares_name for a whole registry, read once
    (a chooser asks at each keystroke)."""
    ids: dict[str, set[str]] = {}
    for entity in entities:
        for key in names_of(entity):
            ids.setdefault(key, set()).add(entity.id)
    return {key: frozenset(found) for key, found in ids.items()}


def sharing_name(index: dict[str, frozenset[str]], surface: str) -> frozenset[str]:
    """The ids of the entities of names_index sharing surface (those shares_name would accept)."""
    return index.get(_key(surface), frozenset()) if _key(surface) else frozenset()


def best_candidate(entities: list[Entity], surface: str) -> Entity | None:
    """The one entity sharing the surface or reading; None when there is none or it is ambiguous."""
    found = [e for e in entities if shares_name(e, surface)]
    return found[0] if len(found) == 1 else None


def library_names(db: sqlite_utils.Database, known: set[str] | None = None) -> list[Entity]:
    """Names the articles mention that no registry entity carries, as unsaved entities (most frequent first)."""
    if "mentions" not in db.table_names():
        return []
    # A name detection found (found:TYPE:NAME) is listed by its full name; an unlinked one as written.
    rows = db.execute(
        "SELECT CASE WHEN entity_id LIKE 'found:%' THEN entity_id ELSE NULL END, text, type, "
        "COUNT(DISTINCT article_id) FROM mentions "
        "WHERE (entity_id IS NULL OR entity_id LIKE 'found:%') AND state != 'rejected' AND detached = 0 "
        "AND type != 'DATE' GROUP BY 1, text, type").fetchall()
    articles: dict[tuple[str, str], int] = {}
    for found, text, kind, count in rows:
        name = (found.split(":", 2)[2] if found else text or "").strip()
        articles[(name, kind)] = articles.get((name, kind), 0) + count
    known = known or set()
    out: list[Entity] = []
    for (text, kind), count in sorted(articles.items(), key=lambda item: (-item[1], item[0][0])):
        if not text or _key(text) in known:
            continue
        out.append(Entity(f"{LIBRARY_PREFIX}{kind}:{text}", kind, text,
                          origin=LIBRARY_ORIGIN, attributes={"articles": count}))
    return out


def is_library_name(entity_id: str | None) -> bool:
    """True for the id of a name found only in the articles."""
    return bool(entity_id) and entity_id.startswith(LIBRARY_PREFIX)
