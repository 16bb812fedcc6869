"""Every user edit as a value: `edit.apply(db, annotator)` saves it, logs it and returns its inverse."""

from core.edits.articles import SetLineLabel, SetPublished, SetStatus
from core.edits.base import Edit, Group
from core.edits.claims import AddClaim, AddTopic, DeleteClaim, RestoreClaim, SaveClaim, UpdateClaim
from core.edits.entities import (
    AddMention, MergeEntities, RemoveMention, RestoreEntity, RestoreMention, SaveEntity, UnmergeEntities,
    UpdateMention,
)
from core.edits.gold import Gold
from core.edits.meetings import (
    AddLink, AddMeetingMention, AttachMention, CreateMeeting, DeleteMeeting, RemoveLink, RestoreMeeting,
    SetLinkState, SetMentionState, SetParticipants, TieMention, UpdateMeeting,
)

__all__ = [
    "AddClaim", "AddLink", "AddTopic", "AddMeetingMention", "AddMention", "AttachMention", "CreateMeeting",
    "DeleteClaim", "DeleteMeeting", "Edit", "Gold", "Group", "MergeEntities", "RemoveLink", "RemoveMention",
    "RestoreClaim", "RestoreEntity", "RestoreMeeting", "RestoreMention", "SaveClaim", "SaveEntity", "SetLineLabel",
    "SetPublished", "SetLinkState", "SetMentionState", "SetParticipants", "SetStatus", "TieMention",
    "UnmergeEntities", "UpdateClaim", "UpdateMeeting", "UpdateMention",
]
