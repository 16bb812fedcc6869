"""Shared test setup: Qt renders offscreen, so tests run without a display."""

import os

# Must be set before any Qt module loads (pytest-qt creates the app lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
