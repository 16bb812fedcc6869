"""Meeting edits: fields, participants, link states, new meetings, and tying mentions to meetings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from core.edits.base import ArticleEdit, Edit, Group, copied
from core.store.anchors import words_at
from core.store.errors import RowGone
from core.store.transactions import atomic
from core.store.meetings import (
    add_link, add_meeting_mention, attach_mention, create_meeting, delete_link, delete_meeting, link_standing,
    links_of, meeting_mention_standing, meeting_mention_state, meeting_standing, restore_meeting, set_link_state, set_mention_state,
    set_participants, update_meeting,
)


@dataclass(frozen=True)
class _MeetingEdit(Edit):
    kind: ClassVar[str] = "meetings"
    meeting_id: int

    @property
    def ids(self) -> tuple:
        return (self.meeting_id,)


@dataclass(frozen=True)
class UpdateMeeting(_MeetingEdit):
    """Change a meeting's fields (status, kind, dates, place, state…).

    `created`: when the meeting the window read was made. Meetings proposed again elsewhere (`main.py meetings
    suggest`) drop proposals and may give a freed id to another meeting: the edit is then refused (RowGone),
    never saved into that other meeting."""

    fields: dict = field(default_factory=dict)
    created: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", copied(self.fields))

    def apply(self, db, annotator=None) -> "UpdateMeeting":
        """Change the fields; the inverse sets them back."""
        with atomic(db):
            meeting_standing(db, self.meeting_id, self.created)
            previous = update_meeting(db, self.meeting_id, annotator, **self.fields)
        return UpdateMeeting(self.meeting_id, previous, self.created, text=self.text)


@dataclass(frozen=True)
class SetParticipants(_MeetingEdit):
    """Replace a meeting's participants (add, remove, change a role)."""

    participants: tuple = ()
    created: str = ""  # when the meeting the window read was made (UpdateMeeting)

    def __post_init__(self) -> None:
        object.__setattr__(self, "participants", tuple(dict(p) for p in self.participants))

    def apply(self, db, annotator=None) -> "SetParticipants":
        """Replace the list; the inverse puts the old list back."""
        with atomic(db):
            meeting_standing(db, self.meeting_id, self.created)
            previous = set_participants(db, self.meeting_id, [dict(p) for p in self.participants], annotator)
        return SetParticipants(self.meeting_id, tuple(previous), self.created, text=self.text)


@dataclass(frozen=True)
class SetLinkState(_MeetingEdit):
    """Accept or reject a proposed link of the meeting shown (meeting_id) to another."""

    link_id: int
    state: str
    # (from_id, to_id, relation) of the link the window read: a link written again since under another id is
    # found by them, a freed id given to another link is not taken for it
    key: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", tuple(self.key))

    def apply(self, db, annotator=None) -> "SetLinkState":
        """Set the state; the inverse sets the previous one."""
        with atomic(db):
            link_id = link_standing(db, self.link_id, *self.key) if self.key else self.link_id
            previous = set_link_state(db, link_id, self.state, annotator)
        return SetLinkState(self.meeting_id, link_id, previous, self.key, text=self.text)


@dataclass(frozen=True)
class AddLink(_MeetingEdit):
    """The user links the meeting shown (meeting_id) to another: meeting_id precedes, prepares, is part of … to_id."""

    to_id: int
    relation: str
    created: tuple = ()  # (from, to): when the two meetings the window read were made (UpdateMeeting)

    def __post_init__(self) -> None:
        object.__setattr__(self, "created", tuple(self.created))

    @property
    def ids(self) -> tuple:
        return (self.meeting_id, self.to_id)

    def apply(self, db, annotator=None) -> "RemoveLink":
        """Add the link (accepted, the user's); the inverse removes it. A link already there is no new one."""
        with atomic(db):
            return self._add(db, annotator)

    def _add(self, db, annotator) -> "RemoveLink":
        for meeting_id, created in zip((self.meeting_id, self.to_id), self.created or ("", "")):
            meeting_standing(db, meeting_id, created)  # never a link to no meeting, or to another given its id
        if any((link.from_id, link.to_id, link.relation) == (self.meeting_id, self.to_id, self.relation)
               for link in links_of(db, self.meeting_id)):
            raise ValueError("the meetings are already linked so")
        link_id = add_link(db, self.meeting_id, self.to_id, self.relation, "user", annotator=annotator)
        return RemoveLink(self.meeting_id, link_id, text=self.text)


@dataclass(frozen=True)
class RemoveLink(_MeetingEdit):
    """Remove a link between meetings; the inverse adds it again, the user's."""

    link_id: int

    def apply(self, db, annotator=None) -> AddLink:
        """Delete it; the inverse links the same meetings by the same relation."""
        link = delete_link(db, self.link_id, annotator)
        return AddLink(link.from_id, link.to_id, link.relation, text=self.text)


@dataclass(frozen=True)
class CreateMeeting(Edit):
    """A new meeting of a kind, with a status, participants and other fields."""

    kind: ClassVar[str] = "meetings"
    meeting_kind: str
    status: str = "held"
    participants: tuple = ()
    fields: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "participants", tuple(dict(p) for p in self.participants))
        object.__setattr__(self, "fields", copied(self.fields))

    def apply(self, db, annotator=None) -> "DeleteMeeting":
        """Create it; the inverse deletes it by its new id."""
        meeting_id = create_meeting(db, self.meeting_kind, self.status, [dict(p) for p in self.participants],
                                    annotator=annotator, **self.fields)
        return DeleteMeeting(meeting_id, text=self.text)


