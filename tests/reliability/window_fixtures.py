"""Fixtures for the reliability tests that open Kaidan's window (imported by those test files).

Settings go to a temporary folder, never the user's; the thread pool is
drained after each test; libraries are imported with core.jobs (no window).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import require
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ANNOTATOR = "テスト花子"


@pytest.fixture
def quiet_settings(qapp, tmp_path_factory):
    """Empty settings in a temporary folder with an annotator set (no first-run question)."""
    QCoreApplication.setOrganizationName("KaidanTests")
    QCoreApplication.setApplicationName("KaidanTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    folder = str(tmp_path_factory.mktemp("settings"))
    for settings_format in (QSettings.IniFormat, QSettings.NativeFormat):  # (Qt's file dialog keeps its own
        QSettings.setPath(settings_format, QSettings.UserScope, folder)  # history in the native format)
    QSettings().clear()
    QSettings().setValue("annotator/name", ANNOTATOR)
    yield
    QThreadPool.globalInstance().waitForDone()
    QSettings().clear()


@pytest.fixture
def window_on(qtbot, quiet_settings):
    """Factory: open a window on a library file, wait until its list holds rows articles."""
    from ui.window.main_window import MainWindow

    windows = []

    def open_window(db_path, rows: int):
        window = MainWindow(db_path)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=20000)
        return window

    yield open_window
    for window in windows:
        window.close()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def library_window(tmp_path, window_on):
    """Factory: import paths into a new library (with core.jobs), open a window on it."""
    from core.jobs import import_paths

    def open_window(paths, name: str = "library.db"):
        summary = import_paths(paths, tmp_path / name)
        assert not summary.failed, summary.failed
        return window_on(tmp_path / name, len(summary.imported))

    return open_window


def seed_paths() -> list[Path]:
    """The shared seed page dumps (the test fails without them)."""
    return sorted(require(SHARED / "seeds", "the seed pages").glob("*.txt"))
