"""A window ready for the keyboard and for screen readers: every control named, Tab never trapped.

Qt announces a control by its accessible name, else by the text of the label whose buddy it is. A search
field with only a placeholder, or a slider with only a tooltip, is announced as "edit" or "slider": the
placeholder vanishes once the user types and a tooltip shows only under the mouse. Views (lists, tables,
the article text) get their names where they are built; fields are named here from the hint they show.
A view that selects whole rows would spend Tab on moving between the cells of a row and hold the focus in
it: Tab leaves it instead (its arrows move the row).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QWidget,
)

FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractButton)


def spoken_name(widget: QWidget) -> str:
    """The name the platform's accessibility interface gives widget (what a screen reader says). A combo box
    is the exception: Qt gives it its current item, never its label, so only a name set on it counts."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Name).strip() if interface is not None else ""


def buddy_text(widget: QWidget) -> str:
    """The text of the label whose buddy widget is, else of its form row's label (a radio button choosing the
    row, say), without & and colon; "" when it has neither."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    text = next((label.text() for label in parent.findChildren(QLabel) if label.buddy() is widget), "")
    for form in [] if text else parent.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, (QLabel, QAbstractButton)):
            text = label.text()
            break
    return re.sub(r"&(.)", r"\1", text).strip().rstrip(":：")


def shown_hint(widget: QWidget) -> str:
    """The hint widget shows a sighted user: its placeholder, else the first line of a plain-text tooltip."""
    placeholder = getattr(widget, "placeholderText", None)
    if placeholder is not None and placeholder().strip():
        return placeholder().strip()
    tooltip = widget.toolTip().strip()
    return "" if not tooltip or re.search(r"<[a-zA-Z/]", tooltip) else tooltip.splitlines()[0]


def name_fields(root: QWidget) -> None:
    """Give each field of root that has no spoken name (no accessible name, no label buddy) its shown hint."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, FIELDS) or widget.focusPolicy() == Qt.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line of a spin box or combo: the outer control is the one announced
        name = "" if spoken_name(widget) else (buddy_text(widget) if isinstance(widget, QComboBox) else "") \
            or shown_hint(widget)
        if name:
            widget.setAccessibleName(name)


def label_for(label: QLabel, widget: QWidget) -> QLabel:
    """Make label (a section heading) the name a screen reader gives widget; returns label."""
    label.setBuddy(widget)
    return label


def free_tab(root: QWidget) -> None:
    """Tab leaves each view of root that selects whole rows (arrows still move between its rows)."""
    for view in root.findChildren(QAbstractItemView):
        if view.selectionBehavior() == QAbstractItemView.SelectRows:
            view.setTabKeyNavigation(False)


def keyboard_ready(root: QWidget) -> None:
    """Name root's unnamed fields and free Tab from its row views (called once a window is built)."""
    name_fields(root)
    free_tab(root)
