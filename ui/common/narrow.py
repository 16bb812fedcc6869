"""Pieces that let a window shrink without cutting what it shows.

Users tile Kaidan beside a browser on a laptop: a window 800 pixels wide must still show every control whole.
A line of text that cannot wrap elides (its whole text on hover), a line edit is as wide as its own hint, and
controls that belong together (a range's two ends, a zoom slider and its Fit) travel as one piece when a bar
wraps to the next line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.common.plain import tooltip

# Characters an elided label keeps at its narrowest, so what it is about stays readable.
ELIDED_LEAST_CHARS = 6


class ElidedLabel(QLabel):
    """A one-line plain-text label that shortens itself with … to the room it is given; the whole text is its
    tooltip while it is shortened. Its least width is a few characters, not its whole text."""

    def __init__(self, text: str = "", parent=None, elide: Qt.TextElideMode = Qt.ElideRight) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)
        self._whole = ""
        self._mode = elide  # ElideMiddle keeps both ends of a file's name: its start and its date, its extension
        self.setText(text)

    def setText(self, text: str) -> None:  # Qt's name: the label's text is set through it everywhere
        self._whole = text or ""
        self._elide()
        self.updateGeometry()

    def whole_text(self) -> str:
        """The text as given, before any …."""
        return self._whole

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._whole) + 2 * self.margin() + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        least = self.fontMetrics().horizontalAdvance(self._whole[:ELIDED_LEAST_CHARS] + "…")
        return QSize(min(least, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width() - 2 * self.margin())
        shown = self.fontMetrics().elidedText(self._whole, self._mode, room) if room else self._whole
        super().setText(shown)
        self.setToolTip(tooltip(self._whole) if shown != self._whole else "")  # shown as text, never as markup


def fit_placeholder(edit: QLineEdit) -> None:
    """A line edit at least as wide as its placeholder (and its clear button), so the hint reads whole."""
    metrics = edit.fontMetrics()
    room = metrics.horizontalAdvance(edit.placeholderText() or "0000-00-00") + 2 * metrics.averageCharWidth()
    if edit.isClearButtonEnabled():
        room += metrics.height() + 4
    edit.setMinimumWidth(room + 8)  # the frame and the text margins


def kept_together(*widgets: QWidget, spacing: int = 4) -> QWidget:
    """One piece of widgets side by side, which a wrapping bar moves to its next line whole."""
    piece = QWidget()
    row = QHBoxLayout(piece)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return piece
