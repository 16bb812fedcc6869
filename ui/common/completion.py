"""Completion that proposes and never imposes: only an item the user picks replaces the typed text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class Proposals(QObject):
    """A popup of the choices containing what was typed, over a line edit.

    Unlike QLineEdit.setCompleter, moving through the popup leaves the text alone; Enter or a
    click on an item puts that item in; Esc closes the popup and the text is as typed.
    Up/Down in the field open the popup (instead of stepping a combo box over the text).
    """

    def __init__(self, edit: QLineEdit, model, parent=None) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.model = model  # held here: the completer does not own its model
        self.completer = QCompleter(model, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCompletionMode(QCompleter.PopupCompletion)
        self.completer.setWidget(edit)
        self.completer.activated[str].connect(self._pick)
        edit.textEdited.connect(self._typed)
        edit.installEventFilter(self)

    def popup_open(self) -> bool:
        return self.completer.popup().isVisible()

    def show_all(self) -> None:
        """Open the popup with the choices matching the text as it is."""
        self.completer.setCompletionPrefix(self.edit.text().strip())
        self.completer.complete()

    def _typed(self, text: str) -> None:
        self.completer.setCompletionPrefix(text)
        if text and self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _pick(self, text: str) -> None:
        self.edit.setText(text)  # setText is not typing: no new popup opens

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.edit and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Up, Qt.Key_Down) and not event.modifiers() & Qt.AltModifier):
            if not self.popup_open():
                self.show_all()
            return True
        return super().eventFilter(obj, event)
