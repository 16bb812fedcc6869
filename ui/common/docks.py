"""The side panels of the main window (entities, claims): one way to make them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QMainWindow, QTreeWidget, QWidget


def right_dock(window: QMainWindow, title: str, name: str, widget: QWidget) -> QDockWidget:
    """A closable, movable panel on the right; name lets the window remember its place."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    return dock


def panel_list(headers: list[str]) -> QTreeWidget:
    """The flat, single-selection list a side panel shows (one row per item)."""
    tree = QTreeWidget()
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SingleSelection)
    tree.setAlternatingRowColors(True)
    return tree


def panel_summary() -> QLabel:
    """The quiet line above a side panel's list (counts)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.PlaceholderText)
    return label
