"""The undo stack of the window: one command over core edits; an edit that could not be saved is never shown as done."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.edits import Edit
from core.edits.journal import ChangedElsewhere
from core.store.errors import DiskFull, LibraryGone, LibraryReadOnly, RowGone, WriteRefused
from ui.common.plain import excerpt, visible
from ui.common.read_only import read_only_reason
from ui.common.refusals import refusal_of
from ui.edits.elsewhere import elsewhere_reason

# What an edit named and found gone (core.store.errors.RowGone.what), in the words of its refusal.
GONE = {
    "meeting": QT_TRANSLATE_NOOP("EditStack", "the meeting is no longer in the library: another window or a "
                                              "command deleted it or proposed meetings again"),
    "meeting_link": QT_TRANSLATE_NOOP("EditStack", "the link between these meetings is no longer in the "
                                                   "library: another window or a command removed it"),
    "meeting_mention": QT_TRANSLATE_NOOP("EditStack", "the meeting mention is no longer in the library: another "
                                                      "window or a command proposed meetings again"),
    "entity": QT_TRANSLATE_NOOP("EditStack", "the entity is no longer in the registry: another window merged it "
                                             "into another or took it back"),
    "article": QT_TRANSLATE_NOOP("EditStack", "the article is no longer in the library: another window or a "
                                              "command deleted it"),
    "claim": QT_TRANSLATE_NOOP("EditStack", "the claim is no longer in the library: another window or a command "
                                            "deleted it or proposed claims again"),
    "mention": QT_TRANSLATE_NOOP("EditStack", "the name is no longer in the library: another window or a command "
                                              "ran detection again"),
    "decision": QT_TRANSLATE_NOOP("EditStack", "the annotator's decision is no longer in the library: the team's "
                                               "libraries were merged again elsewhere without it"),
}
# What an edit found when the article it marks was cleaned again elsewhere (RowGone.recleaned): nothing was
# deleted, the words it marked moved or went with the lines dropped.
RECLEANED = QT_TRANSLATE_NOOP("EditStack", "the words it marks are no longer where they were: another window or "
                                           "a command cleaned the article again (Reload shows it as it is now)")

MENU_CHARS = 60  # an edit's name in the Edit menu: a holder or entity name can be a pasted paragraph


def menu_text(text: str) -> str:
    """An edit's text as the Undo and Redo items show it: one line, cut to MENU_CHARS with …, each & drawn
    as itself (a lone & in a menu marks the shortcut letter: 'AT&T' would read 'ATT')."""
    return excerpt(visible(text), MENU_CHARS).replace("&", "&&")


class EditStack(QUndoStack):
    """A QUndoStack of core edits, saved through the session or dropped: a failed save leaves no entry and says why."""

    failed = Signal(str)  # what could not be saved and why, in one sentence
    stepped = Signal(str)  # an undo or a redo the library took, in words for the status line
    gone = Signal(str)  # after `failed`: what an edit named was gone (RowGone.what); the views read it again

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.refusals = 0  # saves refused so far: a caller that must know whether its push was saved compares

    def push(self, edit: Edit) -> None:
        """Do the edit (it saves at once); keep it for undo only if that worked."""
        super().push(EditCommand(edit, self))

    def push_and_say(self, edit: Edit, status_bar, words: str) -> None:
        """Push an edit and, once the library took it, say so in the status bar as other actions do (a refused
        save says its own words instead)."""
        refused = self.refusals
        self.push(edit)
        if self.refusals == refused:
            status_bar.showMessage(words, 6000)

    def say_step(self, command: "EditCommand", undoing: bool) -> None:
        """Say which edit an undo or redo just took back or put again: the status line would otherwise still
        read the words of the edit's own save ("Saved the claim by …") over a claim now undone."""
        edit = excerpt(visible(command.text().split("\n")[0]), MENU_CHARS)
        self.stepped.emit((self.tr("Undone: {edit}") if undoing else self.tr("Redone: {edit}")).format(edit=edit))

    def keep(self, command: "EditCommand", undoing: bool, exc: ChangedElsewhere) -> None:
        """An undo (redo) refused as changed elsewhere: nothing was written, so the step goes back where it was
        (once the stack has moved past it) without writing, and the window says what changed."""
        words = (self.tr("Could not undo “{edit}”: {reason}. Nothing was changed; the edit is still saved.")
                 if undoing else self.tr("Could not redo “{edit}”: {reason}. Nothing was changed."))
        self._stay(command, undoing, words.format(edit=command.text(), reason=elsewhere_reason(exc)))

    def hold(self, command: "EditCommand", undoing: bool, exc: WriteRefused) -> None:
        """An undo (or the redo of an undone step) the library refused for now (disk full, busy, made read-only):
        nothing was written, so the step stays where it was, to undo (redo) again once the library can be
        written; dropping it would leave the edit saved with no way back from the window."""
        self.refusals += 1
        words = (self.tr("Could not undo “{edit}”: {reason}. Nothing was changed; the edit is still saved and "
                         "still on the undo list: undo it again once the library can be written.") if undoing else
                 self.tr("Could not redo “{edit}”: {reason}. Nothing was changed; it is still on the redo list: "
                         "redo it again once the library can be written."))
        self._stay(command, undoing, words.format(edit=command.text(), reason=_reason(exc)))

    def _stay(self, command: "EditCommand", undoing: bool, message: str) -> None:
        """A refused step goes back where it was once the stack has moved past it, and the window says why."""
        QTimer.singleShot(0, self, lambda: self._put_back(command, undoing))  # not after the window is gone
        self.failed.emit(message)

    def _put_back(self, command: "EditCommand", undoing: bool) -> None:
        """Move the stack back over a refused step, if it is still the one next to the index."""
        at = self.index() if undoing else self.index() - 1
        if 0 <= at < self.count() and self.command(at) is command:
            command.moved_only = True
            self.redo() if undoing else self.undo()
            command.moved_only = False

    def report(self, undoing: bool, text: str, exc: Exception, redoing: bool = False) -> None:
        """Say that a save failed, why, and what the library holds now (redoing: the redo of an undone step)."""
        self.refusals += 1
        if isinstance(exc, RowGone):  # changed elsewhere, no defect: one line, and the views read it again
            self._gone(undoing, text, exc, redoing)
            return
        if not isinstance(exc, WriteRefused):
            traceback.print_exception(exc)  # a defect: keep its trace for the report
        if isinstance(exc, (LibraryReadOnly, LibraryGone)):  # trying again will not help: say so, and what does
            self.failed.emit(self.tr("Not saved: “{edit}”: {reason}.").format(edit=text, reason=_reason(exc)))
        elif undoing:
            self.failed.emit(self.tr("Could not undo “{edit}”: {reason}. The edit is still saved "
                                     "and is no longer on the undo list.").format(edit=text, reason=_reason(exc)))
        elif isinstance(exc, DiskFull):  # waiting will not help either: space must be made
            self.failed.emit(self.tr("Not saved: “{edit}”: {reason}. Nothing was changed; free some space on "
                                     "that disk, then try the edit again.").format(edit=text, reason=_reason(exc)))
        else:
            self.failed.emit(self.tr("Not saved: “{edit}”: {reason}. Nothing was changed; "
                                     "try the edit again in a moment.").format(edit=text, reason=_reason(exc)))


    def _gone(self, undoing: bool, text: str, exc: RowGone, redoing: bool = False) -> None:
        """An edit (undo, redo) of something another window or a command removed or wrote again meanwhile:
        nothing was written; say what is gone in one line, then have every view read the library again."""
        if exc.recleaned:
            reason = QCoreApplication.translate("EditStack", RECLEANED)
        elif exc.what in GONE:
            reason = QCoreApplication.translate("EditStack", GONE[exc.what])
        else:
            reason = self.tr("what it changes is no longer in the library: another window or a command removed it")
        if undoing:
            self.failed.emit(self.tr("Could not undo “{edit}”: {reason}. Nothing was changed; the step is no "
                                     "longer on the undo list.").format(edit=text, reason=reason))
        elif redoing:  # not the edit's first save: "Not saved" would read as if it had never been
            self.failed.emit(self.tr("Could not redo “{edit}”: {reason}. Nothing was changed.").format(
                edit=text, reason=reason))
        else:
            self.failed.emit(self.tr("Not saved: “{edit}”: {reason}. Nothing was changed.").format(
                edit=text, reason=reason))
        self.gone.emit(exc.what)


