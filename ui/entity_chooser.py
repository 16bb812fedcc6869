"""A small searchable chooser over the registry: link a mention, pick the entity to keep."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLineEdit, QTableView, QVBoxLayout,
)

from core.nlp.registry import Entity
from ui.entity_types import REGISTRY_TYPES, type_label
from ui.registry_model import ID_ROLE, RegistryFilter, RegistryModel

UNLINK = ""  # chosen_id when the user asks to remove the link


class EntityChooser(QDialog):
    """Type to search by name, alias, reading or English; Enter picks the current row."""

    def __init__(self, entities: list[Entity], title: str, kind: str | None = None,
                 search: str = "", exclude: str | None = None, allow_unlink: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen_id: str | None = None
        self.model = RegistryModel([e for e in entities if e.id != exclude], self)
        self.proxy = RegistryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(search)
        self.search.setPlaceholderText("Name, alias, reading or English name")
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem("All types", "")
        for code in REGISTRY_TYPES:
            self.kind.addItem(type_label(code), code)
        if kind in REGISTRY_TYPES:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 180)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        if allow_unlink:
            unlink = buttons.addButton("Unlink", QDialogButtonBox.DestructiveRole)
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
        # Arrow keys move in the table while the focus stays in the search field.
        self.search.installEventFilter(self)
        self._filter()
        self.resize(640, 420)

    def _filter(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_type(self.kind.currentData())
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

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

    def _unlink(self) -> None:
        self.chosen_id = UNLINK
        super().accept()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.KeyPress and event.key() in (
                Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
            self.table.keyPressEvent(event)
            return True
        return super().eventFilter(obj, event)
