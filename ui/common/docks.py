"""The side panels of the main window (entities, claims): one way to make them, and their placing.

A panel is made with its feature but placed in the window only once the window has painted its article
list (place_docks): the first frame is the list and the reader, and the saved layout is restored when the
panels join the window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QMainWindow, QTreeWidget, QWidget

DOCK_SHARE = 0.25  # of the window's width, for the side panels on a first start


def right_dock(title: str, name: str, widget: QWidget) -> QDockWidget:
    """A closable, movable panel for the window's right side (placed by place_docks); name lets the window
    remember its place. Until it is placed it belongs to no window: its toggle is disabled meanwhile."""
    dock = QDockWidget(title)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable)
    dock.toggleViewAction().setEnabled(False)  # shown before it is placed, it would float on its own
    return dock


def place_docks(window: QMainWindow, docks, state: QByteArray) -> None:
    """Put each dock on the window's right, in order, then where the saved state (QMainWindow.saveState) had
    them: moved, tabbed, floating or closed. Qt restores only the docks the window holds, so this comes after."""
    for dock in docks:
        window.addDockWidget(Qt.RightDockWidgetArea, dock)
        # shown now, as a dock of a window not yet shown would be: the state then closes those closed when it
        # was saved (a dock it does not name stays open); shown later, they would open over the state
        dock.show()
        dock.toggleViewAction().setEnabled(True)
    if not state.isEmpty():
        window.restoreState(state)
        return
    if len(docks) > 1:
        # A first start: the stacked panels share the height evenly. Left to Qt, the first took most of it
        # and the last (claims) showed seven rows at 1400×850.
        window.resizeDocks(list(docks), [window.height() // len(docks)] * len(docks), Qt.Vertical)
    if docks:
        # … and take no more than a share of the width (never less than they need): at their own width in a
        # 760-pixel window (half a laptop's screen) they left the article list some 80 pixels beside the reader.
        least = max(dock.minimumSizeHint().width() for dock in docks)
        width = max(least, min(max(dock.width() for dock in docks), round(window.width() * DOCK_SHARE)))
        window.resizeDocks(list(docks), [width] * len(docks), Qt.Horizontal)


def panel_list(headers: list[str], name: str) -> QTreeWidget:
    """The flat, single-selection list a side panel shows (one row per item), named name for screen readers."""
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SingleSelection)
    tree.setAlternatingRowColors(True)
    # A side panel is narrow: its columns fit its width and elide long text (the whole text is in the
    # tooltip), rather than scroll sideways under a scrollbar that takes a row's height.
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    tree.setTextElideMode(Qt.ElideRight)
    return tree


def panel_summary() -> QLabel:
    """The quiet line above a side panel's list (counts)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.PlaceholderText)
    return label
