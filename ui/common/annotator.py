"""Who is annotating: a name kept in the settings and passed to every core call that records it."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout
from ui.common.screen_fit import MARGIN
from ui.common.settings_read import read_setting


SETTING = "annotator/name"
LEAST_WIDTH = 380  # pixels: the dialog is never narrower, whatever its question


def annotator_name() -> str | None:
    """The annotator set in the settings, or None before the first run asked."""
    return read_setting(SETTING, "") or None


def set_annotator_name(name: str) -> None:
    QSettings().setValue(SETTING, name.strip())


SHARED_LOGINS = {"root", "admin", "administrator", "user", "guest"}


def default_name() -> str:
    """A first suggestion: the user's real name from the system, else the login name;
    nothing for a shared or administrator login (root), which names no one."""
    try:
        login = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some sandboxes
        return ""
    if not login or login.lower() in SHARED_LOGINS:
        return ""
    try:
        import pwd  # Unix only

        real = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except Exception:  # noqa: BLE001 - Windows, or no entry
        real = ""
    return real or login


class AnnotatorDialog(QDialog):
    """Asks for the annotator's name (first run, File → Set Annotator…)."""

    chosen = Signal(str)

    def __init__(self, parent=None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotator"))
        intro = (self.tr("Kaidan records who made each annotation. What name should it use?")
                 if first_run else self.tr("The name recorded with your annotations from now on:"))
        self.intro = label = QLabel(intro)
        label.setWordWrap(True)
        self.name = QLineEdit(annotator_name() or default_name())
        self.name.setPlaceholderText(self.tr("Your name or initials"))
        self.name.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(t.strip())))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.name.text().strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        # As wide as the question on one line, within the screen: at a fixed 380 pixels the Japanese question
        # wrapped its last two characters (か？) onto a line of their own.
        margins = layout.contentsMargins()
        one_line = label.fontMetrics().horizontalAdvance(intro) + margins.left() + margins.right() + 2 * label.margin()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - MARGIN if screen is not None else one_line
        self.setMinimumWidth(max(LEAST_WIDTH, min(one_line + label.fontMetrics().averageCharWidth(), room)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A wrapped label is sized by a guess at its width: give it the height its lines need.
        self.layout().activate()
        self.intro.setMinimumHeight(self.intro.heightForWidth(self.intro.width()))
        self.adjustSize()

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        set_annotator_name(name)
        self.chosen.emit(name)
        super().accept()
