"""The raw view's file name can be selected and copied: a click then Ctrl+C copies it whole (a name shortened
with … too, without the …), a right-click offers Copy File Name and Copy Path; before, it was a label the mouse
could not select and nothing copied."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.day_helpers import write_article
from tests.ui.waits import WAIT_MS, settle

TEXT = "外相が訪米\n\n【東京】鈴木外相は3日、訪米に向けて出発した。\n"
LONG_NAME = "kyodo_world_politics_" + "gaiko_" * 12 + "2025_07_11.txt"


def raw_name(qtbot, tmp_path, library_of, make_window, name):
    folder = write_article(tmp_path / "articles", name, TEXT)
    library_of([folder])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=WAIT_MS)
    window.resize(800, 600)
    qtbot.keyClick(window.list_view, Qt.Key_R, Qt.ControlModifier)  # Ctrl+R: the raw page
    qtbot.waitUntil(lambda: window.reader.raw_name.isVisible(), timeout=WAIT_MS)
    settle(qtbot)
    return window, window.reader.raw_name, str(folder / name)


def test_a_click_then_ctrl_c_copies_the_file_name(qtbot, tmp_path, library_of, make_window):
    _window, label, _path = raw_name(qtbot, tmp_path, library_of, make_window, "visit.txt")
    assert label.textInteractionFlags() & Qt.TextSelectableByMouse
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(label, Qt.LeftButton, pos=QPoint(4, label.height() // 2))
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == "visit.txt"
    label.setSelection(0, 5)  # a part selected with the mouse copies that part
    qtbot.keyClick(label, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == "visit"


def test_a_shortened_name_copies_whole_and_its_menu_copies_the_path(qtbot, tmp_path, library_of, make_window):
    _window, label, path = raw_name(qtbot, tmp_path, library_of, make_window, LONG_NAME)
    assert "…" in label.text()  # too long for an 800-pixel window: shortened in its middle
    QGuiApplication.clipboard().clear()
    label.setFocus()
    qtbot.keyClick(label, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == LONG_NAME
    QApplication.sendEvent(label, QContextMenuEvent(QContextMenuEvent.Mouse, QPoint(4, 4),
                                                    label.mapToGlobal(QPoint(4, 4))))
    actions = {a.text(): a for a in label.menu.actions()}
    assert set(actions) == {"Copy File Name", "Copy Path"}
    actions["Copy Path"].trigger()
    assert QGuiApplication.clipboard().text() == path
    actions["Copy File Name"].trigger()
    assert QGuiApplication.clipboard().text() == LONG_NAME
    label.menu.close()


def test_ctrl_c_on_no_file_name_leaves_the_clipboard_as_it_was(qtbot):
    from ui.reader.file_name import FileName

    label = FileName()
    qtbot.addWidget(label)
    label.set_path("")  # an article with no file: no name shown
    label.show()
    QGuiApplication.clipboard().setText("日米首脳会談")  # what the user copied before
    label.setFocus()
    qtbot.keyClick(label, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == "日米首脳会談"  # before: emptied
    label.menu = None
    QApplication.sendEvent(label, QContextMenuEvent(QContextMenuEvent.Mouse, QPoint(4, 4),
                                                    label.mapToGlobal(QPoint(4, 4))))
    assert label.menu is None  # no Copy File Name offered for no name
