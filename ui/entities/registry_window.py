"""Tools → Entity Registry: search the registry, edit an entity, merge two, add from the reader."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QStyle,
    QTableView, QVBoxLayout, QWidget,
)

from core.edits import MergeEntities, SaveEntity
from core.registry import Entity
from core.store.registry import registry_entities
from ui.common.actions import add_library_keys
from ui.common.close_keys import add_close_keys
from ui.entities.chooser import EntityChooser
from ui.common.entity_types import REGISTRY_TYPES, type_label
from ui.common.search_arrows import arrows_move_in
from ui.entities.entity_editor import EntityEditor
from ui.entities.registry_model import ID_ROLE, ORIGIN_TEXT, RegistryFilter, RegistryModel, origin_label
from ui.common.words import counted
from ui.common.screen_fit import resize_within_screen


# A name and an English name are given this many characters; each type and origin reads whole, and the aliases
# take the rest. Fixed widths (160, 95, 170 and 100 pixels) pushed the aliases and the origin out of sight in a
# 760-pixel window.
NAME_CHARS, ENGLISH_CHARS = 8, 12


def column_widths(table: QTableView) -> dict[int, int]:
    """The registry table's columns but the aliases', from their words and titles in the table's fonts."""
    header, model = table.horizontalHeader(), table.model()
    cells, titles = table.fontMetrics(), header.fontMetrics()
    pad = 2 * (header.style().pixelMetric(QStyle.PM_HeaderMargin) + cells.horizontalAdvance(" "))
    sort_mark = header.style().pixelMetric(QStyle.PM_HeaderMarkSize) + pad // 2  # beside the sorted column's title
    words = {0: cells.horizontalAdvance("会") * NAME_CHARS,
             1: max(cells.horizontalAdvance(type_label(kind)) for kind in REGISTRY_TYPES),
             2: cells.averageCharWidth() * ENGLISH_CHARS,
             4: max(cells.horizontalAdvance(origin_label(origin)) for origin in ORIGIN_TEXT)}
    return {column: max(words[column], titles.horizontalAdvance(model.headerData(column, Qt.Horizontal)) + sort_mark)
            + pad for column in words}


