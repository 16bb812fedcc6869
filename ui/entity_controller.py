"""The window side of entities: reader layer, panel, corrections, registry window, re-detection."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoCommand

from core.analysis import reference_date
from core.model import Mention
from core.nlp.registry import Entity, found_entity
from core.store.link_candidates import LIBRARY_PREFIX, is_library_name, library_names, names_of
from core.store.mentions import mentions_for
from core.store.registry import new_entity_id, registry_entities
from ui.docks import right_dock
from ui.analysis_controller import AnalysisController
from ui.improve_controller import ImproveController
from ui.entity_chooser import NEW_ENTITY, UNLINK, EntityChooser
from ui.undo import GroupCommand
from ui.entity_commands import (
    AddMentionCommand, EntityEvents, MentionIds, SaveEntityCommand,
    UpdateMentionCommand,
)
from ui.entity_menus import EntityFilterBar, build_entity_menus, show_mention_menu
from ui.entity_panel import EntityPanel
from ui.entity_reader import EntityLayer
from ui.entity_types import type_label
from ui.new_entity_dialog import NewEntityDialog
from ui.registry_window import RegistryWindow


class EntityController(QObject):
    """Wires entity highlights, the panel and corrections into the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.events = EntityEvents(self)
        self.ids = MentionIds()
        self.mentions: list[Mention] = []
        self._entities: dict[str, Entity] | None = None
        self.chooser: EntityChooser | None = None
        self.new_entity_dialog: NewEntityDialog | None = None
        self.registry_window: RegistryWindow | None = None
        self.menu_extensions: list = []  # callables adding entries to the reader's context menu

        self.layer = EntityLayer(window.reader.reader)
        self.panel = EntityPanel()
        self.dock = right_dock(window, "Entities", "entitiesDock", self.panel)
        self.filter_bar = EntityFilterBar()
        window.list_panel.layout().insertWidget(1, self.filter_bar)
        self.analysis = AnalysisController(window.db_path, window.statusBar(), window)
        self.improve = ImproveController(window.db_path, self.analysis, window)
        self.actions = build_entity_menus(window, self)

        window.article_shown.connect(self.refresh)
        self.events.mentions_changed.connect(self._mentions_changed)
        self.events.registry_changed.connect(self._registry_changed)
        self.layer.type_requested.connect(self.mark_type)
        self.layer.reject_requested.connect(self.reject)
        self.layer.link_requested.connect(self.link)
        self.layer.new_entity_requested.connect(self.new_entity)
        self.layer.menu_requested.connect(lambda pos: show_mention_menu(self, pos))
        self.panel.mention_selected.connect(self.layer.select_span)
        self.panel.entity_activated.connect(self.filter_by_entity)
        self.panel.surface_activated.connect(self._search_surface)
        self.filter_bar.cleared.connect(lambda: self.filter_by_entity(None))
        self.analysis.finished.connect(self._analysed)

    # what is shown ----------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self.window.reader.article_id

    def entities(self) -> dict[str, Entity]:
        """The registry by id (bundled with the user's edits), read again after changes."""
        if self._entities is None:
            self._entities = {e.id: e for e in registry_entities(self.db)}
        return self._entities

    def refresh(self, article_id: int | None = None) -> None:
        """Load the shown article's mentions into the highlights and the panel."""
        row = self.window.reader.row
        if row is None:
            self.mentions = []
        else:
            self.mentions = mentions_for(self.db, row.id)
        entities = self.entities()
        for m in self.mentions:  # names found in text (found:TYPE:NAME) group like registry entries
            entity_id = m.entity_id
            if entity_id and entity_id not in entities and (found := found_entity(entity_id)):
                entities[entity_id] = found
        day = reference_date(row.published, row.dateline) if row else None
        body = (row.body or "") if row else ""
        self.layer.show(body, self.mentions, self.entities(), day.isoformat() if day else None)
        self.panel.set_mentions(self.mentions, self.entities(), row.id if row else None)

    def _mentions_changed(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.refresh()
            return
        # Undo of an edit on another article: show that article so the change is seen.
        row = self.window.model.row_of(article_id)
        if row is not None:
            self.window.select_row(row)
        self.window.show_article(article_id)

    def _registry_changed(self) -> None:
        self._entities = None
        self.refresh()

    def _analysed(self, _summary) -> None:
        self.refresh()
        if self.window.model.entity_id:
            self.window.model.reload()

    # corrections ------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _push(self, commands: list[QUndoCommand], macro: str) -> None:
        stack = self.window.undo_stack
        if len(commands) == 1:
            stack.push(commands[0])
            return
        stack.beginMacro(macro)
        for command in commands:
            stack.push(command)
        stack.endMacro()

    def _update(self, mention: Mention, fields: dict, text: str) -> UpdateMentionCommand:
        return UpdateMentionCommand(self.db, self.ids, self.events, mention.article_id,
                                    mention.id, fields, text)

    def _entity_for(self, surface: str, kind: str) -> str | None:
        """The one registry entity of this type named exactly surface, if there is one."""
        found = [e.id for e in self.entities().values()
                 if e.type == kind and (e.name == surface or surface in e.aliases)]
        return found[0] if len(found) == 1 else None

    def mark_type(self, kind: str) -> None:
        """Keys 1–7: mark the selection as a type, or re-type the mention at the caret."""
        if self.article_id is None:
            return
        span = self.layer.selection()
        if span is not None:
            same = [m for m in self.layer.spans.overlapping(*span) if (m.start, m.end) == span]
            if not same:
                surface = self.layer.spans.body[span[0]:span[1]]
                entity_id = None if kind == "DATE" else self._entity_for(surface, kind)
                self._push([AddMentionCommand(self.db, self.ids, self.events, self.article_id,
                                              *span, kind, entity_id,
                                              f"Mark {surface} as {type_label(kind)}")], "")
                return
            targets = same
        else:
            targets = self.layer.targets()
        if not targets:
            self._status("Select text first, or put the caret in a highlighted name")
            return
        commands = []
        for m in targets:
            fields: dict = {"type": kind}
            entity = self.entities().get(m.entity_id or "")
            if entity is not None and entity.type != kind:
                fields["entity_id"] = None  # a person's entry cannot name an organisation
            commands.append(self._update(m, fields, f"Mark {m.text} as {type_label(kind)}"))
        self._push(commands, f"Mark as {type_label(kind)}")

    def reject(self) -> None:
        """Delete: reject the mention(s) at the caret or in the selection."""
        targets = self.layer.targets()
        if not targets:
            self._status("No highlighted name at the caret or in the selection")
            return
        self._push([self._update(m, {"state": "rejected"}, f"Reject {m.text}") for m in targets],
                   f"Reject {len(targets)} Mentions")

    def link(self) -> None:
        """L: choose the registry entity the mention (or selection) refers to."""
        targets = self.layer.targets()
        span = self.layer.selection()
        if not targets and span is None:
            self._status("Select text or put the caret in a highlighted name to link it")
            return
        mention = targets[0] if targets else None
        if mention is not None and mention.type == "DATE":
            self._status("Dates are not linked to entities")
            return
        text = mention.text if mention else self.layer.spans.body[span[0]:span[1]]
        registry = list(self.entities().values())
        known = set().union(*(names_of(e) for e in registry)) if registry else set()
        # The library's other names (the mention's own name would only be a new entity: Enter offers that).
        library = [e for e in library_names(self.db, known) if e.name != text]
        chooser = EntityChooser(registry + library, f"Link {text} to…",
                                kind=mention.type if mention else None, search=text,
                                allow_unlink=bool(mention and mention.entity_id),
                                allow_new=True, parent=self.window)
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
            verb = f"Link {mention.text} to {entity.name}" if entity else f"Unlink {mention.text}"
            self._push([self._update(mention, fields, verb)], "")
        elif entity is not None and span is not None and entity_id != UNLINK:
            surface = self.layer.spans.body[span[0]:span[1]]
            self._push([AddMentionCommand(self.db, self.ids, self.events, self.article_id, *span,
                                          entity.type, entity.id, f"Link {surface} to {entity.name}")], "")

    def new_entity(self) -> None:
        """N: a new registry entity named by the selection (or the mention at the caret), linked to it."""
        targets = self.layer.targets()
        span = self.layer.selection()
        mention = targets[0] if targets and (span is None or len(targets) == 1) else None
        if span is None and mention is None:
            self._status("Select the name in the reader first")
            return
        name = self.layer.spans.body[span[0]:span[1]] if span else mention.text
        kind = mention.type if mention and mention.type != "DATE" else None
        dialog = NewEntityDialog(name, kind, self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_entity(*dialog.values(), mention=mention, span=span))
        dialog.destroyed.connect(lambda: setattr(self, "new_entity_dialog", None))
        self.new_entity_dialog = dialog
        dialog.open()

    def create_entity(self, name: str, kind: str, en: str | None = None,
                      mention: Mention | None = None, span: tuple[int, int] | None = None) -> Entity:
        """Save a new user entity and link the mention (or a new mention over span) to it; one undo step."""
        entity = Entity(new_entity_id(en or name), kind, name, en, origin="user")
        commands: list[QUndoCommand] = [SaveEntityCommand(self.db, self.events, entity)]
        exact = mention is not None and (span is None or (mention.start, mention.end) == span)
        if exact:
            commands.append(self._update(mention, {"entity_id": entity.id, "type": kind}, ""))
        elif span is not None and self.article_id is not None:
            commands.append(AddMentionCommand(self.db, self.ids, self.events, self.article_id,
                                              *span, kind, entity.id))
        self.window.undo_stack.push(GroupCommand(f"New Entity {name}", commands))
        if self.registry_window is not None:
            self.registry_window.select(entity.id)
        return entity

    # list filter, registry, detection -----------------------------------------------------

    def filter_by_entity(self, entity_id: str | None, name: str = "") -> None:
        """List only the articles mentioning entity_id (None: all articles again)."""
        self.filter_bar.show_filter(name if entity_id else None)
        self.window.model.set_entity(entity_id)

    def _search_surface(self, text: str) -> None:
        self.window.search.setText(text)
        self.window.focus_search()

    def show_registry(self) -> RegistryWindow:
        """Open (or raise) the registry window."""
        if self.registry_window is None:
            self.registry_window = RegistryWindow(self.db, self.window.undo_stack, self.events,
                                                  self.window)
            self.registry_window.add_from_reader_requested.connect(self.new_entity)
        self.registry_window.show()
        self.registry_window.raise_()
        self.registry_window.activateWindow()
        return self.registry_window

    def rerun_article(self) -> None:
        if self.article_id is not None:
            self.analysis.start([self.article_id])

    def rerun_library(self) -> None:
        self.analysis.start(None)

    def shutdown(self) -> None:
        """The window is closing: stop detection and close the registry window."""
        self.analysis.cancel()
        self.improve.cancel()
        if self.registry_window is not None:
            self.registry_window.close()
