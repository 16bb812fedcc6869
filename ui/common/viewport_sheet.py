"""A transparent sheet over a scroll area's viewport, for marks drawn above the text (overlines, bars).

A scroll area scrolls its viewport with QWidget.scroll(), which moves every child of the viewport by
the distance scrolled. A sheet left where it was moved would paint its marks that far from their words
(the meeting overlines stood a few lines above theirs after any scroll): the sheet puts itself back over
the viewport whenever it is moved, and follows the viewport's size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QWidget


class ViewportSheet(QWidget):
    """Covers its viewport exactly, whatever scrolls; transparent to the mouse. Subclasses paint."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setGeometry(viewport.rect())
        viewport.installEventFilter(self)

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        if self.pos() != QPoint(0, 0):  # moved by a scroll of the viewport: back over it
            self.move(0, 0)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == QEvent.Resize:
            self.setGeometry(obj.rect())
        return super().eventFilter(obj, event)
