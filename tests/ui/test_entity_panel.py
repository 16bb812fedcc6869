"""The entities panel: mentions grouped by entity with counts; activating one filters the list."""

from PySide6.QtCore import Qt

from core.model import Mention
from core.store.article_list import article_ids
from ui.entities.panel import group_mentions
from tests.ui.entity_helpers import stored


def test_panel_lists_rubio_with_count_most_mentioned_first(entity_window):
    window = entity_window
    panel = window.entities.panel
    mentions = stored(window, with_rejected=False)
    rubio_count = sum(1 for m in mentions if m.entity_id == "person:marco-rubio")
    item = panel.item_named("ルビオ")
    assert item is not None
    assert item.text(1) == str(rubio_count)
    assert "Marco Rubio" in item.text(0)
    counts = [int(panel.tree.topLevelItem(r).text(1)) for r in range(panel.tree.topLevelItemCount())]
    assert counts == sorted(counts, reverse=True)
    assert sum(counts) == len(mentions)


def test_selecting_an_entry_selects_its_first_mention(qtbot, entity_window):
    window = entity_window
    panel = window.entities.panel
    panel.tree.setCurrentItem(panel.item_named("ルビオ"))
    body = window.entities.layer.body
    assert body.textCursor().selectedText() == "ルビオ"
    first = min(m.start for m in stored(window, False) if m.entity_id == "person:marco-rubio")
    assert body.textCursor().selectionStart() == first


def test_activating_an_entry_filters_the_article_list(qtbot, entity_window):
    window = entity_window
    panel = window.entities.panel
    expected = article_ids(window.db, entity_id="person:marco-rubio")
    assert 0 < len(expected) < window.model.total
    item = panel.item_named("ルビオ")
    panel.tree.setCurrentItem(item)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(expected), timeout=30000)
    assert [window.model.article_id(r) for r in range(window.model.rowCount())] == expected
    bar = window.entities.filter_bar
    assert bar.isVisible() and "ルビオ" in bar.label.text()
    assert window.count_label.text() == f"{len(expected)} of {window.model.total} articles"
    bar.clear_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == window.model.total, timeout=30000)
    assert not bar.isVisible()


def test_panel_follows_corrections(qtbot, entity_window):
    window = entity_window
    before = int(window.entities.panel.item_named("ルビオ").text(1))
    rubio = next(m for m in stored(window) if m.entity_id == "person:marco-rubio")
    window.entities.layer.select_span(rubio.start, rubio.end)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    assert int(window.entities.panel.item_named("ルビオ").text(1)) == before - 1
    window.undo_stack.undo()
    assert int(window.entities.panel.item_named("ルビオ").text(1)) == before


def test_unlinked_mentions_group_by_surface_and_dates_by_value():
    mentions = [
        Mention(0, 2, "某社", "ORG"),
        Mention(5, 7, "某社", "ORG"),
        Mention(9, 12, "11日", "DATE", value="2025-07-11"),
    ]
    groups = group_mentions(mentions, {})
    assert [(g.name, len(g.mentions)) for g in groups] == [("某社", 2), ("2025-07-11", 1)]
