"""The registry window: model checks, search, edits that persist, merge with undo."""

from PySide6.QtCore import Qt

from core.registry import Entity
from core.store.mentions import mentions_for
from core.store.registry import find_entity, registry_entities, save_entity
from ui.entities.registry_model import RegistryFilter, RegistryModel
from ui.entities.entity_editor import parse_aliases


def test_registry_models_pass_qtmodeltester(qtmodeltester, entity_window):
    entities = registry_entities(entity_window.db)
    assert len(entities) > 1000
    model = RegistryModel(entities)
    qtmodeltester.check(model)
    proxy = RegistryFilter()
    proxy.setSourceModel(model)
    proxy.set_search("rubio")
    qtmodeltester.check(proxy)
    proxy.set_filter("王", None, frozenset({"person:wang-yi"}))  # one new order and search, watched by the tester
    assert proxy.index(0, 0).data(Qt.UserRole) == "person:wang-yi" and proxy.rowCount() > 1
    proxy.set_filter("", None, frozenset())
    assert proxy.rowCount() == len(entities)


def test_search_matches_names_aliases_and_english(entity_window):
    registry = entity_window.entities.show_registry()
    registry.search.setText("Wang Yi")
    assert "person:wang-yi" in registry.rows()
    registry.search.setText("アメリカ")  # an alias of 米国
    assert "country:US" in registry.rows()
    registry.search.clear()
    registry.kind.setCurrentIndex(registry.kind.findData("LAW"))
    assert registry.rows() and all(registry.model.entity(registry.model.row_of(i)).type == "LAW"
                                   for i in registry.rows())


def test_editing_english_name_persists_and_survives_reopening(qtbot, entity_window, make_window):
    window = entity_window
    registry = window.entities.show_registry()
    assert registry.select("person:wang-yi")
    registry.editor.en.setText("Wang Yi (PRC foreign minister)")
    registry.editor.aliases.setPlainText("王外相, 王氏\n王毅外相")
    assert registry.save_current()
    entity = find_entity(window.db, "person:wang-yi")
    assert entity.en == "Wang Yi (PRC foreign minister)"
    assert entity.aliases == ["王外相", "王氏", "王毅外相"]
    assert entity.origin == "edited"
    row = registry.model.row_of("person:wang-yi")
    assert registry.model.index(row, 4).data() == "edited by you"
    # The reader's tooltip reads the edit too.
    wang = next(m for m in mentions_for(window.db, window.reader.article_id)
                if m.entity_id == "person:wang-yi")
    assert "PRC foreign minister" in window.entities.layer.tooltip(wang)

    window.close()
    again = make_window()
    assert find_entity(again.db, "person:wang-yi").en == "Wang Yi (PRC foreign minister)"
    again.entities.show_registry()
    registry = again.entities.registry_window
    assert registry.select("person:wang-yi")
    assert registry.editor.en.text() == "Wang Yi (PRC foreign minister)"


def test_edit_undo_goes_back_to_the_bundled_entry(entity_window):
    window = entity_window
    registry = window.entities.show_registry()
    registry.select("country:US")
    registry.editor.name.setText("アメリカ合衆国")
    registry.save_current()
    assert find_entity(window.db, "country:US").name == "アメリカ合衆国"
    window.undo_stack.undo()
    us = find_entity(window.db, "country:US")
    assert (us.name, us.origin) == ("米国", "bundled")
    assert registry.editor.name.text() == "米国"


def test_edits_typed_and_left_are_saved_never_dropped(qtbot, entity_window):
    window = entity_window
    registry = window.entities.show_registry()
    registry.select("person:wang-yi")
    registry.editor.en.setText("Wang Yi (typed, not saved)")
    registry.search.setText("ルビオ")  # the search hides the entity typed into
    qtbot.waitUntil(lambda: find_entity(window.db, "person:wang-yi").en == "Wang Yi (typed, not saved)",
                    timeout=5000)  # before: dropped
    assert registry.editor.entity is None or registry.editor.entity.id != "person:wang-yi"
    window.undo_stack.undo()  # one undo step, as the Save button's
    assert find_entity(window.db, "person:wang-yi").en == "Wang Yi"
    registry.search.clear()
    registry.select("country:US")
    registry.editor.reading.setText("べいこく")
    registry.select("person:wang-yi")  # another row
    qtbot.waitUntil(lambda: find_entity(window.db, "country:US").reading == "べいこく", timeout=5000)
    registry.editor.name.clear()  # no name: not saved, the entity keeps its own
    registry.editor.reading.setText("おうき")  # the rest typed is saved (before: dropped with the name)
    registry.close()
    assert (find_entity(window.db, "person:wang-yi").name, find_entity(window.db, "person:wang-yi").reading) \
        == ("王毅", "おうき")
    registry.show()
    assert registry.editor.name.text() == "王毅"


