"""A window's standing message: what its status line says while nothing passing is said.

QStatusBar has one line for every message: a timed one ("… (Ctrl+Z undoes)", "Hit 2 of 5") ends by clearing it,
so an article's warning shown there ("Check cleaning: …") was gone after the first edit's message and came back
only when the article was opened again. The standing message is kept here and shown again whenever the line is
cleared, whoever cleared it; each window that has one keeps one StandingMessage on its status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar


class StandingMessage(QObject):
    """The status bar's standing words, shown again each time a passing message ends or is cleared."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar
        self.text = ""
        status_bar.messageChanged.connect(self._changed)

    def set(self, text: str) -> None:
        """Stand text on the line (shown now, over any message); "" withdraws the one before, leaving other work's
        message in place."""
        before, self.text = self.text, text
        if text:
            self._bar.showMessage(text)
        elif before and self._bar.currentMessage() == before:
            self._bar.clearMessage()

    def _changed(self, message: str) -> None:
        if not message and self.text:
            self._bar.showMessage(self.text)  # untimed: it stands until another message or set() replaces it
