"""The claim editor's place over the reader: opened at the span, closed with the focus given back, and its
values made the fields a claim stores. A part of ClaimController (its mixin), kept apart from what the keys do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt

from core.claims.drafts import ClaimDraft, stored_fields
from core.edits import AddTopic, Edit, Group
from ui.common.unsaved import claim_unsaved, may_close

if TYPE_CHECKING:
    from ui.claims.editor import ClaimEditor


class EditorHost:
    """Opens and closes the ClaimController's editor; uses its registry, stances, reader layers, undo stack, and its
    save for the editor's Enter."""

    editor: ClaimEditor | None = None
    _return_focus = None  # the widget the focus goes back to when the editor closes
    _proposed_holder: str | None = None  # the holder the editor opened with
    _new_topic: str | None = None  # a target topic the claim being saved adds to the list

    def open_editor(self, draft: ClaimDraft, return_focus=None) -> ClaimEditor:
        """Open the editor on draft just below its span (the focus goes back to return_focus, else the body)."""
        from ui.claims.editor import ClaimEditor  # loaded when a claim is first edited, not before the first paint

        if not self.may_leave_editor():
            return self.editor
        body = self.entity_layer.body
        names = [n for e in self.registry().values() for n in (e.name, e.en) if n]
        editor = ClaimEditor(draft, self.stances, names, body)
        editor.saved.connect(self.save)
        editor.cancelled.connect(self.close_editor)
        self.editor, self._return_focus = editor, return_focus or body
        self._proposed_holder = draft.holder_label
        body.ensureCursorVisible()
        cursor = body.textCursor()
        cursor.setPosition(self.layer.spans.to_document(draft.end))
        rect = body.cursorRect(cursor)
        start = body.textCursor()
        start.setPosition(self.layer.spans.to_document(draft.start))
        rect.setLeft(min(rect.left(), body.cursorRect(start).left()))
        editor.place(rect.translated(body.viewport().mapTo(body, QPoint(0, 0))))
        return editor

    def close_editor(self) -> None:
        """Close the editor, if one is open, and give the focus back."""
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            if self._return_focus is not None:
                self._return_focus.setFocus(Qt.OtherFocusReason)

    def may_leave_editor(self) -> bool:
        """Whether the open editor may close for something else to show (another article, claim or browser
        row): asked as a window closing over it is (Save, Discard, Cancel), so that no click drops a claim
        being typed; Cancel, or a save the library refused, keeps the editor (True when none is open)."""
        if self.editor is None:
            return True
        if may_close(self._parent, claim_unsaved(), self.save_editor, self.close_editor):
            return True
        if self.editor.draft.claim_id is not None:
            self.panel.select(self.editor.draft.claim_id)  # the panel's row back on the claim being edited
        return False

    def save_editor(self) -> bool:
        """Save the open editor's claim as its Enter does (a window closing over it); False if the library
        refused it: the editor opens again with what was typed, which the refusal must not take away."""
        editor = self.editor
        if editor is None:
            return True
        draft, proposed, return_focus = editor.values(), self._proposed_holder, self._return_focus
        refused = self.undo_stack.refusals
        self.save(draft)
        if self.undo_stack.refusals == refused:
            return True
        self.open_editor(draft, return_focus)
        self._proposed_holder = proposed  # a holder typed over the proposed one still resolves as typed
        return False

    def _push(self, edit: Edit, holder: str) -> None:
        """Push a claim edit, said in the status bar once saved; a new target topic joins the library's list in
        the same step."""
        if self._new_topic:
            edit = Group((AddTopic(self._new_topic), edit), text=edit.text)
        self.undo_stack.push_and_say(edit, self.status_bar, QCoreApplication.translate(
            "ClaimController", "Saved the claim by {holder}").format(
            holder=holder))

    def _fields(self, draft: ClaimDraft) -> dict:
        """The stored fields of the editor's values; a new target text joins the library's topics."""
        fields = stored_fields(draft, self._proposed_holder, self.registry())
        self._new_topic = None
        if draft.target_kind is None and fields["target_kind"] == "topic":
            self._new_topic = fields["target_text"]  # offered for the next claim too, saved with the claim
        return fields
