"""The side panels of the main window (entities, claims): one way to make them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def right_dock(window: QMainWindow, title: str, name: str, widget: QWidget) -> QDockWidget:
    """A closable, movable panel on the right; name lets the window remember its place."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    return dock
