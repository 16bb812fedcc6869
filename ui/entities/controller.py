"""The window side of entities: reader layer, panel, corrections, registry window, re-detection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from core.dates import reference_date
from core.edits import AddMention, Edit, Group, SaveEntity, UpdateMention
from core.model import Mention
from core.registry import Entity, found_entity
from core.store.link_candidates import LIBRARY_PREFIX, is_library_name, library_names, names_of
from core.store.mentions import mentions_for
from core.store.registry import new_entity_id, registry_entities
from ui.common.docks import right_dock
from ui.jobs.analysis_controller import AnalysisController
from ui.jobs.improve_controller import ImproveController
from ui.entities.chooser import NEW_ENTITY, UNLINK, EntityChooser
from ui.entities.menus import EntityFilterBar, build_entity_menus, show_mention_menu
from ui.entities.panel import EntityPanel
from ui.entities.reader_layer import EntityLayer
from ui.common.entity_types import type_label
from ui.reader.article_model import ArticleListModel
from ui.reader.reader_area import ReaderArea

if TYPE_CHECKING:  # the registry window and the new entity dialog load when first opened, not with the window
    from ui.entities.new_entity_dialog import NewEntityDialog
    from ui.entities.registry_window import RegistryWindow


class EntityController(QObject):
    """Entity highlights, the panel and corrections over the article shown; the window wires it in."""

    def __init__(self, db, reader: ReaderArea, layer: EntityLayer, undo_stack: QUndoStack,
                 status_bar: QStatusBar, articles: ArticleListModel, analysis: AnalysisController,
                 improve: ImproveController, go_to_article: Callable[[int], None],
                 search_for: Callable[[str], None], parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.reader = reader  # the article shown
        self.undo_stack = undo_stack
        self.status_bar = status_bar
        self.articles = articles  # the article list, filtered by entity here
        self.go_to_article = go_to_article
        self.search_for = search_for
        self._parent = parent  # dialogs and the registry window open over it
        self.mentions: list[Mention] = []
        self._entities: dict[str, Entity] | None = None
        self.chooser: EntityChooser | None = None
        self.new_entity_dialog: NewEntityDialog | None = None
        self.registry_window: RegistryWindow | None = None
        self.menu_extensions: list = []  # callables adding entries to the reader's context menu

        self.layer = layer
        self.panel = EntityPanel()
        self.dock = right_dock(self.tr("Entities"), "entitiesDock", self.panel)  # placed by the window
        self.filter_bar = EntityFilterBar()  # placed by the window above its article list
        self.analysis = analysis
        self.improve = improve
        self.actions = build_entity_menus(parent, self)

        self.layer.type_requested.connect(self.mark_type)
        self.layer.reject_requested.connect(self.reject)
        self.layer.link_requested.connect(self.link)
        self.layer.new_entity_requested.connect(self.new_entity)
        self.layer.menu_requested.connect(lambda pos: show_mention_menu(self, pos))
        self.panel.mention_selected.connect(self.layer.select_span)
        self.panel.entity_activated.connect(self.filter_by_entity)
        self.panel.surface_activated.connect(self.search_for)
        self.filter_bar.cleared.connect(lambda: self.filter_by_entity(None))
        self.analysis.finished.connect(self._analysed)

    # what is shown ----------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        return self.reader.article_id

    def entities(self) -> dict[str, Entity]:
        """The registry by id (bundled with the user's edits), read again after changes."""
        if self._entities is None:
            self._entities = {e.id: e for e in registry_entities(self.db)}
        return self._entities

    def refresh(self, article_id: int | None = None) -> None:
        """Load the shown article's mentions into the highlights and the panel."""
        row = self.reader.row
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

    def library_changed(self, kind: str, ids: tuple) -> None:
        """An edit was saved (the session's changed signal): refresh what shows it."""
        if kind == "registry":
            self._registry_changed()
        elif kind == "mentions":
            for article_id in ids:
                self._mentions_changed(article_id)

    def _mentions_changed(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.refresh()
            return
        self.go_to_article(article_id)  # an edit undone on another article: show it there

    def _registry_changed(self) -> None:
        self._entities = None
        self.refresh()

    def _analysed(self, _summary) -> None:
        self.refresh()
        if self.articles.entity_id:
            self.articles.reload()

    # corrections ------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.status_bar.showMessage(text, 6000)

    def _push(self, edits: list[Edit], text: str) -> None:
        self.undo_stack.push(edits[0] if len(edits) == 1 else Group(tuple(edits), text=text))

    def _update(self, mention: Mention, fields: dict, text: str) -> UpdateMention:
        return UpdateMention(mention.article_id, mention.id, fields, text=text)

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
                self._push([AddMention(self.article_id, *span, kind, entity_id,
                                       text=self.tr("Mark {name} as {type}").format(name=surface, type=type_label(kind)))], "")
                return
            targets = same
        else:
            targets = self.layer.targets()
        if not targets:
            self._status(self.tr("Select text first, or put the caret in a highlighted name"))
            return
        # a name already confirmed as this type: nothing to save, and no Undo entry that would undo nothing
        changed = [m for m in targets if (m.type, m.state) != (kind, "accepted")]
        if not changed:
            self._status(self.tr("{name} is already marked as {type}").format(name=targets[0].text, type=type_label(kind)))
            return
        commands = []
        for m in changed:
            fields: dict = {"type": kind}
            entity = self.entities().get(m.entity_id or "")
            if entity is not None and entity.type != kind:
                fields["entity_id"] = None  # a person's entry cannot name an organisation
            commands.append(self._update(m, fields, self.tr("Mark {name} as {type}").format(name=m.text, type=type_label(kind))))
        self._push(commands, self.tr("Mark as {type}").format(type=type_label(kind)))

    def reject(self) -> None:
        """Delete: reject the mention(s) at the caret or in the selection."""
        targets = self.layer.targets()
        if not targets:
            self._status(self.tr("No highlighted name at the caret or in the selection"))
            return
        self._push([self._update(m, {"state": "rejected"}, self.tr("Reject {name}").format(name=m.text)) for m in targets],
                   self.tr("Reject {n} Mentions").format(n=len(targets)))

    def link(self) -> None:
        """L: choose the registry entity the mention (or selection) refers to."""
        targets = self.layer.targets()
        span = self.layer.selection()
        if not targets and span is None:
            self._status(self.tr("Select text or put the caret in a highlighted name to link it"))
            return
        mention = targets[0] if targets else None
        if mention is not None and mention.type == "DATE":
            self._status(self.tr("Dates are not linked to entities"))
            return
        text = mention.text if mention else self.layer.spans.body[span[0]:span[1]]
        registry = list(self.entities().values())
        known = set().union(*(names_of(e) for e in registry)) if registry else set()
        # The library's other names (the mention's own name would only be a new entity: Enter offers that).
        library = [e for e in library_names(self.db, known) if e.name != text]
        chooser = EntityChooser(registry + library, self.tr("Link {name} to…").format(name=text),
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
            verb = (self.tr("Link {name} to {entity}").format(name=mention.text, entity=entity.name) if entity
                    else self.tr("Unlink {name}").format(name=mention.text))
            self._push([self._update(mention, fields, verb)], "")
        elif entity is not None and span is not None and entity_id != UNLINK:
            surface = self.layer.spans.body[span[0]:span[1]]
            self._push([AddMention(self.article_id, *span, entity.type, entity.id,
                                   text=self.tr("Link {name} to {entity}").format(name=surface, entity=entity.name))], "")

    def new_entity(self) -> None:
        """N: a new registry entity named by the selection (or the mention at the caret), linked to it."""
        targets = self.layer.targets()
        span = self.layer.selection()
        mention = targets[0] if targets and (span is None or len(targets) == 1) else None
        if span is None and mention is None:
            self._status(self.tr("Select the name in the reader first"))
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
        self.undo_stack.push(Group(tuple(edits), text=self.tr("New Entity {name}").format(name=name)))
        if self.registry_window is not None:
            self.registry_window.select(entity.id)
        return entity

    # list filter, registry, detection -----------------------------------------------------

    def filter_by_entity(self, entity_id: str | None, name: str = "") -> None:
        """List only the articles mentioning entity_id (None: all articles again)."""
        self.filter_bar.show_filter(name if entity_id else None)
        self.articles.set_entity(entity_id)

    def show_registry(self) -> RegistryWindow:
        """Open (or raise) the registry window."""
        if self.registry_window is None:
            from ui.entities.registry_window import RegistryWindow

            self.registry_window = RegistryWindow(self.db, self.undo_stack, self.undo_stack.session,
                                                  self._parent)
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
