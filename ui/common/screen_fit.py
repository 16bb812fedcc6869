"""A window's first size: the size it was designed for, but never larger than the screen it opens on.

A laptop's screen (1366×768, less a task bar) is smaller than the roomy defaults of the main window,
the meetings window or the claims browser; opened at those, their bottom rows and buttons would sit
below the screen's edge. A size the user chose (restored from the settings) is left to Qt.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around a window that would fill the screen: its frame and title bar stay in view.
MARGIN = 40


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize widget to width × height, shrunk to the available part of the screen it opens on."""
    owner = widget.parentWidget()
    screen = (owner.screen() if owner is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, max(room.width() - MARGIN, widget.minimumWidth()))
        height = min(height, max(room.height() - MARGIN, widget.minimumHeight()))
    widget.resize(width, height)
