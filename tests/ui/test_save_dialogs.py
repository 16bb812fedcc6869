"""Files the window asks for are chosen in Qt's own dialog (which never opens the files it lists), and a file
that cannot be written is named with the reason."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from ui.common.file_dialogs import NameOnlyIcons
from tests.ui.test_claims_browser import browser_window  # noqa: F401 - the fixture


def answer_dialog(answer):
    """Answer the next modal file dialog with answer(dialog); returns what was seen."""
    seen = []

    def poll():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog):
            seen.append(modal)
            try:
                answer(modal)
            except BaseException:
                modal.reject()  # the test ends instead of waiting on the dialog
                raise
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def test_the_summary_is_saved_where_the_dialog_says(qtbot, tmp_path, browser_window):  # noqa: F811
    browser = browser_window.claims.show_browser()
    target = tmp_path / "mine.csv"

    def choose(dialog):  # the path typed into the name field, as a user does (selectFile keeps the proposed name)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()

    seen = answer_dialog(choose)
    browser.choose_export()
    assert len(seen) == 1
    dialog = seen[0]
    assert dialog.testOption(QFileDialog.DontUseNativeDialog) and isinstance(dialog.iconProvider(), NameOnlyIcons)
    assert dialog.acceptMode() == QFileDialog.AcceptSave
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_summary_that_cannot_be_written_says_why(qtbot, tmp_path, browser_window):  # noqa: F811
    browser = browser_window.claims.show_browser()
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert not browser.save_summary(folder)  # a folder where the file should go
    box = browser.error_box
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Warning
    assert box.text().startswith(f"The summary was not saved: {folder} could not be written (")


def test_merge_picks_libraries_in_qts_own_dialog(qtbot, window):
    seen = answer_dialog(lambda dialog: dialog.reject())
    window.team.ask_merge()
    assert len(seen) == 1
    assert seen[0].testOption(QFileDialog.DontUseNativeDialog) and isinstance(seen[0].iconProvider(), NameOnlyIcons)
