"""Importing: the file dialogs open where the last import came from; a finished import is told in a notice."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.day_helpers import GRANT_TEXT, write_article


def test_import_dialog_opens_in_the_last_folder_and_the_summary_shows(qtbot, window, tmp_path, monkeypatch):
    folder = write_article(tmp_path / "news", "grant.txt", GRANT_TEXT)
    asked: list[str] = []

    def files(_parent, _title, directory, _filter):
        asked.append(directory)
        return [str(folder / "grant.txt")], ""

    def folders(_parent, _title, directory):
        asked.append(directory)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(files))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folders))
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        qtbot.keyClick(window.list_view, Qt.Key_O, Qt.ControlModifier)
    notice = window.import_notice
    assert notice.isVisible() and "1 imported" in notice.label.text()
    assert asked[0] != str(folder)  # the first time: the home folder, not the working folder
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        qtbot.keyClick(window.list_view, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier)
    assert asked[1] == str(folder)  # where the last import came from
    assert "1 already in the library" in notice.label.text()
    qtbot.mouseClick(notice.close_button, Qt.LeftButton)
    assert not notice.isVisible()


def test_dataset_dialog_opens_where_the_last_import_came_from(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    folder = write_article(tmp_path / "news", "grant.txt", GRANT_TEXT)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda _p, _t, directory: asked.append(directory) or str(folder)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _p, _t, directory, _f: asked.append(directory) or ("", "")))
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        qtbot.keyClick(window.list_view, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = window.choose_import_dataset()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "File…")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert asked[-1] == str(folder)
    dialog.reject()
