"""Closing a window over an edit not saved yet asks first, as a desktop app does.

Enter saves a claim in its editor or a meeting field being typed, Esc cancels it; closing the window used to
act like one of them without a word. Now it asks: Save (the way Enter saves), Discard, or Cancel (the window
stays open with the edit). A save the library refuses (busy, read-only, disk full) keeps the window open too:
the refusal is said where every refused edit is said, and the edit is still there to save again.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def claim_unsaved() -> str:
    return translate("Unsaved", "The claim in the editor is not saved yet.")


def meeting_unsaved() -> str:
    return translate("Unsaved", "The meeting field being typed is not saved yet.")


def ask_to_save(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """Ask whether to save the edit in progress (what: which one, in a sentence): Save, Discard or Cancel."""
    box = QMessageBox(QMessageBox.Question, "Kaidan", translate("Unsaved", "Save your edit first?"),
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
    box.setTextFormat(Qt.PlainText)
    box.setInformativeText(what)
    box.button(QMessageBox.Save).setText(translate("Unsaved", "Save"))
    box.button(QMessageBox.Discard).setText(translate("Unsaved", "Discard"))
    box.button(QMessageBox.Cancel).setText(translate("Unsaved", "Cancel"))
    box.setDefaultButton(QMessageBox.Save)
    box.setEscapeButton(QMessageBox.Cancel)
    return box.exec()


def may_close(parent: QWidget, what: str, save: Callable[[], bool], discard: Callable[[], None]) -> bool:
    """Whether the window may close over its edit in progress (what: which one; "" when there is none): asked
    first; save() says whether the library took the edit, discard() drops it."""
    if not what:
        return True
    answer = ask_to_save(parent, what)
    if answer == QMessageBox.Save:
        return save()
    if answer == QMessageBox.Discard:
        discard()
        return True
    return False
