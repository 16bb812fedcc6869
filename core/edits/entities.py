"""Entity edits: the user's mentions (add, remove, restore, change) and the registry (save, merge)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar

from core.edits.base import ArticleEdit, Edit, copied
from core.registry import Entity
from core.store.mentions import (
    add_user_mention, mention_standing, remove_user_mention, restore_user_mention, update_mention,
)
from core.store.anchors import words_at
from core.store.transactions import atomic
from core.store.registry import entity_standing, merge_entities, restore_entity, save_entity, unmerge_entities
from core.store.errors import RowGone


@dataclass(frozen=True)
class _MentionEdit(ArticleEdit):
    kind: ClassVar[str] = "mentions"


@dataclass(frozen=True)
class AddMention(_MentionEdit):
    """The user marks body[start:end] as an entity of a type; the mentions it overlaps are rejected."""

    start: int
    end: int
    type: str
    entity_id: str | None = None

    def apply(self, db, annotator=None) -> "RemoveMention":
        """Add the mention; the inverse removes it and gives the overlapped ones their state back."""
        mention_id, displaced = add_user_mention(db, self.article_id, self.start, self.end, self.type,
                                                 self.entity_id, annotator=annotator)
        return RemoveMention(self.article_id, mention_id, tuple(displaced), text=self.text)


@dataclass(frozen=True)
class RemoveMention(_MentionEdit):
    """Take back a user mention; `displaced` are the (id, state) of the mentions it had rejected."""

    mention_id: int
    displaced: tuple = ()

    def apply(self, db, annotator=None) -> "RestoreMention":
        """Delete the mention; the inverse puts the same row (same id) back."""
        row = remove_user_mention(db, self.mention_id, restore=list(self.displaced), annotator=annotator)
        if row is None:
            raise RowGone("mention", self.mention_id)
        return RestoreMention(self.article_id, dict(row), self.displaced, text=self.text)


@dataclass(frozen=True)
class RestoreMention(_MentionEdit):
    """Put a removed user mention back with its id, rejecting again what it had displaced."""

    row: dict
    displaced: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "row", copied(self.row))

    def apply(self, db, annotator=None) -> RemoveMention:
        """Insert the row again; the inverse removes it."""
        restore_user_mention(db, dict(self.row), [other for other, _state in self.displaced], annotator)
        return RemoveMention(self.article_id, self.row["id"], self.displaced, text=self.text)


@dataclass(frozen=True)
class UpdateMention(_MentionEdit):
    """Change a mention's type, link, state (reject) or value.

    `at`: (start, end, type[, words]) of the name as the window read it. Detection run again on the article
    elsewhere (`main.py analyze`, another window) writes its proposals again under new ids, and a freed id may
    go to another name: the change then goes to the mention now over that span, never to the row that took the
    id. words (the body's there) tell a body re-cleaned elsewhere since: the decided name is found where it
    moved, and the other words now over the span are never changed."""

    mention_id: int
    fields: dict = field(default_factory=dict)
    at: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", copied(self.fields))
        object.__setattr__(self, "at", tuple(self.at))

    def apply(self, db, annotator=None) -> "UpdateMention":
        """Change the fields; the inverse sets them back."""
        with atomic(db):
            mention_id = self.mention_id
            if self.at:
                mention_id = mention_standing(db, mention_id, self.article_id, *self.at)
                if mention_id is None:  # re-cleaned (other words there now), or detected again without it
                    raise RowGone("mention", self.mention_id, recleaned=self._recleaned(db))
            previous = update_mention(db, mention_id, annotator, **self.fields)
        return UpdateMention(self.article_id, mention_id, previous, text=self.text)

    def _recleaned(self, db) -> bool:
        """Whether the body no longer reads the name's words where the window read them (cleaned again since)."""
        return len(self.at) > 3 and self.at[3] is not None and words_at(db, self.article_id, *self.at[:2]) != self.at[3]


@dataclass(frozen=True)
class _RegistryEdit(Edit):
    kind: ClassVar[str] = "registry"


@dataclass(frozen=True)
class SaveEntity(_RegistryEdit):
    """Store the user's version of an entity (new or edited)."""

    entity: Entity
    # an edit of an entity the window read (not a new one): refused (RowGone) when it was merged into another
    # or taken back elsewhere since, instead of saved into a hidden row or brought back unseen
    edited: bool = False

    def __post_init__(self) -> None:
        # A copy: the caller's object may be the registry's own, which later edits change.
        object.__setattr__(self, "entity", replace(self.entity, aliases=list(self.entity.aliases),
                                                   attributes=copied(self.entity.attributes)))

    @property
    def ids(self) -> tuple:
        return (self.entity.id,)

    def apply(self, db, annotator=None) -> "RestoreEntity":
        """Save the entity; the inverse puts back the user's previous version (or none)."""
        with atomic(db):
            if self.edited:
                entity_standing(db, self.entity.id)
            previous = save_entity(db, self.entity, annotator)
        return RestoreEntity(self.entity, self.edited, previous, text=self.text)


@dataclass(frozen=True)
class RestoreEntity(SaveEntity):
    """Put back the user row an entity had before `entity` was saved (None: the bundled entry again)."""

    previous: dict | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "previous", copied(self.previous))

    def apply(self, db, annotator=None) -> SaveEntity:
        """Restore the previous row; the inverse saves `entity` again."""
        restore_entity(db, self.entity.id, copied(self.previous))
        return SaveEntity(self.entity, self.edited, text=self.text)


@dataclass(frozen=True)
class MergeEntities(_RegistryEdit):
    """Fold one entity into another: its names become aliases, its mentions are relinked."""

    keep_id: str
    merge_id: str

    @property
    def ids(self) -> tuple:
        return (self.keep_id, self.merge_id)

    def apply(self, db, annotator=None) -> "UnmergeEntities":
        """Merge; the inverse unlinks the very mentions this merge relinked."""
        relinked = merge_entities(db, self.keep_id, self.merge_id, annotator)
        return UnmergeEntities(self.keep_id, self.merge_id, tuple(relinked), text=self.text)


@dataclass(frozen=True)
class UnmergeEntities(MergeEntities):
    """Take a merge back: the merged entity stands alone again with the mentions it had."""

    relinked: tuple = ()

    def apply(self, db, annotator=None) -> MergeEntities:
        """Unmerge; the inverse merges again."""
        unmerge_entities(db, self.merge_id, list(self.relinked))
        return MergeEntities(self.keep_id, self.merge_id, text=self.text)
