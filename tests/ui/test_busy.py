"""The wait cursor over in-place work: shown inside the block, gone after it, even when the work fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.common.busy import busy_cursor


def test_the_wait_cursor_shows_inside_and_goes_after(qapp):
    assert QGuiApplication.overrideCursor() is None
    with busy_cursor():
        assert QGuiApplication.overrideCursor().shape() == Qt.WaitCursor
    assert QGuiApplication.overrideCursor() is None


def test_failed_work_still_restores_the_cursor(qapp):
    with pytest.raises(ValueError):
        with busy_cursor():
            raise ValueError("the re-cleaning failed")
    assert QGuiApplication.overrideCursor() is None
