"""The undo stack of the window: an edit that could not be saved is never shown as done."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.store.errors import WriteRefused


class EditStack(QUndoStack):
    """A QUndoStack whose commands are saved or dropped: a failed save leaves no entry and says why."""

    failed = Signal(str)  # what could not be saved and why, in one sentence

    def push(self, command: QUndoCommand) -> None:
        """Do the command (it saves at once); keep it for undo only if that worked."""
        super().push(_Saved(command, self))

    def report(self, undoing: bool, text: str, exc: Exception) -> None:
        """Say that a save failed, why, and what the library holds now."""
        if not isinstance(exc, WriteRefused):
            traceback.print_exception(exc)  # a defect: keep its trace for the report
        if undoing:
            self.failed.emit(f"Could not undo “{text}”: {_reason(exc)}. The edit is still saved "
                             "and is no longer on the undo list.")
        else:
            self.failed.emit(f"Not saved: “{text}”: {_reason(exc)}. Nothing was changed; "
                             "try the edit again in a moment.")


def _reason(exc: Exception) -> str:
    text = str(exc).rstrip(".") or type(exc).__name__
    return text if isinstance(exc, WriteRefused) else f"{type(exc).__name__}: {text}"


class _Saved(QUndoCommand):
    """Wraps one command: when its redo or undo raises, it becomes obsolete and the stack drops it."""

    def __init__(self, command: QUndoCommand, stack: EditStack) -> None:
        super().__init__(command.text())
        self.command, self.stack = command, stack

    def redo(self) -> None:
        try:
            self.command.redo()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            self.setObsolete(True)
            self.stack.report(False, self.text(), exc)

    def undo(self) -> None:
        try:
            self.command.undo()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            # The edit stays in the library and can no longer be undone from here.
            self.setObsolete(True)
            self.stack.report(True, self.text(), exc)
