"""Walk a window for what a screen reader needs: every control the keyboard reaches has a spoken name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QGraphicsView, QLineEdit,
    QPlainTextEdit, QScrollBar, QTextEdit, QWidget,
)

from ui.common.accessible import spoken_name

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
            QAbstractSlider, QGraphicsView)



def _inner(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo: the outer control is the one announced."""
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible, focusable controls of root with no spoken name, described for a failure message."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or _inner(widget):
            continue
        if widget.window() is not root.window() or not widget.isVisibleTo(root.window()):
            continue
        if widget.focusPolicy() == Qt.NoFocus or spoken_name(widget).strip():
            continue
        found.append(f"{type(root).__name__}: {type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def twin_names(root: QWidget) -> list[str]:
    """The spoken names two or more visible, focusable controls of root share (a screen reader cannot tell them
    apart), described for a failure message."""
    controls: dict[str, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or _inner(widget):
            continue
        if widget.window() is not root.window() or not widget.isVisibleTo(root.window()):
            continue
        if widget.focusPolicy() != Qt.NoFocus and spoken_name(widget).strip():
            controls.setdefault(spoken_name(widget).strip(), []).append(type(widget).__name__)
    return [f"{type(root).__name__}: {name!r} names {', '.join(kinds)}" for name, kinds in controls.items()
            if len(kinds) > 1]


def spoken_names(root: QWidget) -> list[str]:
    """The spoken names of root's visible controls (to check the language they are in)."""
    return [spoken_name(w) for w in [root, *root.findChildren(QWidget)]
            if isinstance(w, CONTROLS) and not _inner(w) and w.window() is root.window() and w.isVisibleTo(w.window())]
