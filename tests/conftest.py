"""Shared test setup: Qt renders offscreen, so tests run without a display."""

import os

# Must be set before any Qt module loads (pytest-qt creates the app lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _unsaved_edit_question_answered(monkeypatch):
    """A window closed (or moved to another article) over an unsaved edit asks Save / Discard / Cancel in a modal
    box, which would wait forever in a test that does not answer it: unless the test answers the box itself
    (patching QMessageBox.exec, as the tests of the question do), the answer is Discard — the old behaviour."""
    from PySide6.QtWidgets import QMessageBox

    from ui.common import unsaved

    asked, untouched = unsaved.ask_to_save, QMessageBox.exec

    def answered(parent, what):
        return asked(parent, what) if QMessageBox.exec is not untouched else QMessageBox.Discard

    monkeypatch.setattr(unsaved, "ask_to_save", answered)
