"""Meeting edits as undoable commands over core.store.meetings; each is saved the moment it is done."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from core.store.meetings import (
    add_meeting_mention, attach_mention, create_meeting, delete_meeting, meeting_mentions_for,
    restore_meeting, set_link_state, set_mention_state, set_participants, update_meeting,
)
from ui.annotator import annotator_name


class MeetingEvents(QObject):
    """What commands changed, so the timeline, the card and the reader marks refresh."""

    meetings_changed = Signal(int)  # meeting id (0: several or unknown)
    mentions_changed = Signal(int)  # article id


class UpdateMeetingCommand(QUndoCommand):
    """Change a meeting's fields (status, kind, dates, place, state…); undo puts them back."""

    def __init__(self, db, events: MeetingEvents, meeting_id: int, fields: dict, text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.meeting_id, self.fields = meeting_id, dict(fields)
        self.previous: dict = {}

    def redo(self) -> None:
        self.previous = update_meeting(self.db, self.meeting_id, annotator_name(), **self.fields)
        self.events.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        update_meeting(self.db, self.meeting_id, annotator_name(), **self.previous)
        self.events.meetings_changed.emit(self.meeting_id)


class SetParticipantsCommand(QUndoCommand):
    """Replace the participants (add, remove, change a role); undo restores the old list."""

    def __init__(self, db, events: MeetingEvents, meeting_id: int, participants: list[dict],
                 text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.meeting_id, self.participants = meeting_id, [dict(p) for p in participants]
        self.previous: list[dict] = []

    def redo(self) -> None:
        self.previous = set_participants(self.db, self.meeting_id, self.participants, annotator_name())
        self.events.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        set_participants(self.db, self.meeting_id, self.previous, annotator_name())
        self.events.meetings_changed.emit(self.meeting_id)


class LinkStateCommand(QUndoCommand):
    """Accept or reject a proposed link between meetings."""

    def __init__(self, db, events: MeetingEvents, link_id: int, state: str, meeting_id: int,
                 text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.link_id, self.state, self.meeting_id = link_id, state, meeting_id
        self.previous = "proposed"

    def redo(self) -> None:
        self.previous = set_link_state(self.db, self.link_id, self.state, annotator_name())
        self.events.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        set_link_state(self.db, self.link_id, self.previous, annotator_name())
        self.events.meetings_changed.emit(self.meeting_id)


class CreateMeetingCommand(QUndoCommand):
    """A new meeting; redo after undo restores the same record (same id)."""

    def __init__(self, db, events: MeetingEvents, kind: str, status: str, participants: list[dict],
                 fields: dict, text: str) -> None:
        super().__init__(text)
        self.db, self.events = db, events
        self.kind, self.status, self.participants, self.fields = kind, status, participants, dict(fields)
        self.meeting_id: int | None = None
        self.snapshot: dict | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            self.meeting_id = create_meeting(self.db, self.kind, self.status, self.participants,
                                             annotator=annotator_name(), **self.fields)
        else:
            restore_meeting(self.db, self.snapshot, annotator_name())
        self.events.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        self.snapshot = delete_meeting(self.db, self.meeting_id, annotator_name())
        self.events.meetings_changed.emit(0)


class AttachMentionCommand(QUndoCommand):
    """Tie a meeting mention to a meeting (given directly, or by the create command before it)."""

    def __init__(self, db, events: MeetingEvents, article_id: int, mention_id: int | None,
                 meeting_id: int | None = None, creator: CreateMeetingCommand | None = None,
                 text: str = "", adder: "AddMeetingMentionCommand | None" = None) -> None:
        super().__init__(text or "Attach Mention to Meeting")
        self.db, self.events = db, events
        self.article_id, self.mention_id = article_id, mention_id
        self.meeting_id, self.creator, self.adder = meeting_id, creator, adder
        self.previous: int | None = None
        self.previous_state: str | None = None

    def redo(self) -> None:
        meeting_id = self.creator.meeting_id if self.creator else self.meeting_id
        mention_id = self.current_mention()
        self.previous_state = next((m.state for m in meeting_mentions_for(
            self.db, self.article_id, with_rejected=True) if m.id == mention_id), None)
        self.previous = attach_mention(self.db, mention_id, meeting_id, annotator_name())
        self.events.mentions_changed.emit(self.article_id)
        self.events.meetings_changed.emit(meeting_id or 0)

    def current_mention(self) -> int:
        # A mention the user just marked gets its id from the command that adds it.
        return self.adder.mention_id if self.adder else self.mention_id

    def undo(self) -> None:
        mention_id = self.current_mention()
        attach_mention(self.db, mention_id, self.previous, annotator_name())
        if self.previous_state and self.previous_state != "confirmed":
            set_mention_state(self.db, mention_id, self.previous_state, annotator_name())
        self.events.mentions_changed.emit(self.article_id)
        self.events.meetings_changed.emit(0)


class AddMeetingMentionCommand(QUndoCommand):
    """The user marks a span as speaking of a meeting.

    core has no way to delete a mention yet, so undo rejects it (hidden everywhere) and
    redo confirms the same row again.
    """

    def __init__(self, db, events: MeetingEvents, article_id: int, start: int, end: int) -> None:
        super().__init__("Mark Meeting Mention")
        self.db, self.events = db, events
        self.article_id, self.start, self.end = article_id, start, end
        self.mention_id: int | None = None

    def redo(self) -> None:
        if self.mention_id is None:
            self.mention_id = add_meeting_mention(self.db, self.article_id, self.start, self.end,
                                                  annotator=annotator_name())
        else:
            set_mention_state(self.db, self.mention_id, "confirmed", annotator_name())
        self.events.mentions_changed.emit(self.article_id)

    def undo(self) -> None:
        set_mention_state(self.db, self.mention_id, "rejected", annotator_name())
        self.events.mentions_changed.emit(self.article_id)
