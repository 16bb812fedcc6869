"""A small searchable chooser over the registry: link a mention, pick the entity to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLineEdit, QTableView, QVBoxLayout,
)

from core.registry import Entity
from core.store.link_candidates import names_index, sharing_name
from ui.common.entity_types import REGISTRY_TYPES, type_label
from ui.common.search_arrows import arrows_move_in
from ui.entities.registry_model import ID_ROLE, RegistryFilter, RegistryModel
from ui.common.screen_fit import resize_within_screen

UNLINK = ""  # chosen_id when the user asks to remove the link
NEW_ENTITY = "new"  # chosen_id when the user asks for a new entity (Enter with nothing chosen)


class EntityChooser(QDialog):
    """Type to search by name, alias, reading or English; Enter picks the current row.

    A row is chosen for the user only when it shares the searched name or reading; with
    none, nothing is chosen and Enter offers a new entity (when allow_new) or does nothing.
    """

    def __init__(self, entities: list[Entity], title: str, kind: str | None = None,
                 search: str = "", exclude: str | None = None, allow_unlink: bool = False,
                 allow_new: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen_id: str | None = None
        shown = [e for e in entities if e.id != exclude]
        self.model = RegistryModel(shown, self)
        self._names = names_index(shown)
        self.proxy = RegistryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(search)
        self.search.setPlaceholderText(self.tr("Name, alias, reading or English name"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by type"))
        self.kind.addItem(self.tr("All types"), "")
        for code in REGISTRY_TYPES:
            self.kind.addItem(type_label(code), code)
        if kind in REGISTRY_TYPES:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Registry entities"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.ElideRight)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for column, width in enumerate((150, 80, 150, 130)):
            self.table.setColumnWidth(column, width)  # the five columns fit the dialog's width
        self.table.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.allow_new = allow_new
        if allow_new:
            new = buttons.addButton(self.tr("New Entity…"), QDialogButtonBox.ActionRole)
            new.clicked.connect(self._new)
        if allow_unlink:
            unlink = buttons.addButton(self.tr("Unlink"), QDialogButtonBox.DestructiveRole)
            unlink.clicked.connect(self._unlink)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)
        arrows_move_in(self.search, self.table)
        self._filter()
        resize_within_screen(self, 640, 420)

    def _filter(self) -> None:
        """Show the entities matching the search, those sharing its name first (one of them chosen)."""
        sharing = sharing_name(self._names, self.search.text().strip())
        self.proxy.set_filter(self.search.text(), self.kind.currentData(), sharing)
        first = self.proxy.index(0, 0)
        if first.isValid() and first.data(ID_ROLE) in sharing:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.proxy.index(-1, -1))

    def select(self, entity_id: str) -> None:
        """Make entity_id the current row, if shown."""
        row = self.model.row_of(entity_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def accept(self) -> None:
        self.chosen_id = self.current_id()
        if self.chosen_id:
            super().accept()
        elif self.allow_new:
            self._new()

    def _new(self) -> None:
        self.chosen_id = NEW_ENTITY
        super().accept()

    def _unlink(self) -> None:
        self.chosen_id = UNLINK
        super().accept()
