"""Registry edits on an entity another window merged into another (or took back) meanwhile: refused in one line
naming what is gone, never saved into the hidden row nor bringing it back, no traceback, what was typed kept in
the editor; the registry shows the library as it is now."""

from __future__ import annotations


from core.registry import Entity
from core.store.registry import find_entity, merge_entities, save_entity, user_rows
from tests.ui.elsewhere import elsewhere, refusals

KEEP = Entity("user:rubio-sos", "PERSON", "ルビオ国務長官", "Secretary Rubio", origin="user")


def registry_on(window, entity_id: str):
    save_entity(window.db, KEEP)
    registry = window.entities.show_registry()
    registry.reload()
    assert registry.select(entity_id)
    return registry


def test_an_entity_saved_after_it_was_merged_elsewhere_is_refused_and_the_typing_kept(entity_window, capsys):
    window = entity_window
    registry = registry_on(window, "person:marco-rubio")
    said = refusals(window)
    elsewhere(window, lambda db: merge_entities(db, KEEP.id, "person:marco-rubio"))
    registry.editor.en.setText("Marco Rubio (typed)")
    assert not registry.save_current()
    assert user_rows(window.db)["person:marco-rubio"]["en"] != "Marco Rubio (typed)"
    assert len(said) == 1 and "\n" not in said[0] and "the entity is no longer in the registry" in said[0]
    assert "Traceback" not in capsys.readouterr().err
    assert "person:marco-rubio" not in registry.rows()  # read again
    assert registry.editor.en.text() == "Marco Rubio (typed)"  # to copy into the entity it went to


def test_a_user_entity_taken_back_elsewhere_is_not_brought_back_by_a_save(entity_window):
    window = entity_window
    registry = registry_on(window, KEEP.id)
    said = refusals(window)
    elsewhere(window, lambda db: db.execute("DELETE FROM entities WHERE id = ?", [KEEP.id]))  # its creation undone
    registry.editor.en.setText("Rubio")
    assert not registry.save_current()
    assert find_entity(window.db, KEEP.id) is None
    assert len(said) == 1 and "the entity is no longer in the registry" in said[0]


def test_a_merge_of_an_entity_merged_elsewhere_says_so(entity_window):
    window = entity_window
    registry = registry_on(window, "person:marco-rubio")
    said = refusals(window)
    elsewhere(window, lambda db: merge_entities(db, KEEP.id, "person:marco-rubio"))
    registry.merge("person:marco-rubio", "person:wang-yi")
    assert user_rows(window.db)["person:marco-rubio"]["merged_into"] == KEEP.id
    assert len(said) == 1 and "the entity is no longer in the registry" in said[0]
