"""Starting the window: the QApplication, its names, theme and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.theme import ThemeFollower, apply_theme


def run(db_path: str | Path) -> int:
    """Open the window on the library at db_path; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Kaidan")
    app.setApplicationName("Kaidan")
    app.setApplicationDisplayName("Kaidan")
    apply_theme(app)
    ThemeFollower(app)
    window = MainWindow(db_path)
    window.show()
    return app.exec()
