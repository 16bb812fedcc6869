"""L (link to entity): only a candidate sharing the name is chosen for the user; the library's names are found."""

from PySide6.QtCore import Qt

from core.store.registry import find_entity
from tests.ui.entity_helpers import find, put_caret, stored


def _open_link(qtbot, window, text: str, occurrence: int = -1) -> dict:
    mentions = [m for m in stored(window) if m.text == text]
    mention = mentions[occurrence]
    put_caret(window, mention.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_L)
    qtbot.waitUntil(lambda: window.entities.chooser is not None and window.entities.chooser.isVisible())
    return mention


def test_a_given_name_shared_with_another_person_is_not_preselected(qtbot, grant_window):
    window = grant_window
    mention = _open_link(qtbot, window, "グラント")
    chooser = window.entities.chooser
    shown = {chooser.proxy.index(r, 0).data(Qt.UserRole) for r in range(chooser.proxy.rowCount())}
    assert "person:grant-shapps" in shown  # listed (his first name is グラント) ...
    assert chooser.current_id() != "person:grant-shapps"  # ... but never chosen for the user
    before = find(stored(window), "グラント", start=mention.start).entity_id
    qtbot.keyClick(chooser.search, Qt.Key_Return)
    # Enter keeps what the mention names (the full name detection found), or offers a new entity.
    after = find(stored(window), "グラント", start=mention.start).entity_id
    assert after != "person:grant-shapps" and (after or "").endswith(before.rsplit(":", 1)[-1] if before else "")
    dialog = window.entities.new_entity_dialog
    if dialog is not None and dialog.isVisible():
        dialog.reject()


def test_the_library_names_missing_from_the_registry_are_found_and_linked(qtbot, grant_window):
    window = grant_window
    mention = _open_link(qtbot, window, "グラント")
    chooser = window.entities.chooser
    chooser.search.clear()
    chooser.search.insert("オリバー")  # typed (keyClicks sends ASCII only)
    before = find(stored(window), "グラント", start=mention.start).entity_id
    qtbot.keyClick(chooser.search, Qt.Key_Down)
    # The name the articles know (found by detection, or only written in them) is listed to pick.
    assert (chooser.current_id() or "").endswith("PERSON:オリバー・グラント")
    qtbot.keyClick(chooser.search, Qt.Key_Return)
    linked = find(stored(window), "グラント", start=mention.start).entity_id
    assert linked and not linked.startswith("library:")
    if not linked.startswith("found:"):  # a name only written in the articles becomes a user entity
        entity = find_entity(window.db, linked)
        assert (entity.name, entity.type, entity.origin) == ("オリバー・グラント", "PERSON", "user")
    window.undo_stack.undo()  # one step: the entity and the link
    assert find(stored(window), "グラント", start=mention.start).entity_id == before


def test_an_exact_name_is_preselected_and_enter_links_it(qtbot, grant_window):
    window = grant_window
    mention = _open_link(qtbot, window, "英国")
    chooser = window.entities.chooser
    chooser.search.clear()
    chooser.search.insert("UK")  # an alias is a name the entity goes by
    assert chooser.current_id() == "country:GB"
    chooser.search.clear()
    qtbot.keyClicks(chooser.search, "United Kingdom")
    assert chooser.current_id() == "country:GB"
    qtbot.keyClick(chooser.search, Qt.Key_Return)
    assert find(stored(window), "英国", start=mention.start).entity_id == "country:GB"


def test_link_dialog_columns_fit_its_width(qtbot, grant_window):
    _open_link(qtbot, grant_window, "グラント")
    table = grant_window.entities.chooser.table
    assert not table.horizontalScrollBar().isVisible()
    total = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
    assert total <= table.viewport().width()
