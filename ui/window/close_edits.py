"""Closing the main window over an edit not saved yet: a claim in its editor, a meeting field being typed in
the meetings window (the same edits F5 and a change made elsewhere never drop, ui.window.reload). The window
asks Save, Discard or Cancel (ui.common.unsaved) and closes only once the edits are saved or dropped."""

from __future__ import annotations

from ui.common.unsaved import claim_unsaved, may_close, meeting_unsaved
from ui.window.reload import claim_being_edited, meeting_being_typed


def may_close_window(window) -> bool:
    """Whether the main window may close: nothing unsaved, or the user saved (and the library took it) or
    discarded it; Cancel, or a save refused, keeps the window open with the edit."""
    claim, meeting = claim_being_edited(window), meeting_being_typed(window)
    what = "\n".join(words() for pending, words in ((claim, claim_unsaved), (meeting, meeting_unsaved)) if pending)
    meetings = window.meetings.meetings_window

    def save() -> bool:
        saved = window.claims.save_editor() if claim else True
        return (meetings.save_typing() if meeting else True) and saved

    def discard() -> None:
        window.claims.close_editor()
        if meeting:
            meetings.card.discard_typing()

    return may_close(window, what, save, discard)
