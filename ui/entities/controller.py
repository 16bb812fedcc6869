"""The window side of entities: reader layer, panel, corrections, registry window, re-detection.

The corrections a user makes from the reader (type, reject, link, new entity) are in corrections.py, the
controller's base class."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from core.dates import reference_date
from core.model import Mention
from core.registry import Entity, found_entity
from core.store.mentions import mentions_for
from core.store.registry import registry_entities
from ui.common.after_paint import after_first_paint
from ui.common.docks import right_dock
from ui.jobs.analysis_controller import AnalysisController
from ui.jobs.improve_controller import ImproveController
from ui.entities.chooser import EntityChooser
from ui.entities.corrections import EntityCorrections
from ui.entities.menus import EntityFilterBar, build_entity_menus, show_mention_menu
from ui.entities.panel import EntityPanel
from ui.entities.reader_layer import EntityLayer
from ui.reader.article_model import ArticleListModel
from ui.reader.reader_area import ReaderArea
from ui.common.no_article import article_shown

if TYPE_CHECKING:  # the registry window and the new entity dialog load when first opened, not with the window
    from ui.entities.new_entity_dialog import NewEntityDialog
    from ui.entities.registry_window import RegistryWindow

# An article with more mentions than this (a transcript, a whole report) lists them in the panel once its text
# is painted: grouping and listing 40,000 mentions cost the opening about a second; a panel never painted gets
# its list this much later.
PANEL_AFTER_PAINT, PANEL_FALLBACK_MS = 2_000, 300


class EntityController(EntityCorrections, QObject):
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
        self._panel_turn = 0  # the refresh whose mentions the panel is to list
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
        self.layer.step_requested.connect(self.step_name)
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
        self._panel_turn += 1
        turn = self._panel_turn
        if len(self.mentions) > PANEL_AFTER_PAINT:  # the text on the screen first, its thousands of names after
            if self.panel.article_id != self.article_id:  # (meanwhile no other article's names, whose spans
                self.panel.set_mentions([], {}, None)     # chosen would select this text's)
            after_first_paint(self.reader.reader.body.viewport(), lambda: self._fill_panel(turn), PANEL_FALLBACK_MS)
        else:
            self._fill_panel(turn)

    def _fill_panel(self, turn: int) -> None:
        """The panel's list of the article shown (unless another refresh came since: its own fills it)."""
        if turn == self._panel_turn:
            self.panel.set_mentions(self.mentions, self.entities(), self.article_id)

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
        if article_shown(self.article_id, self.status_bar):
            self.analysis.start([self.article_id])

    def rerun_library(self) -> None:
        self.analysis.start(None)

    def shutdown(self) -> None:
        """The window is closing: stop detection and close the registry window."""
        self.analysis.cancel()
        self.improve.cancel()
        if self.registry_window is not None:
            self.registry_window.close()
