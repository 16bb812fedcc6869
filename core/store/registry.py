from __future__ import annotations

import dataclasses
import json
import re
import uuid
from typing import TYPE_CHECKING

from core.clock import now
from core.registry import Entity, Registry, bundled_entities, bundled_registry
from core.store.changes import log_change
from core.store.errors import RowGone
from core.store.transactions import atomic

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

TYPES = ("PERSON", "GPE", "LOC", "ORG", "LAW", "EVENT")


def user_rows(db: sqlite_utils.Database) -> dict[str, dict]:
    rows = db.query("SELECT * FROM entities")
    return {r["id"]: {**r, "aliases": json.loads(r["aliases"]),
                      "attributes": json.loads(r["attributes"])} for r in rows}


def registry_entities(db: sqlite_utils.Database) -> list[Entity]:
    """Bundled entities with the user's edits applied, the user's own added, merges folded in."""
    rows = user_rows(db)
    entities: dict[str, Entity] = {e.id: e for e in bundled_entities()}
    for entity_id, row in rows.items():
        base = entities.get(entity_id)
        attributes = {**(base.attributes if base else {}), **row["attributes"]}
        entities[entity_id] = Entity(entity_id, row["type"], row["name"], row["en"], row["reading"],
                                     row["aliases"], attributes, origin=row["origin"])
    folds = {entity_id: _merged_into(entity_id, rows) for entity_id in rows if rows[entity_id]["merged_into"]}
    for entity_id, target_id in folds.items():
        target = entities.get(target_id or "")
        if target is not None and entity_id in entities:
            merged = entities.pop(entity_id)
            extra = [s for s in (merged.name, *merged.aliases) if s not in target.aliases and s != target.name]
            # a copy: the bundled entities are shared by every registry of this process
            entities[target.id] = dataclasses.replace(target, aliases=[*target.aliases, *extra])
    return list(entities.values())


def _merged_into(entity_id: str, rows: dict[str, dict]) -> str | None:
    """The entity entity_id ends in after every merge (A into B, then B into C: C), whichever was stored
    first; None for a circle of merges, which leaves its entities standing."""
    seen = {entity_id}
    target = rows[entity_id]["merged_into"]
    while target not in seen and (rows.get(target) or {}).get("merged_into"):
        seen.add(target)
        target = rows[target]["merged_into"]
    return None if target in seen else target


_last_registry: tuple[tuple, Registry] | None = None


def load_registry(db: sqlite_utils.Database) -> Registry:
    """The registry Kaidan detects with: bundled gazetteer plus the user's registry.

    Building it (trie and pattern) costs far more than reading the user's rows, so
    the last one built is reused while those rows are the same: a cleaning fix or a
    re-run of detection does not rebuild it.
    """
    global _last_registry
    key = tuple(tuple(row) for row in db.execute("SELECT * FROM entities ORDER BY id"))
    if not key:
        return bundled_registry()
    if _last_registry is None or _last_registry[0] != key:
        _last_registry = (key, Registry(registry_entities(db)))
    return _last_registry[1]


def find_entity(db: sqlite_utils.Database, entity_id: str) -> Entity | None:
    return next((e for e in registry_entities(db) if e.id == entity_id), None)


def save_entity(db: sqlite_utils.Database, entity: Entity, annotator: str | None = None) -> dict | None:
    """Store the user's version of an entity (new or edited); returns the previous user row."""
    if entity.type not in TYPES:
        raise ValueError(f"type must be one of {TYPES}")
    if not entity.name.strip():
        raise ValueError("an entity needs a name")
    bundled_ids = {e.id for e in bundled_entities()}
    with atomic(db):
        previous = user_rows(db).get(entity.id)
        db["entities"].upsert({
            "id": entity.id, "type": entity.type, "name": entity.name.strip(), "en": entity.en,
            "reading": entity.reading,
            "aliases": json.dumps([a for a in entity.aliases if a.strip()], ensure_ascii=False),
            "attributes": json.dumps(entity.attributes, ensure_ascii=False),
            "origin": "edited" if entity.id in bundled_ids else "user",
            "merged_into": previous["merged_into"] if previous else None, "updated": now(),
        }, pk="id")
        log_change(db, "save_entity", "entities", entity.id,
                   previous and _plain(previous), {"name": entity.name, "type": entity.type}, annotator)
    return previous


def entity_standing(db: sqlite_utils.Database, entity_id: str) -> None:
    """Raise RowGone when the entity a window read is in the registry no more: merged into another since, or
    (one of the user's, not bundled) taken back elsewhere; an edit must not bring it back unseen."""
    row = db.execute("SELECT merged_into FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is not None and row[0] or row is None and entity_id not in {e.id for e in bundled_entities()}:
        raise RowGone("entity", entity_id)


def restore_entity(db: sqlite_utils.Database, entity_id: str, previous: dict | None) -> None:
    """Undo save_entity: put back the previous user row (or none: the bundled entry again)."""
    with atomic(db):
        db.execute("DELETE FROM entities WHERE id = ?", [entity_id])
        if previous:
            db["entities"].insert({**previous, "aliases": json.dumps(previous["aliases"], ensure_ascii=False),
                                   "attributes": json.dumps(previous["attributes"], ensure_ascii=False)})


def new_entity_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return f"user:{slug or 'entity'}-{uuid.uuid4().hex[:6]}"


def merge_entities(db: sqlite_utils.Database, keep_id: str, merge_id: str, annotator: str | None = None) -> list[int]:
    """Fold merge_id into keep_id: its names become aliases, its mentions link to keep_id.

    Returns the ids of the relinked mentions (for undo).
    """
    if keep_id == merge_id:
        raise ValueError("cannot merge an entity into itself")
    entities = {e.id: e for e in registry_entities(db)}
    if keep_id not in entities or merge_id not in entities:
        raise RowGone("entity", keep_id if keep_id not in entities else merge_id)
    with atomic(db):
        if merge_id not in user_rows(db):
            save_entity(db, entities[merge_id], annotator)
        db.execute("UPDATE entities SET merged_into = ?, updated = ? WHERE id = ?", [keep_id, now(), merge_id])
        relinked = [r[0] for r in db.execute("SELECT id FROM mentions WHERE entity_id = ?", [merge_id])]
        db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", [keep_id, merge_id])
        log_change(db, "merge_entities", "entities", merge_id, None, {"into": keep_id}, annotator)
    return relinked


def unmerge_entities(db: sqlite_utils.Database, merge_id: str, relinked: list[int]) -> None:
    """Undo merge_entities (a bundled entity it had to copy goes back to being the bundled one)."""
    with atomic(db):
        db.execute("UPDATE entities SET merged_into = NULL WHERE id = ?", [merge_id])
        for mention_id in relinked:
            db.execute("UPDATE mentions SET entity_id = ? WHERE id = ?", [merge_id, mention_id])
        row = user_rows(db).get(merge_id)
        bundled = next((e for e in bundled_entities() if e.id == merge_id), None)
        if row and bundled and _same(row, bundled):
            db.execute("DELETE FROM entities WHERE id = ?", [merge_id])


def _same(row: dict, entity: Entity) -> bool:
    """A user row that changes nothing of the bundled entry."""
    return (row["type"], row["name"], row["en"], row["reading"], row["aliases"]) == \
        (entity.type, entity.name, entity.en, entity.reading, entity.aliases)


def _plain(row: dict) -> dict:
    return {"name": row["name"], "type": row["type"], "aliases": row["aliases"]}
