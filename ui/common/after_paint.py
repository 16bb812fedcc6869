"""Work deferred until a widget has been painted once: what a first frame need not wait for."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A widget never painted (its window minimised or hidden) still gets the work, this much later.
FALLBACK_MS = 1000


class _AfterPaint(QObject):
    """Runs a callback once, in the event loop's turn after the widget's first paint (or the fallback)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is on the screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self.parent().removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int | None = None) -> None:
    """Call callback once widget has been painted (and that paint is done), or after fallback_ms (FALLBACK_MS)
    at the latest."""
    _AfterPaint(widget, callback, FALLBACK_MS if fallback_ms is None else fallback_ms)
