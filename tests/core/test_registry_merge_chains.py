"""Merges in a row (A into B, then B into C): every merged entity ends in the last one, whatever order
the library stored their rows in; a circle of merges leaves its entities standing."""

from __future__ import annotations

from core.store import open_db
from core.store.registry import merge_entities, registry_entities, save_entity

KISHIDA, BIDEN, XI = "person:fumio-kishida", "person:joe-biden", "person:xi-jinping"


def _registry(db) -> dict:
    return {entity.id: entity for entity in registry_entities(db)}


def test_a_chain_of_merges_ends_in_the_last_entity_whichever_row_came_first(tmp_path):
    db = open_db(tmp_path / "lib.db")
    save_entity(db, _registry(db)[BIDEN])  # the user edited Biden before: his row is stored first
    merge_entities(db, BIDEN, KISHIDA)
    merge_entities(db, XI, BIDEN)
    registry = _registry(db)
    assert KISHIDA not in registry and BIDEN not in registry  # Kishida stood alone again
    assert {"岸田文雄", "バイデン"} <= set(registry[XI].aliases)
    db.close()


def test_a_circle_of_merges_leaves_its_entities_standing(tmp_path):
    db = open_db(tmp_path / "lib.db")
    save_entity(db, _registry(db)[BIDEN])
    merge_entities(db, BIDEN, KISHIDA)
    db.execute("UPDATE entities SET merged_into = ? WHERE id = ?", [KISHIDA, BIDEN])  # a library edited by hand
    save_entity(db, _registry(db)[XI])
    registry = _registry(db)
    assert KISHIDA in registry and BIDEN in registry and XI in registry  # none folded into nothing
    db.close()
