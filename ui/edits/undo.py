"""Cleaning corrections as undoable commands over core.corrections.set_line_label."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from core.corrections import set_line_label
from ui.common.annotator import annotator_name

CHOICE_TEXT = {
    "body": "Mark Line {line} as Body",
    "drop": "Mark Line {line} as Boilerplate",
    None: "Let the Cleaner Decide Line {line}",
}


class SetLineLabelCommand(QUndoCommand):
    """Force one raw line to body/drop (or back to automatic); undo restores the old choice."""

    def __init__(
        self,
        db,
        article_id: int,
        line: int,
        label: str | None,
        changed: Callable[[int], None],
        annotator: str | None = None,
    ) -> None:
        super().__init__(CHOICE_TEXT[label].format(line=line))
        self.db = db
        self.article_id, self.line, self.label = article_id, line, label
        self.previous: str | None = None
        self._changed = changed
        # Who asked; the settings' annotator when the caller does not say.
        self._annotator = annotator or annotator_name()

    def redo(self) -> None:
        # set_line_label saves at once and returns the override it replaced.
        self.previous = set_line_label(self.db, self.article_id, self.line, self.label, self._annotator)
        self._changed(self.article_id)

    def undo(self) -> None:
        set_line_label(self.db, self.article_id, self.line, self.previous, self._annotator)
        self._changed(self.article_id)


class GroupCommand(QUndoCommand):
    """Several commands as one undo step, done in order and undone in reverse.

    Held in a Python list rather than as Qt child commands, whose Python wrappers
    would otherwise be collected while Qt still points at them.
    """

    def __init__(self, text: str, commands: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.commands = commands

    def redo(self) -> None:
        done: list[QUndoCommand] = []
        try:
            for command in self.commands:
                command.redo()
                done.append(command)
        except Exception:
            for command in reversed(done):  # all or nothing: take back what was saved
                command.undo()
            raise

    def undo(self) -> None:
        undone: list[QUndoCommand] = []
        try:
            for command in reversed(self.commands):
                command.undo()
                undone.append(command)
        except Exception:
            for command in reversed(undone):
                command.redo()
            raise
