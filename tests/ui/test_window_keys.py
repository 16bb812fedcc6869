"""Secondary windows close with Esc and Ctrl+W; the title names Kaidan once; the first-run prompt."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.day_helpers import GRANT_TEXT


def _open(window, which: str):
    if which == "registry":
        return window.entities.show_registry()
    if which == "claims":
        return window.claims.show_browser()
    return window.meetings.show_meetings()


@pytest.mark.parametrize("which", ["registry", "claims", "meetings"])
@pytest.mark.parametrize("key", [(Qt.Key_Escape, Qt.NoModifier), (Qt.Key_W, Qt.ControlModifier)])
def test_esc_and_ctrl_w_close_secondary_windows(qtbot, window, which, key):
    shown = _open(window, which)
    qtbot.waitExposed(shown)
    focused = shown.focusWidget() or shown  # the key goes where the user's focus is, and bubbles up
    qtbot.keyClick(focused, key[0], key[1])
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=30000)
    assert window.isVisible()  # only the secondary window closed


def test_window_title_names_kaidan_once(window):
    from ui.window.app import name_application

    app = QApplication.instance()
    before = (app.organizationName(), app.applicationName())
    try:
        name_application(app)
        app.setApplicationName("Other")
        # No display name of its own: the platform appends none to the titles.
        assert app.applicationDisplayName() == "Other"
    finally:
        QCoreApplication.setOrganizationName(before[0])
        QCoreApplication.setApplicationName(before[1])
    assert window.windowTitle() == "Kaidan — library.db"


def test_first_run_prompt_shows_its_text_whole_and_never_proposes_root(qtbot, monkeypatch):
    import ui.common.annotator as annotator

    from PySide6.QtCore import QSettings

    QSettings().remove(annotator.SETTING)  # a first run: no name yet
    monkeypatch.setattr(annotator.getpass, "getuser", lambda: "root")
    dialog = annotator.AnnotatorDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name.text() == ""  # "root" names nobody
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.name, "Sato")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert annotator.annotator_name() == "Sato"


def test_dateline_is_shown_once(qtbot, grant_window):
    reader = grant_window.reader.reader
    assert reader.body_text().startswith("【ロンドン共同】")
    assert "ロンドン共同" not in reader.meta.text()
    assert GRANT_TEXT.splitlines()[0] == reader.title.text()