def _passing(exc: WriteRefused) -> bool:
    """Whether the library may take the write later (space freed, the other writer done, made writable again);
    a library moved or deleted under the window never will."""
    return not isinstance(exc, LibraryGone)


def _reason(exc: Exception) -> str:
    """Why a save failed: a refusal in the window's words from its kind (core's words are English and name
    the library's path), a read-only library in its one sentence, a defect as its exception says."""
    if isinstance(exc, LibraryReadOnly):
        return read_only_reason()
    if isinstance(exc, WriteRefused):
        return refusal_of(exc)
    text = str(exc).rstrip(".") or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


class EditCommand(QUndoCommand):
    """The one undo command: redo applies the edit and keeps its inverse; undo applies the inverse.

    When a save raises, the command becomes obsolete (the stack drops it) and the stack says why; an undo or
    redo refused because another window changed the same thing since (ChangedElsewhere), or refused by the
    library for now (a full disk, a busy or read-only library: EditStack.hold), keeps the step.
    """

    def __init__(self, edit: Edit, stack: EditStack) -> None:
        # Before the line break: text(), the edit's whole name on one line, for the message when a save fails;
        # after it: actionText(), the words of the Undo and Redo items.
        whole = " ".join(edit.text.splitlines())
        super().__init__(f"{whole}\n{menu_text(edit.text)}" if whole.strip() else whole)
        self.edit: Edit | None = edit
        self.inverse: Edit | None = None
        self.stack = stack
        self.span = None  # the change log rows the edit wrote when last applied
        self.undo_span = None  # … and those its inverse wrote when last undone (None: never undone)
        self.moved_only = False  # the stack is putting back a refused step: move, write nothing

    def redo(self) -> None:
        if self.moved_only:
            self.moved_only = False
            return
        # A redo checks what the undo wrote; an inverse that logs nothing is checked by the edit's own rows.
        checks = self.undo_span if self.undo_span is None or self.undo_span[0] < self.undo_span[1] else self.span
        again = self.span is not None  # a redo of an undone step, not the edit's first save
        try:
            self.inverse, self.span = self.stack.session.apply_step(self.edit, checks)
            if again:
                self.stack.say_step(self, False)
        except ChangedElsewhere as exc:
            self.stack.keep(self, False, exc)
        except WriteRefused as exc:
            if self.span is not None and _passing(exc):  # a redo of an undone step: it stays for a later redo
                self.stack.hold(self, False, exc)
            else:  # the edit's first save: it leaves no entry
                self.setObsolete(True)
                self.stack.report(False, self.text(), exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            self.setObsolete(True)
            self.stack.report(False, self.text(), exc, redoing=again)

    def undo(self) -> None:
        if self.moved_only:
            self.moved_only = False
            return
        try:
            self.edit, self.undo_span = self.stack.session.apply_step(self.inverse, self.span)
            self.stack.say_step(self, True)
        except ChangedElsewhere as exc:
            self.stack.keep(self, True, exc)
        except WriteRefused as exc:
            if _passing(exc):
                self.stack.hold(self, True, exc)
            else:  # the library is gone: no undo can ever be saved from this window
                self.setObsolete(True)
                self.stack.report(True, self.text(), exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            # The edit stays in the library and can no longer be undone from here.
            self.setObsolete(True)
            self.stack.report(True, self.text(), exc)
