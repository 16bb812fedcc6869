"""Entity corrections as undoable commands over core.store.mentions and core.store.registry."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from core.registry import Entity
from core.store.mentions import add_user_mention, remove_user_mention, update_mention
from core.store.registry import merge_entities, restore_entity, save_entity, unmerge_entities
from ui.common.annotator import annotator_name


class EntityEvents(QObject):
    """What commands changed, so the reader, panel and registry window refresh."""

    mentions_changed = Signal(int)  # article id
    registry_changed = Signal()


class MentionIds:
    """Maps a user mention's first id to its current one.

    Redoing an addition inserts a new row with a new id; later commands on the stack
    still name the first id, so they look it up here.
    """

    def __init__(self) -> None:
        self._current: dict[int, int] = {}

    def current(self, mention_id: int) -> int:
        return self._current.get(mention_id, mention_id)

    def moved(self, first_id: int, new_id: int) -> None:
        self._current[first_id] = new_id


class AddMentionCommand(QUndoCommand):
    """The user marks a span as an entity; overlapping mentions are rejected until undo."""

    def __init__(self, db, ids: MentionIds, events: EntityEvents, article_id: int, start: int,
                 end: int, type_: str, entity_id: str | None = None, text: str = "") -> None:
        super().__init__(text or f"Mark as {type_}")
        self.db, self.ids, self.events = db, ids, events
        self.article_id, self.start, self.end = article_id, start, end
        self.type, self.entity_id = type_, entity_id
        self.first_id: int | None = None
        self.displaced: list[tuple[int, str]] = []

    def redo(self) -> None:
        new_id, self.displaced = add_user_mention(
            self.db, self.article_id, self.start, self.end, self.type, self.entity_id,
            annotator=annotator_name())
        if self.first_id is None:
            self.first_id = new_id
        else:
            self.ids.moved(self.first_id, new_id)
        self.events.mentions_changed.emit(self.article_id)

    def undo(self) -> None:
        remove_user_mention(self.db, self.ids.current(self.first_id), restore=self.displaced,
                            annotator=annotator_name())
        self.events.mentions_changed.emit(self.article_id)


class UpdateMentionCommand(QUndoCommand):
    """Change a mention's type, link or state (reject); undo puts the old values back."""

    def __init__(self, db, ids: MentionIds, events: EntityEvents, article_id: int,
                 mention_id: int, fields: dict, text: str) -> None:
        super().__init__(text)
        self.db, self.ids, self.events = db, ids, events
        self.article_id, self.mention_id, self.fields = article_id, mention_id, dict(fields)
        self.previous: dict = {}

    def redo(self) -> None:
        self.previous = update_mention(self.db, self.ids.current(self.mention_id), annotator_name(),
                                      **self.fields)
        self.events.mentions_changed.emit(self.article_id)

    def undo(self) -> None:
        update_mention(self.db, self.ids.current(self.mention_id), annotator_name(), **self.previous)
        self.events.mentions_changed.emit(self.article_id)


class SaveEntityCommand(QUndoCommand):
    """Store the user's version of an entity (new or edited)."""

    def __init__(self, db, events: EntityEvents, entity: Entity, text: str = "") -> None:
        super().__init__(text or f"Edit Entity {entity.name}")
        self.db, self.events = db, events
        # A copy: the caller's object may be the registry's own, which later edits change.
        self.entity = replace(entity, aliases=list(entity.aliases), attributes=dict(entity.attributes))
        self.previous: dict | None = None

    def redo(self) -> None:
        self.previous = save_entity(self.db, self.entity, annotator_name())
        self.events.registry_changed.emit()

    def undo(self) -> None:
        restore_entity(self.db, self.entity.id, self.previous)
        self.events.registry_changed.emit()


class MergeEntitiesCommand(QUndoCommand):
    """Fold one entity into another: names become aliases, mentions are relinked."""

    def __init__(self, db, events: EntityEvents, keep: Entity, merge: Entity) -> None:
        super().__init__(f"Merge {merge.name} into {keep.name}")
        self.db, self.events = db, events
        self.keep_id, self.merge_id = keep.id, merge.id
        self.relinked: list[int] = []

    def redo(self) -> None:
        self.relinked = merge_entities(self.db, self.keep_id, self.merge_id, annotator_name())
        self.events.registry_changed.emit()

    def undo(self) -> None:
        unmerge_entities(self.db, self.merge_id, self.relinked)
        self.events.registry_changed.emit()
