"""A ring in the highlight colour around a frameless view while it has the keyboard focus.

The timeline, the graph of linked meetings and the article text are drawn without a frame, so the style shows
nothing when Tab lands on them: the user cannot see where the keys will go. The ring is a child laid over the
view's edge (mouse events pass through it), so showing it moves nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

RING_WIDTH = 2


class _Ring(QWidget):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.NoFocus)
        self.hide()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.Highlight), RING_WIDTH))
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


class _Follow(QObject):
    """Shows the ring while the view has the focus and keeps it the view's size."""

    def __init__(self, view: QWidget, ring: _Ring) -> None:
        super().__init__(view)
        self.ring = ring

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.FocusIn, QEvent.FocusOut, QEvent.Resize, QEvent.Show):
            self.ring.setGeometry(obj.rect())
            self.ring.setVisible(obj.hasFocus())
            self.ring.raise_()
        return super().eventFilter(obj, event)


def add_focus_ring(view: QWidget) -> QWidget:
    """Ring view in the highlight colour while it has the focus; returns the ring (for tests)."""
    ring = _Ring(view)
    view.installEventFilter(_Follow(view, ring))
    return ring
