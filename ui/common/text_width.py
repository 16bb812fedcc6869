"""The least width of a line edit that shows a given text whole: its frame and margins from the style."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def text_width(edit: QLineEdit, *texts: str) -> int:
    """The width edit needs to show the widest of texts whole, in its font and its style's frame."""
    metrics = edit.fontMetrics()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    margins = edit.textMargins()
    inner = QSize(max(metrics.horizontalAdvance(t) for t in texts) + margins.left() + margins.right()
                  + 2 * 2 + 2,  # the line edit's own horizontal margin (2 each side) and its cursor
                  metrics.height())
    return edit.style().sizeFromContents(QStyle.CT_LineEdit, option, inner, edit).width()