@dataclass(frozen=True)
class DeleteMeeting(_MeetingEdit):
    """Delete a meeting; the inverse restores it with its participants, mentions, children and links."""

    def apply(self, db, annotator=None) -> "RestoreMeeting":
        """Delete it and keep what restoring needs."""
        snapshot = delete_meeting(db, self.meeting_id, annotator)
        return RestoreMeeting(self.meeting_id, snapshot, text=self.text)


@dataclass(frozen=True)
class RestoreMeeting(_MeetingEdit):
    """Put a deleted meeting back (same ids) from the snapshot its deletion kept."""

    snapshot: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "snapshot", copied(self.snapshot))

    def apply(self, db, annotator=None) -> DeleteMeeting:
        """Restore it; the inverse deletes it again."""
        restore_meeting(db, copied(self.snapshot), annotator)
        return DeleteMeeting(self.meeting_id, text=self.text)


@dataclass(frozen=True)
class _ArticleMentionEdit(ArticleEdit):
    kind: ClassVar[str] = "meeting_mentions"
    mention_id: int


@dataclass(frozen=True)
class SetMentionState(_ArticleMentionEdit):
    """Confirm or reject a meeting mention."""

    state: str

    def apply(self, db, annotator=None) -> "SetMentionState":
        """Set the state; the inverse sets the previous one."""
        previous = set_mention_state(db, self.mention_id, self.state, annotator)
        return SetMentionState(self.article_id, self.mention_id, previous, text=self.text)


@dataclass(frozen=True)
class AddMeetingMention(ArticleEdit):
    """The user marks body[start:end] as speaking of a meeting.

    A meeting mention is never deleted: the inverse rejects it (hidden everywhere)
    and its inverse confirms the same row again.
    """

    kind: ClassVar[str] = "meeting_mentions"
    start: int
    end: int

    def apply(self, db, annotator=None) -> SetMentionState:
        """Add the mention; the inverse rejects it."""
        mention_id = add_meeting_mention(db, self.article_id, self.start, self.end, annotator=annotator)
        return SetMentionState(self.article_id, mention_id, "rejected", text=self.text)


@dataclass(frozen=True)
class AttachMention(_ArticleMentionEdit):
    """Tie a meeting mention to a meeting (None: untie it); `state`, when given, is set after."""

    meeting_id: int | None
    state: str | None = None

    def changes(self) -> list[tuple[str, tuple]]:
        """The article's mention marks and the meetings."""
        return [(self.kind, self.ids), ("meetings", (self.meeting_id,) if self.meeting_id else ())]

    def apply(self, db, annotator=None) -> "AttachMention":
        """Tie it (which confirms it); the inverse ties it back with its previous state."""
        with atomic(db):
            before = meeting_mention_state(db, self.mention_id)
            previous = attach_mention(db, self.mention_id, self.meeting_id, annotator)
            if self.state and self.state != "confirmed":
                set_mention_state(db, self.mention_id, self.state, annotator)
        return AttachMention(self.article_id, self.mention_id, previous, before, text=self.text)


@dataclass(frozen=True)
class TieMention(ArticleEdit):
    """G in the reader: (mark the span as a meeting mention,) (create a meeting,) tie the mention to it.

    mention_id None (or no longer a meeting mention over the span, nor one proposed there since): the span is
    marked first; new_meeting given: it is created and
    the mention tied to it, else to meeting_id.
    """

    kind: ClassVar[str] = "meeting_mentions"
    span: tuple[int, int]
    mention_id: int | None = None
    meeting_id: int | None = None
    new_meeting: CreateMeeting | None = None
    words: str | None = None  # body[span] as the window read it (None: not checked)
    meeting_created: str = ""  # when meeting_id, as the window read it, was made (UpdateMeeting)

    def changes(self) -> list[tuple[str, tuple]]:
        """The article's mention marks and the meetings."""
        return [(self.kind, self.ids), ("meetings", (self.meeting_id,) if self.meeting_id else ())]

    def apply(self, db, annotator=None) -> Group:
        """Do every step in one transaction; the inverse is the group of their inverses, last first."""
        undo: list[Edit] = []
        with atomic(db):
            if self.new_meeting is None and self.meeting_id is not None:  # deleted or proposed again elsewhere?
                meeting_standing(db, self.meeting_id, self.meeting_created)
            mention_id = self.mention_id
            if mention_id is not None:  # meetings proposed again elsewhere may have given it another id since
                mention_id = meeting_mention_standing(db, mention_id, self.article_id, *self.span, self.words)
            if mention_id is None:
                if self.words is not None and words_at(db, self.article_id, *self.span) != self.words:
                    # re-cleaned elsewhere: the span holds other words, never marked
                    raise RowGone("meeting_mention", self.span, recleaned=True)
                rejecting = AddMeetingMention(self.article_id, *self.span, text=self.text).apply(db, annotator)
                mention_id = rejecting.mention_id
                undo.append(rejecting)
            meeting_id = self.meeting_id
            if self.new_meeting is not None:
                deleting = self.new_meeting.apply(db, annotator)
                meeting_id = deleting.meeting_id
                undo.append(deleting)
            undo.append(AttachMention(self.article_id, mention_id, meeting_id, text=self.text).apply(db, annotator))
        return Group(tuple(reversed(undo)), text=self.text)
