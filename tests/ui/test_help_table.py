"""F1: the shortcut table has one even row per shortcut, each description whole in its tooltip; each entity type's
key has its row."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.i18n_walk import language
from ui.common.entity_types import ENTITY_TYPES, type_label
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


def shown_rows(qtbot, window) -> dict[str, str]:
    """F1 pressed in the reader: the shortcut table's rows, keys → action."""
    window.reader.reader.body.setFocus()
    qtbot.keyClick(window.reader.reader.body, Qt.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).toolTip() for r in range(table.rowCount())}
    dialog.close()
    return rows


def test_f1_names_each_type_key_and_that_it_accepts_a_name(qapp, qtbot, window):
    # before: one row "1 … 7" whose words, cut at the column's edge, never said which digit is which type nor
    # that a type's key on a proposed name accepts it
    for code, accept in (("en", "accept it as"), ("ja", "として承認")):
        with language(qapp, code):
            rows = shown_rows(qtbot, window)
            for kind, key, _label in ENTITY_TYPES:
                assert type_label(kind) in rows[key] and accept in rows[key], (code, key, rows.get(key))
        assert "1 … 7" not in rows
        if code == "en":
            assert rows["2"] == "Mark the selection as Country; on a highlighted name at the caret: accept it as " \
                                "Country (reader)"
