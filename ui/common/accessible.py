"""Names a screen reader speaks for the controls of a window.

Qt announces a control by its accessible name, else by the text of the label whose buddy it is. A search
field with only a placeholder, or a slider with only a tooltip, is announced as "edit" or "slider": the
placeholder vanishes once the user types and a tooltip shows only under the mouse. Views (lists, tables,
the article text) get their names where they are built; fields are named here from the hint they show.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QWidget,
)

FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractButton)


def spoken_name(widget: QWidget) -> str:
    """The name the platform's accessibility interface gives widget (what a screen reader says)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Name).strip() if interface is not None else ""


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
        if not spoken_name(widget) and shown_hint(widget):
            widget.setAccessibleName(shown_hint(widget))


def label_for(label: QLabel, widget: QWidget) -> QLabel:
    """Make label (a section heading) the name a screen reader gives widget; returns label."""
    label.setBuddy(widget)
    return label


def label_rows(form: QFormLayout) -> None:
    """A form row whose field is a layout (a field with a button beside it) names its first field by the row's
    label, as a row holding one field does by itself."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.LabelRole)
        field = form.itemAt(row, QFormLayout.FieldRole)
        if label is None or field is None or field.layout() is None or not isinstance(label.widget(), QLabel):
            continue
        first = next((field.layout().itemAt(i).widget() for i in range(field.layout().count())
                      if field.layout().itemAt(i).widget() is not None), None)
        if first is not None and label.widget().buddy() is None:
            label.widget().setBuddy(first)
