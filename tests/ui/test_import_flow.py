"""Importing: the file dialogs open where the last import came from; a finished import is told in a notice."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.day_helpers import GRANT_TEXT, write_article


def _open_dialog(window) -> QFileDialog:
    [dialog] = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    return dialog


def test_import_dialog_opens_in_the_last_folder_and_the_summary_shows(qtbot, window, tmp_path):
    folder = write_article(tmp_path / "news", "grant.txt", GRANT_TEXT)
    qtbot.keyClick(window.list_view, Qt.Key_O, Qt.ControlModifier)
    dialog = _open_dialog(window)
    assert dialog.directory().absolutePath() != str(folder)  # the first time: not the article's folder
    dialog.setDirectory(str(folder))
    dialog.selectFile("grant.txt")
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        dialog.accept()
    notice = window.import_notice
    assert notice.isVisible() and "1 imported" in notice.label.text()
    window.actions_by_name["import_folder"].trigger()  # File → Import Folder…
    dialog = _open_dialog(window)
    assert dialog.directory().absolutePath() == str(folder)  # where the last import came from
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        dialog.accept()
    assert "1 already in the library" in notice.label.text()
    qtbot.mouseClick(notice.close_button, Qt.LeftButton)
    assert not notice.isVisible()


def test_dataset_dialog_opens_where_the_last_import_came_from(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    folder = write_article(tmp_path / "news", "grant.txt", GRANT_TEXT)
    asked: list[str] = []
    monkeypatch.setattr("ui.jobs.dataset_dialog.open_file_name",
                        lambda _p, _t, directory, _f: asked.append(directory) or "")
    qtbot.keyClick(window.list_view, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier)
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        _open_dialog(window).setDirectory(str(folder))
        _open_dialog(window).accept()
    dialog = window.choose_import_dataset()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "File…")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert asked[-1] == str(folder)
    dialog.reject()
