"""Starting the window on a file it cannot open: the reason in a message box, and another library to choose."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from core.store.db import LibraryError
from ui.window.library_choice import open_main_window


def answer_when_shown(qtbot, steps):
    """Answer the modal dialogs as they come up, one step (a function of the dialog) each.

    A step that fails closes its dialog (so the test ends instead of waiting on it) and re-raises."""
    seen = []

    def poll():
        modal = QApplication.activeModalWidget()
        if modal is not None and steps and (not seen or seen[-1] is not modal):
            seen.append(modal)
            try:
                steps.pop(0)(modal)
            except BaseException:
                steps.clear()
                modal.reject()
                raise
        if steps:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def press_button(text):
    def press(box):
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == text)
        button.click()
    return press


def type_file_name(path):
    def type_it(dialog):
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(path))
        dialog.accept()
    return type_it


@pytest.fixture
def foreign(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    return path


def test_the_reason_is_shown_and_another_library_opens(qtbot, tmp_path, foreign):
    texts = []

    def read_and_choose(box):
        texts.append((box.text(), box.informativeText(), box.textFormat()))
        press_button("Choose Another Library…")(box)

    other = tmp_path / "mine" / "library.db"
    other.parent.mkdir()
    answer_when_shown(qtbot, [read_and_choose, type_file_name(other)])
    window = open_main_window(foreign)
    qtbot.addWidget(window)
    assert window.db_path == str(other) and other.exists()
    title, reason, text_format = texts[0]
    assert title == "Kaidan cannot open the library notes.db."
    assert "not a Kaidan library" in reason and "notes" in reason
    assert text_format == Qt.TextFormat.PlainText
    window.close()


def test_quitting_leaves_the_error_for_the_exit_code(qtbot, tmp_path):
    not_sqlite = tmp_path / "text.db"
    not_sqlite.write_text("これはライブラリではありません\n", encoding="utf-8")
    answer_when_shown(qtbot, [press_button("Quit")])
    with pytest.raises(LibraryError, match="not a Kaidan library"):
        open_main_window(not_sqlite)
    assert not_sqlite.read_text(encoding="utf-8") == "これはライブラリではありません\n"
