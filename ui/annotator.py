"""Who is annotating: a name kept in the settings and passed to every core call that records it."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

SETTING = "annotator/name"


def annotator_name() -> str | None:
    """The annotator set in the settings, or None before the first run asked."""
    return QSettings().value(SETTING, "", type=str) or None


def set_annotator_name(name: str) -> None:
    QSettings().setValue(SETTING, name.strip())


def default_name() -> str:
    """A sensible first suggestion: the login name."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some sandboxes
        return ""


class AnnotatorDialog(QDialog):
    """Asks for the annotator's name (first run, File → Set Annotator…)."""

    chosen = Signal(str)

    def __init__(self, parent=None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Annotator")
        intro = ("Kaidan records who made each annotation. What name should it use?"
                 if first_run else "The name recorded with your annotations from now on:")
        label = QLabel(intro)
        label.setWordWrap(True)
        self.name = QLineEdit(annotator_name() or default_name())
        self.name.setPlaceholderText("Your name or initials")
        self.name.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.resize(360, 0)

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        set_annotator_name(name)
        self.chosen.emit(name)
        super().accept()
