"""The window as a whole: shortcuts, help, settings, palette."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from ui.window.help_dialog import ShortcutsDialog, shortcut_rows
from ui.common.shortcuts import SHORTCUTS
from ui.common.theme import _palette, marks


def test_every_named_shortcut_is_bound(qtbot, window):
    qtbot.waitUntil(lambda: window.docks_placed)  # the panels' toggles belong to the panels, placed after the paint
    bound = {
        seq.toString() for action in window.findChildren(type(window.actions_by_name["raw"]))
        for seq in action.shortcuts()
    }
    for keys, _text in SHORTCUTS.values():
        for key in keys:
            assert QKeySequence(key).toString() in bound, key


def test_undo_redo_and_standard_keys(window):
    a = window.actions_by_name
    assert a["undo"].shortcut().toString() == "Ctrl+Z"
    assert a["redo"].shortcut().toString() == "Ctrl+Shift+Z"
    assert a["import"].shortcut().toString() == "Ctrl+O"
    assert a["find"].shortcut().toString() == "Ctrl+F"
    assert a["raw"].isCheckable()


def test_shortcuts_dialog_lists_them(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    texts = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert "Ctrl+O" in texts and "Ctrl+R" in texts and "B" in texts
    assert len(shortcut_rows()) == dialog.table.rowCount()


def test_geometry_and_splitter_are_remembered(make_window):
    first = make_window()
    first.resize(700, 500)
    first.splitter.setSizes([250, 450])
    # The entities dock takes its share of the width; the list keeps its part of the rest.
    list_width = first.splitter.sizes()[0]
    first.close()
    assert not QSettings().value("window/geometry").isEmpty()
    second = make_window()
    assert second.size().width() == 700
    assert second.splitter.sizes()[0] == list_width


def test_raw_mode_is_remembered(make_window):
    first = make_window()
    first.actions_by_name["raw"].trigger()
    first.close()
    second = make_window()
    assert second.actions_by_name["raw"].isChecked()
    assert second.reader.raw_mode


def test_dark_and_light_palettes_give_readable_marks():
    light, dark = marks(_palette(False)), marks(_palette(True))
    assert light["drop_text"] != dark["drop_text"]
    assert _palette(True).color(_palette(True).ColorRole.Base).lightness() < 80