class RegistryWindow(QWidget):
    """A window of its own over the registry; edits go on the main window's undo stack."""

    add_from_reader_requested = Signal()

    def __init__(self, db, undo_stack: QUndoStack, session, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Entity Registry"))
        add_close_keys(self)
        self.db, self.undo_stack = db, undo_stack
        self._reloading = False
        self.model = RegistryModel(registry_entities(db), self)
        self.proxy = RegistryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.DisplayRole)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, aliases, readings, English (e.g. 王毅, Rubio)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by type"))  # the editor's own Type field is named Type
        self.kind.addItem(self.tr("All types"), "")
        for code in REGISTRY_TYPES:
            self.kind.addItem(type_label(code), code)
        self.kind.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.count = QLabel()
        self.table = self._build_table()
        arrows_move_in(self.search, self.table)
        self.editor = EntityEditor()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.Save)
        self.save_button.setToolTip(self.tr("Save the edits to this entity (Ctrl+S); undo with Ctrl+Z"))
        self.save_button.clicked.connect(self.save_current)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(lambda: self.editor.set_entity(self.editor.entity))
        self.merge_button = QPushButton(self.tr("&Merge Into…"))
        self.merge_button.setToolTip(self.tr("Fold this entity into another one that stays: its names "
                                             "become aliases and its mentions link to the other"))
        self.merge_button.clicked.connect(self.choose_merge)
        self.add_button = QPushButton(self.tr("Add from Reader &Selection"))
        self.add_button.setToolTip(self.tr("A new entity named by the text selected in the reader"))
        self.add_button.clicked.connect(self.add_from_reader_requested)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.merge_button)
        more.addWidget(self.add_button)
        more.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(buttons)
        right_layout.addLayout(more)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        add_library_keys(self, undo_stack)
        session.changed.connect(self._library_changed)
        self._update_buttons()
        self._update_count()
        resize_within_screen(self, 1100, 640)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Registry entities"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in column_widths(table).items():
            header.resizeSection(column, width)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        return table

    # state ----------------------------------------------------------------------------

    def current(self) -> Entity | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entity(self.proxy.mapToSource(index).row())

    def select(self, entity_id: str) -> bool:
        """Make entity_id current (clearing filters that hide it)."""
        row = self.model.row_of(entity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.kind.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reload(self) -> None:
        """Read the registry again (after any edit, here or in the reader, or F5), keeping the row and what was
        typed into its entity and not saved yet (saved on Save or on leaving it, as ever)."""
        current, typed = self.current(), self.editor.typed_fields()
        self._reloading = True  # the rows move under the user: nothing typed is saved for that
        try:
            self.model.set_entities(registry_entities(self.db))
            if current is None or not self.select(current.id):
                self.editor.set_entity(None)
        finally:
            self._reloading = False
        if current is not None and self.editor.entity is not None and self.editor.entity.id == current.id:
            self.editor.keep_typing(typed)
        self._update_count()

    def _current_changed(self) -> None:
        # typed into the entity the user leaves (another row, a search that hides it)
        left = None if self._reloading else self.editor.edited()
        self.editor.set_entity(self.current())
        self._update_buttons()
        if left is not None:  # saved once the row change is over: the save reads the rows again
            QTimer.singleShot(0, self, lambda: self._save_left(left))

    def _save_left(self, entity: Entity | None) -> None:
        """Edits typed into an entity and left unsaved are saved (undoable), never dropped without a word: a name
        cleared gives way to the entity's own (an entity needs one), the other fields typed are saved; an entity
        merged away meanwhile is not."""
        row = self.model.row_of(entity.id) if entity is not None else None
        if row is None:
            return
        stored = self.model.entity(row)
        entity = entity if entity.name else replace(entity, name=stored.name)
        if entity != stored:
            self.undo_stack.push(SaveEntity(entity, edited=True, text=self.tr("Edit Entity {name}").format(name=entity.name)))

    def closeEvent(self, event) -> None:
        left = self.editor.edited()
        self.editor.set_entity(self.current())  # the fields as saved: reopened, the window shows no stale typing
        self._save_left(left)
        super().closeEvent(event)

    def _type_changed(self) -> None:
        self.proxy.set_type(self.kind.currentData())
        self._update_count()

    def _update_buttons(self) -> None:
        selected = self.current() is not None
        for button in (self.save_button, self.revert_button, self.merge_button):
            button.setEnabled(selected)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        entities = counted(total, self.tr("1 entity"), self.tr("{n} entities"))
        self.count.setText(entities if shown == total
                           else self.tr("{shown} of {entities}").format(shown=f"{shown:,}", entities=entities))

    # edits ----------------------------------------------------------------------------

    def save_current(self) -> bool:
        """Save the editor's fields as the user's version of the entity (undoable)."""
        entity = self.editor.edited()
        if entity is None:
            return False
        if not entity.name:
            self.editor.heading.setText(self.tr("<b>An entity needs a name.</b>"))
            return False
        self.editor.set_entity(entity)  # the fields are the entity saved: nothing left to save on leaving it
        refused = self.undo_stack.refusals
        self.undo_stack.push(SaveEntity(entity, edited=True, text=self.tr("Edit Entity {name}").format(name=entity.name)))
        if self.undo_stack.refusals == refused:
            return True
        if self.model.row_of(entity.id) is None:  # merged or taken back elsewhere: what was typed stays in view
            self.editor.set_entity(entity)
            self.editor.heading.setText(self.tr("<b>{name}</b> is no longer in the registry: what you typed is "
                                                "kept here to copy into another entity").format(
                                                    name=escape(entity.name)))
        return False

    def choose_merge(self) -> None:
        merge = self.current()
        if merge is None:
            return
        chooser = EntityChooser(registry_entities(self.db), self.tr("Merge {name} into…").format(name=merge.name),
                                kind=merge.type, exclude=merge.id, parent=self)
        chooser.setAttribute(Qt.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self.merge(merge.id, chooser.chosen_id))
        chooser.open()

    def merge(self, merge_id: str, keep_id: str | None) -> None:
        """Fold merge_id into keep_id (undoable) and show the one kept."""
        if not keep_id or keep_id == merge_id:
            return
        # Named as the window shows them: one merged away or taken back elsewhere meanwhile is still asked for,
        # and the library's refusal says which is gone (nothing said at all left the user guessing).
        shown = {self.model.entity(row).id: self.model.entity(row) for row in range(self.model.rowCount())}
        entities = {**shown, **{e.id: e for e in registry_entities(self.db)}}
        keep, merge = (entities[i].name if i in entities else i for i in (keep_id, merge_id))
        self.undo_stack.push(MergeEntities(keep_id, merge_id, text=self.tr("Merge {name} into {kept}").format(
            name=merge, kept=keep)))
        self.select(keep_id)

    def _library_changed(self, kind: str, _ids: tuple) -> None:
        if kind == "registry":
            self.reload()

    def rows(self) -> list[str]:
        """The entity ids shown, in order (tests)."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]