def test_merge_and_undo(qtbot, entity_window):
    window = entity_window
    db = window.db
    keep = Entity("user:rubio-sos", "PERSON", "ルビオ国務長官", "Secretary Rubio", origin="user")
    save_entity(db, keep)
    registry = window.entities.show_registry()
    registry.reload()
    rubio_mentions = [m.id for m in mentions_for(db, window.reader.article_id)
                      if m.entity_id == "person:marco-rubio"]
    assert rubio_mentions
    registry.select("person:marco-rubio")
    registry.merge("person:marco-rubio", keep.id)
    assert registry.current().id == keep.id
    assert "person:marco-rubio" not in registry.model._row_of
    merged = find_entity(db, keep.id)
    assert "ルビオ" in merged.aliases
    linked = {m.id: m.entity_id for m in mentions_for(db, window.reader.article_id)}
    assert all(linked[i] == keep.id for i in rubio_mentions)
    assert window.entities.panel.item_named("ルビオ国務長官") is not None

    window.undo_stack.undo()
    linked = {m.id: m.entity_id for m in mentions_for(db, window.reader.article_id)}
    assert all(linked[i] == "person:marco-rubio" for i in rubio_mentions)
    assert registry.model.row_of("person:marco-rubio") is not None
    assert "ルビオ" not in find_entity(db, keep.id).aliases


def test_add_from_reader_selection(qtbot, entity_window):
    window = entity_window
    body = window.reader.reader.body_text()
    start = body.index("記者団")
    window.entities.layer.select_span(start, start + 3)
    registry = window.entities.show_registry()
    registry.add_button.click()
    dialog = window.entities.new_entity_dialog
    assert dialog.name.text() == "記者団"
    dialog.kind.setCurrentIndex(dialog.kind.findData("ORG"))
    dialog.accept()
    current = registry.current()
    assert (current.name, current.type, current.origin) == ("記者団", "ORG", "user")


def test_aliases_split_on_lines_and_commas():
    assert parse_aliases("王外相, 王氏\n王毅外相、王\n\n王氏") == ["王外相", "王氏", "王毅外相", "王"]


def test_down_in_the_search_moves_to_the_rows_found(qtbot, entity_window):
    from PySide6.QtCore import Qt

    registry = entity_window.entities.show_registry()
    registry.search.setText("王毅")
    assert registry.current() is None
    qtbot.keyClick(registry.search, Qt.Key_Down)  # before: nothing (the user had to leave the field)
    assert registry.current().id == "person:wang-yi" and registry.editor.name.text() == "王毅"
    assert registry.search.hasFocus() or not registry.isActiveWindow()  # the focus stays to type on


def test_typing_survives_an_edit_elsewhere_and_reload(qtbot, entity_window):
    """The registry is read again after any edit (the reader's, another entity's) and on F5: what the user typed
    into the entity shown and has not saved stays in its fields, and is saved on leaving it."""
    from dataclasses import replace

    from core.edits import SaveEntity
    from ui.window.reload import reload_library

    window = entity_window
    registry = window.entities.show_registry()
    registry.select("person:wang-yi")
    registry.editor.en.setText("Wang Yi (typed)")
    us = find_entity(window.db, "country:US")
    window.undo_stack.push(SaveEntity(replace(us, reading="べいこく"), text="another entity's edit"))
    assert registry.editor.en.text() == "Wang Yi (typed)"  # before: the field read back as stored
    reload_library(window)  # F5
    assert registry.current().id == "person:wang-yi" and registry.editor.en.text() == "Wang Yi (typed)"
    wang = find_entity(window.db, "person:wang-yi")  # an alias given in the reader: a field the user left
    window.undo_stack.push(SaveEntity(replace(wang, aliases=[*wang.aliases, "王部長"]), text="the reader's alias"))
    assert registry.editor.en.text() == "Wang Yi (typed)" and "王部長" in registry.editor.aliases.toPlainText()
    registry.select("country:US")  # left: saved, the alias with it
    qtbot.waitUntil(lambda: find_entity(window.db, "person:wang-yi").en == "Wang Yi (typed)", timeout=5000)
    assert "王部長" in find_entity(window.db, "person:wang-yi").aliases
    assert find_entity(window.db, "country:US").reading == "べいこく"


def test_a_search_filters_even_when_the_model_is_in_its_order_already(entity_window):
    """The proxy filters on the model's new order; a model sorted so already (asked by another) changes no
    layout: the search must still filter (before: every row stayed)."""
    entities = registry_entities(entity_window.db)
    model = RegistryModel(entities)
    proxy = RegistryFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == len(entities)  # the rows read once
    model.sort(-1, Qt.AscendingOrder, frozenset({"person:wang-yi"}))
    assert proxy.rowCount() == len(entities)
    proxy.set_filter("王毅", None, frozenset({"person:wang-yi"}))
    assert 0 < proxy.rowCount() < len(entities) and proxy.index(0, 0).data(Qt.UserRole) == "person:wang-yi"
