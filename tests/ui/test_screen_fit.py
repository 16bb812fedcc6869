"""Windows open no larger than the screen: a laptop shows their edges and buttons on the first start."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ui.window.help_dialog import ShortcutsDialog


def fits(widget) -> bool:
    """Within the screen, or no larger than its layout's least size (what Qt will not shrink below)."""
    room = QGuiApplication.primaryScreen().availableGeometry()
    least = widget.minimumSizeHint()
    return widget.width() <= max(room.width(), least.width()) and widget.height() <= max(room.height(), least.height())


def test_the_main_window_and_the_meetings_window_fit_a_small_screen(qtbot, seeded_window):
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.width() < 1280 or room.height() < 800, "the test screen is larger than the defaults"
    assert fits(seeded_window), (seeded_window.size(), room)
    meetings = seeded_window.meetings.show_meetings()
    assert fits(meetings), (meetings.size(), room)
    assert meetings.width() > room.width() // 2  # shrunk to the screen, not to nothing


def test_browsers_and_dialogs_fit_too(qtbot, seeded_window):
    browser = seeded_window.claims.show_browser()
    registry = seeded_window.entities.show_registry()
    help_dialog = ShortcutsDialog(seeded_window)
    qtbot.addWidget(help_dialog)
    for view in (browser, registry, help_dialog):
        assert fits(view), (type(view).__name__, view.size())
