"""Esc closes each dialog without acting, Enter confirms it, from the field the dialog opens on (a guard: each
window's own tests check what confirming does)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from ui.common.annotator import AnnotatorDialog
from ui.entities.chooser import EntityChooser
from ui.entities.new_entity_dialog import NewEntityDialog
from ui.window.help_dialog import ShortcutsDialog


def dialogs(window) -> dict:
    return {
        "new entity": lambda: NewEntityDialog("王毅", None, window),
        "chooser": lambda: EntityChooser(list(window.entities.entities().values()), "Link", search="王毅",
                                         parent=window),
        "annotator": lambda: AnnotatorDialog(window),
        "shortcuts": lambda: ShortcutsDialog(window),
    }


@pytest.mark.parametrize("name", ["new entity", "chooser", "annotator", "shortcuts"])
@pytest.mark.parametrize("key, result", [(Qt.Key_Escape, QDialog.Rejected), (Qt.Key_Return, QDialog.Accepted)])
def test_esc_closes_and_enter_confirms(qtbot, entity_window, name, key, result):
    dialog = dialogs(entity_window)[name]()
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog,
                    timeout=10000)
    with qtbot.waitSignal(dialog.finished, timeout=10000) as finished:
        qtbot.keyClick(QApplication.focusWidget(), key)
    # the list of shortcuts has only Close: Enter closes it as Esc does
    expected = QDialog.Rejected if name == "shortcuts" else result
    assert finished.args[0] == expected and not dialog.isVisible()
