"""F1: the shortcut table has one even row per shortcut, each description whole in its tooltip."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.window.help_dialog import ShortcutsDialog


def test_f1_rows_are_even(qtbot, window):
    qtbot.keyClick(window.list_view, Qt.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    table = dialog.table
    heights = {table.rowHeight(r) for r in range(table.rowCount())}
    assert len(heights) == 1  # every row one line
    assert heights.pop() >= table.fontMetrics().height()
    for r in range(table.rowCount()):
        assert table.item(r, 1).toolTip() == table.item(r, 1).text()
    dialog.close()
