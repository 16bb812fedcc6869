"""Starting the window: the QApplication, its names, theme and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.store.lock import configure as configure_lock
from ui.common.i18n import chosen_language, install_translators
from ui.common.theme import ThemeFollower, apply_theme
from ui.window.library_choice import open_main_window

# An edit waits this long for another Kaidan process's write; then it is not saved, and says so.
EDIT_WAIT_SECONDS = 5.0


def name_application(app: QApplication) -> None:
    """Kaidan's names for settings. No display name: the platform would append it to every
    window title ("Kaidan — lib.db — Kaidan"); the titles name Kaidan themselves."""
    app.setOrganizationName("Kaidan")
    app.setApplicationName("Kaidan")


def run(db_path: str | Path) -> int:
    """Open the window on the library at db_path; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    name_application(app)
    install_translators(app, chosen_language())  # the window's texts are read as it is built
    apply_theme(app)
    configure_lock(wait=EDIT_WAIT_SECONDS, label="the Kaidan window")
    ThemeFollower(app)
    window = open_main_window(db_path)  # a library it cannot open is named, with a way out
    window.show()
    return app.exec()
