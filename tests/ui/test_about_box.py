"""Help → About Kaidan says the version and the library file this window has open, in the window's language,
the path as it is (a folder named like markup stays text). Before, it said one English-like line and no file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core import __version__
from tests.ui.i18n_walk import english_only, language


def test_about_names_the_version_and_the_library_file(qapp, qtbot, make_window):
    with language(qapp, "ja"):
        window = make_window("<i>私の</i>library.db")
        help_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "ヘルプ" in a.text())
        about = next(a for a in help_menu.actions() if "Kaidan について" in a.text())
        about.trigger()  # as the menu item is clicked
        box = window.about_box
        qtbot.waitUntil(box.isVisible)
        text = box.text()
    assert __version__ in text and window.db_path in text
    assert box.textFormat() == Qt.TextFormat.PlainText  # the path's <i> is shown, not read as markup
    assert not english_only([text.replace(window.db_path, "")])
    qtbot.keyClick(box, Qt.Key_Return)  # closed by Enter, as a user does
    qtbot.waitUntil(lambda: window.about_box is None)


def test_an_about_box_closed_is_gone(qtbot, make_window):
    """Each About opened made a message box that stayed, hidden, among the window's children for its life."""
    window = make_window()
    for _ in range(3):
        box = window.show_about()
        qtbot.waitUntil(box.isVisible)
        qtbot.keyClick(box, Qt.Key_Escape)  # closed as a user does
        qtbot.waitUntil(lambda: window.about_box is None)
    qtbot.waitUntil(lambda: not window.findChildren(QMessageBox))
