"""The corrections a user makes to the entities of the article shown: mark a type, reject, link, new entity.

A part of EntityController (its base class): the reader's keys and menus call these as the controller's own
methods. Each correction is an edit value pushed on the undo stack, so the library has one writer and every
correction undoes. Its messages keep the controller's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from core.edits import AddMention, Edit, Group, SaveEntity, UpdateMention
from core.model import Mention
from core.registry import Entity
from core.store.link_candidates import LIBRARY_PREFIX, is_library_name, library_names, names_of
from core.store.registry import new_entity_id
from ui.common.entity_types import type_label
from ui.entities.chooser import NEW_ENTITY, UNLINK, EntityChooser
from ui.common.no_article import article_shown

translate = QCoreApplication.translate


def _mark_text(name: str, kind: str) -> str:
    """The undo entry of marking a name as a type."""
    return translate("EntityController", "Mark {name} as {type}").format(name=name, type=type_label(kind))


def _link_text(name: str, entity: Entity) -> str:
    """The undo entry of linking a name to an entity."""
    return translate("EntityController", "Link {name} to {entity}").format(name=name, entity=entity.name)


class EntityCorrections:
    """Corrections over EntityController's article (which holds db, layer, undo_stack, status_bar, entities(),
    the open chooser, dialog and registry window)."""

    def _status(self, text: str) -> None:
        self.status_bar.showMessage(text, 6000)

    def _push(self, edits: list[Edit], text: str) -> None:
        """Save a correction as one undo step and say so: a name re-typed or confirmed in its own colour, or a
        rejection, changed nothing else on the screen that told the user it was saved and could be undone."""
        self._save(edits[0] if len(edits) == 1 else Group(tuple(edits), text=text))

    def _save(self, edit: Edit) -> None:
        self.undo_stack.push_and_say(edit, self.status_bar, translate(
            "EntityController", "{edit} (Ctrl+Z undoes)").format(edit=edit.text))

    def _update(self, mention: Mention, fields: dict, text: str) -> UpdateMention:
        # At the name's span too: detection run again elsewhere may have given the name another id since.
        return UpdateMention(mention.article_id, mention.id, fields,
                             (mention.start, mention.end, mention.type, mention.text), text=text)

    def _entity_for(self, surface: str, kind: str) -> str | None:
        """The one registry entity of this type named exactly surface, if there is one."""
        found = [e.id for e in self.entities().values()
                 if e.type == kind and (e.name == surface or surface in e.aliases)]
        return found[0] if len(found) == 1 else None

    def mark_type(self, kind: str) -> None:
        """Keys 1–7: mark the selection as a type, or re-type the mention at the caret."""
        if not article_shown(self.article_id, self.status_bar):
            return
        span = self.layer.selection()
        if span is not None:
            same = [m for m in self.layer.spans.overlapping(*span) if (m.start, m.end) == span]
            if not same:
                surface = self.layer.spans.body[span[0]:span[1]]
                entity_id = None if kind == "DATE" else self._entity_for(surface, kind)
                self._push([AddMention(self.article_id, *span, kind, entity_id,
                                       text=_mark_text(surface, kind))], "")
                return
            targets = same
        else:
            targets = self.layer.targets()
        if not targets:
            self._status(translate("EntityController", "Select text first, or put the caret in a highlighted name"))
            return
        # a name already confirmed as this type: nothing to save, and no Undo entry that would undo nothing
        changed = [m for m in targets if (m.type, m.state) != (kind, "accepted")]
        if not changed:
            self._status(translate("EntityController", "{name} is already marked as {type}")
                         .format(name=targets[0].text, type=type_label(kind)))
            return
        commands = []
        for m in changed:
            fields: dict = {"type": kind}
            entity = self.entities().get(m.entity_id or "")
            if entity is not None and entity.type != kind:
                fields["entity_id"] = None  # a person's entry cannot name an organisation
            commands.append(self._update(m, fields, _mark_text(m.text, kind)))
        self._push(commands, translate("EntityController", "Mark as {type}").format(type=type_label(kind)))

    def step_name(self, direction: int) -> None:
        """] and [ (or the Entities menu): select the next or previous highlighted name, the reader focused."""
        self.layer.body.setFocus()
        if self.layer.step_name(direction) is None:
            self._status(translate("EntityController", "No highlighted name after the caret") if direction > 0
                         else translate("EntityController", "No highlighted name before the caret"))

    def reject(self) -> None:
        """Delete: reject the mention(s) at the caret or in the selection."""
        targets = self.layer.targets()
        if not targets:
            self._status(translate("EntityController", "No highlighted name at the caret or in the selection"))
            return
        rejected = [self._update(m, {"state": "rejected"},
                                 translate("EntityController", "Reject {name}").format(name=m.text)) for m in targets]
        self._push(rejected, translate("EntityController", "Reject {n} Mentions").format(n=len(targets)))

    def link(self) -> None:
        """L: choose the registry entity the mention (or selection) refers to."""
        targets = self.layer.targets()
        span = self.layer.selection()
        if not targets and span is None:
            self._status(translate("EntityController", "Select text or put the caret in a highlighted name to link it"))
            return
        mention = targets[0] if targets else None
        if mention is not None and mention.type == "DATE":
            self._status(translate("EntityController", "Dates are not linked to entities"))
            return
        text = mention.text if mention else self.layer.spans.body[span[0]:span[1]]
        registry = list(self.entities().values())
        known = set().union(*(names_of(e) for e in registry)) if registry else set()
        # The library's other names (the mention's own name would only be a new entity: Enter offers that).
        library = [e for e in library_names(self.db, known) if e.name != text]
        title = translate("EntityController", "Link {name} to…").format(name=text)
        chooser = EntityChooser(registry + library, title,
                                kind=mention.type if mention else None, search=text,
                                allow_unlink=bool(mention and mention.entity_id),
                                allow_new=True, parent=self._parent)
        if mention and mention.entity_id:
            chooser.select(mention.entity_id)
        chooser.setAttribute(Qt.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self.link_to(chooser.chosen_id, mention, span))
        chooser.destroyed.connect(lambda: setattr(self, "chooser", None))
        self.chooser = chooser
        chooser.open()

    def link_to(self, entity_id: str | None, mention: Mention | None, span: tuple[int, int] | None) -> None:
        """Link a mention (or a new user mention over span) to entity_id; UNLINK removes the link.

        A name the library knows but the registry lacks becomes a user entity first; NEW_ENTITY
        opens the new-entity dialog.
        """
        if entity_id == NEW_ENTITY:
            self.new_entity()
            return
        if is_library_name(entity_id):
            kind, name = entity_id[len(LIBRARY_PREFIX):].split(":", 1)
            self.create_entity(name, kind, mention=mention, span=span)
            return
        entity = self.entities().get(entity_id or "")
        if mention is not None:
            fields = {"entity_id": entity.id if entity else None}
            if entity is not None and entity.type != mention.type:
                fields["type"] = entity.type
            verb = (_link_text(mention.text, entity) if entity
                    else translate("EntityController", "Unlink {name}").format(name=mention.text))
            self._push([self._update(mention, fields, verb)], "")
        elif entity is not None and span is not None and entity_id != UNLINK:
            surface = self.layer.spans.body[span[0]:span[1]]
            self._push([AddMention(self.article_id, *span, entity.type, entity.id,
                                   text=_link_text(surface, entity))], "")

    def new_entity(self) -> None:
        """N: a new registry entity named by the selection (or the mention at the caret), linked to it."""
        targets = self.layer.targets()
        span = self.layer.selection()
        mention = targets[0] if targets and (span is None or len(targets) == 1) else None
        if span is None and mention is None:
            self._status(translate("EntityController", "Select the name in the reader first"))
            return
        name = self.layer.spans.body[span[0]:span[1]] if span else mention.text
        kind = mention.type if mention and mention.type != "DATE" else None
        from ui.entities.new_entity_dialog import NewEntityDialog

        dialog = NewEntityDialog(name, kind, self._parent)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_entity(*dialog.values(), mention=mention, span=span))
        dialog.destroyed.connect(lambda: setattr(self, "new_entity_dialog", None))
        self.new_entity_dialog = dialog
        dialog.open()

    def create_entity(self, name: str, kind: str, en: str | None = None,
                      mention: Mention | None = None, span: tuple[int, int] | None = None) -> Entity:
        """Save a new user entity and link the mention (or a new mention over span) to it; one undo step."""
        entity = Entity(new_entity_id(en or name), kind, name, en, origin="user")
        edits: list[Edit] = [SaveEntity(entity)]
        exact = mention is not None and (span is None or (mention.start, mention.end) == span)
        if exact:
            edits.append(self._update(mention, {"entity_id": entity.id, "type": kind}, ""))
        elif span is not None and self.article_id is not None:
            edits.append(AddMention(self.article_id, *span, kind, entity.id))
        text = translate("EntityController", "New Entity {name}").format(name=name)
        self._save(Group(tuple(edits), text=text))
        if self.registry_window is not None:
            self.registry_window.select(entity.id)
        return entity
