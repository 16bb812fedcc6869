"""Correcting entities in the reader: keys 1–7, Delete, linking, new entities; undo; re-detection."""

from PySide6.QtCore import Qt

from core.analysis import analyze_library
from core.store.registry import find_entity
from tests.ui.entity_helpers import find, painted_text, put_caret, stored


def _select(window, text: str) -> tuple[int, int]:
    body = window.reader.reader.body_text()
    start = body.index(text)
    window.entities.layer.select_span(start, start + len(text))
    return start, start + len(text)


def test_key_4_marks_selection_as_org_with_undo_and_redo(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    start, end = _select(window, "記者団")
    assert find(stored(window), "記者団") is None
    qtbot.keyClick(body, Qt.Key_4)
    added = find(stored(window), "記者団")
    assert (added.start, added.end, added.type) == (start, end, "ORG")
    assert (added.origin, added.state) == ("user", "accepted")
    assert "記者団" in painted_text(window)
    assert "記者団" in window.actions_by_name["undo"].text()

    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier)
    assert find(stored(window), "記者団") is None
    assert "記者団" not in painted_text(window)
    qtbot.keyClick(body, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert find(stored(window), "記者団", type="ORG", origin="user")
    assert window.entities.panel.item_named("記者団") is not None


def test_typing_a_digit_on_a_mention_changes_its_type(qtbot, entity_window):
    window = entity_window
    china = find(stored(window), "中国", type="GPE")
    put_caret(window, china.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_3)
    changed = find(stored(window), "中国", start=china.start)
    assert changed.type == "LOC" and changed.state == "accepted"
    window.undo_stack.undo()
    assert find(stored(window), "中国", start=china.start).type == "GPE"


def test_confirming_a_name_twice_leaves_one_undo_entry(qtbot, entity_window):
    window = entity_window
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_1)  # accepts it as a person
    assert find(stored(window), "ルビオ", start=rubio.start).state == "accepted"
    entries = window.undo_stack.count()
    qtbot.keyClick(window.entities.layer.body, Qt.Key_1)  # again: nothing to change
    assert window.undo_stack.count() == entries
    assert "already marked" in window.statusBar().currentMessage()
    window.undo_stack.undo()  # the one Undo undoes the acceptance
    assert find(stored(window), "ルビオ", start=rubio.start).state == "proposed"


def test_delete_rejects_the_mention_at_the_caret_and_undo_restores(qtbot, entity_window):
    window = entity_window
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    assert find(stored(window), "ルビオ", start=rubio.start).state == "rejected"
    assert find(stored(window, with_rejected=False), "ルビオ", start=rubio.start) is None
    window.actions_by_name["undo"].trigger()
    assert find(stored(window), "ルビオ", start=rubio.start).state == "proposed"


def test_redetection_keeps_user_decisions(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start)
    qtbot.keyClick(body, Qt.Key_Delete)
    _select(window, "記者団")
    qtbot.keyClick(body, Qt.Key_4)

    analyze_library(window.db_path, [window.reader.article_id])
    assert find(stored(window), "ルビオ", start=rubio.start).state == "rejected"
    assert find(stored(window), "記者団", type="ORG", origin="user")

    # The same through Tools → Re-run Entity Detection on the whole library, in a worker.
    with qtbot.waitSignal(window.entities.analysis.finished, timeout=60000) as blocker:
        window.actions_by_name["rerun_library"].trigger()
    assert blocker.args[0].articles == window.model.total
    assert not window.entities.analysis.is_running()
    assert find(stored(window), "ルビオ", start=rubio.start).state == "rejected"
    assert find(stored(window), "記者団", type="ORG", origin="user")
    assert "記者団" in painted_text(window)


def test_link_a_mention_to_another_entity_and_undo(qtbot, entity_window):
    window = entity_window
    china = find(stored(window), "中国", type="GPE")
    assert china.entity_id == "country:CN"
    put_caret(window, china.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_L)
    chooser = window.entities.chooser
    assert chooser is not None and chooser.isVisible()
    chooser.search.setText("United States")
    assert chooser.current_id() == "country:US"
    chooser.accept()
    assert find(stored(window), "中国", start=china.start).entity_id == "country:US"
    window.undo_stack.undo()
    assert find(stored(window), "中国", start=china.start).entity_id == "country:CN"
    window.undo_stack.redo()
    assert find(stored(window), "中国", start=china.start).entity_id == "country:US"


def test_new_entity_from_selection_is_one_undo_step(qtbot, entity_window):
    window = entity_window
    span = _select(window, "記者団")
    qtbot.keyClick(window.entities.layer.body, Qt.Key_N)
    dialog = window.entities.new_entity_dialog
    assert dialog is not None and dialog.name.text() == "記者団"
    dialog.kind.setCurrentIndex(dialog.kind.findData("ORG"))
    dialog.en.setText("press corps")
    dialog.accept()
    mention = find(stored(window), "記者団")
    entity = find_entity(window.db, mention.entity_id)
    assert (entity.name, entity.en, entity.type, entity.origin) == ("記者団", "press corps", "ORG", "user")
    assert (mention.start, mention.end) == span
    window.undo_stack.undo()
    assert find(stored(window), "記者団") is None
    assert find_entity(window.db, entity.id) is None
    window.undo_stack.redo()
    assert find(stored(window), "記者団").entity_id == entity.id


def test_redo_of_an_addition_keeps_later_commands_working(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    _select(window, "記者団")
    qtbot.keyClick(body, Qt.Key_4)
    qtbot.keyClick(body, Qt.Key_Delete)  # reject the mention just added
    assert find(stored(window), "記者団").state == "rejected"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert find(stored(window), "記者団") is None
    window.undo_stack.redo()  # a new row, with a new id
    window.undo_stack.redo()
    assert find(stored(window), "記者団").state == "rejected"


def test_context_menu_offers_types_reject_and_link(entity_window):
    from ui.entities.menus import mention_menu

    window = entity_window
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    menu = mention_menu(window.entities, window.entities.layer.body)
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert {"Person", "Organisation", "Reject", "Link to Entity…"} <= set(texts)
    person = next(a for a in menu.actions() if a.text().startswith("Person"))
    assert person.isChecked()
    next(a for a in menu.actions() if a.text().startswith("Reject")).trigger()
    assert find(stored(window), "ルビオ", start=rubio.start).state == "rejected"
