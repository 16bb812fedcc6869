"""The entities panel starts each article at its top: no entry carried over from the last article."""

from PySide6.QtCore import Qt


def _names(panel) -> list[str]:
    return [panel.group_of(panel.tree.topLevelItem(r)).name for r in range(panel.tree.topLevelItemCount())]


def test_another_article_does_not_keep_the_last_selected_entity(qtbot, entity_window, select_seed):
    window = entity_window
    panel = window.entities.panel
    first = set(_names(panel))
    select_seed(window, "001_")
    shared = [n for n in _names(panel) if n in first]
    assert shared, "the seeds share no entity"
    select_seed(window, "000_")
    name = shared[-1]  # far down the list, as a minor actor would be
    item = panel.item_named(name)
    tree = panel.tree
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualItemRect(item).center())
    assert panel.group_of(tree.currentItem()).name == name
    select_seed(window, "001_")
    assert tree.currentItem() is None or tree.currentItem().isSelected() is False
    assert tree.verticalScrollBar().value() == 0
    # A correction in the same article keeps the entry the user is on.
    item = panel.item_named(name)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualItemRect(item).center())
    window.entities.refresh()
    assert panel.group_of(tree.currentItem()).name == name
