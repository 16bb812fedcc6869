"""What a window cuts when it is made small: widgets squeezed below their least size or pushed past their parent.

A widget inside a scroll area's viewport may be larger than the viewport (that is what scrolling is for), and a
scroll area's own parts (its bars, its header) are sized by it: neither counts as cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QSizePolicy, QWidget


def least_size(widget: QWidget) -> QSize:
    """The size a layout will not squeeze widget below (Qt's qSmartMinSize, from its hints and its policy)."""
    hint, least, fixed, policy = widget.sizeHint(), widget.minimumSizeHint(), widget.minimumSize(), widget.sizePolicy()

    def side(direction, hint_side: int, least_side: int, fixed_side: int) -> int:
        if fixed_side > 0:
            return fixed_side
        if direction == QSizePolicy.Ignored:
            return 0
        return least_side if direction.value & QSizePolicy.ShrinkFlag.value else max(hint_side, least_side)

    return QSize(side(policy.horizontalPolicy(), hint.width(), least.width(), fixed.width()),
                 side(policy.verticalPolicy(), hint.height(), least.height(), fixed.height()))


def _scrolled(widget: QWidget) -> bool:
    """Placed by a scroll area (its content, bars or header), not by a layout that must fit it."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(parent, QAbstractScrollArea) or (isinstance(area, QAbstractScrollArea)
                                                       and parent is area.viewport())


def _in_scrolled_content(widget: QWidget, view: QWidget) -> bool:
    """Inside what a scroll area scrolls: reached by scrolling, not by the window's size."""
    while widget is not None and widget is not view:
        if _scrolled(widget):
            return True
        widget = widget.parentWidget()
    return False


def cut_widgets(view: QWidget) -> list[str]:
    """Every widget of view (not of its child windows) that is narrower or lower than its least size, or reaches
    past its parent's edge; described for an assertion's message."""
    cut = []
    for widget in view.findChildren(QWidget):
        if widget.window() is not view or not widget.isVisibleTo(view) or _scrolled(widget) \
                or widget.objectName().startswith("qt_"):  # a part Qt places inside its own widget (a spin box's)
            continue
        least, parent = least_size(widget), widget.parentWidget()
        if widget.width() < least.width() or widget.height() < least.height() \
                or not parent.rect().contains(widget.geometry()):
            cut.append(f"{type(widget).__name__} {widget.objectName()!r} at {widget.geometry().getRect()} "
                       f"needs {least.toTuple()} in {type(parent).__name__} {parent.size().toTuple()}")
    return cut


def unreachable_buttons(view: QWidget) -> list[str]:
    """The buttons of view that lie, whole or in part, outside its window (out of reach of a click)."""
    room = view.rect()
    return [button.text() or type(button).__name__ for button in view.findChildren(QAbstractButton)
            if button.window() is view and button.isVisibleTo(view) and not _in_scrolled_content(button, view)
            and not room.contains(button.rect().translated(button.mapTo(view, button.rect().topLeft())))]
