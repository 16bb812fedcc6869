"""The entity registry as a table: a model over registry entities and a search/type filter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt

from core.registry import Entity
from core.text import fold
from ui.common.entity_types import type_label
from ui.common.plain import tooltip
from ui.common.roles import DISPLAY, TOOLTIP, USER

HEADERS = (QT_TRANSLATE_NOOP("RegistryModel", "Name"), QT_TRANSLATE_NOOP("RegistryModel", "Type"),
           QT_TRANSLATE_NOOP("RegistryModel", "English"), QT_TRANSLATE_NOOP("RegistryModel", "Aliases"),
           QT_TRANSLATE_NOOP("RegistryModel", "Origin"))
ORIGIN_TEXT = {"bundled": QT_TRANSLATE_NOOP("RegistryModel", "bundled"),
               "edited": QT_TRANSLATE_NOOP("RegistryModel", "edited by you"),
               "user": QT_TRANSLATE_NOOP("RegistryModel", "added by you"),
               "library": QT_TRANSLATE_NOOP("RegistryModel", "in your articles")}
ID_ROLE = USER
TYPE_ROLE = USER + 1
SEARCH_ROLE = USER + 2
_ROLES = frozenset((DISPLAY, TOOLTIP, ID_ROLE, TYPE_ROLE, SEARCH_ROLE))


def origin_label(origin: str) -> str:
    """Where an entity comes from, in the interface language (an unknown origin as stored)."""
    label = ORIGIN_TEXT.get(origin)
    return QCoreApplication.translate("RegistryModel", label) if label else origin


def search_key(entity: Entity) -> str:
    """Everything a search may match: names, English, reading, aliases (folded)."""
    parts = [entity.name, entity.en or "", entity.reading or "", *entity.aliases]
    return fold("\n".join(parts)).lower()


class RegistryModel(QAbstractTableModel):
    """One row per entity; the list is small (a few thousand) so it is held whole."""

    def __init__(self, entities: list[Entity] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._entities: list[Entity] = []
        self._keys: list[str] = []
        self._row_of: dict[str, int] = {}
        self.set_entities(entities or [])

    def set_entities(self, entities: list[Entity]) -> None:
        """Replace the rows (after an edit or a merge)."""
        self.beginResetModel()
        self._entities = sorted(entities, key=lambda e: (e.type, e.name))
        self._keys = [search_key(e) for e in self._entities]
        self._row_of = {e.id: row for row, e in enumerate(self._entities)}
        self.endResetModel()

    def entity(self, row: int) -> Entity | None:
        return self._entities[row] if 0 <= row < len(self._entities) else None

    def row_of(self, entity_id: str) -> int | None:
        return self._row_of.get(entity_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entities)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("RegistryModel", HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren

    def data(self, index, role=DISPLAY):
        if role not in _ROLES:  # most of what a paint asks: decided before anything else is read
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._entities):
            return None
        entity = self._entities[index.row()]
        if role == ID_ROLE:
            return entity.id
        if role == TYPE_ROLE:
            return entity.type
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        if role == TOOLTIP:
            return tooltip(self.data(index, DISPLAY))  # names and aliases in full, as text
        if role == DISPLAY:
            column = index.column()
            if column == 0:
                return entity.name
            if column == 1:
                return type_label(entity.type)
            if column == 2:
                return entity.en or ""
            if column == 3:
                return "、".join(entity.aliases)
            if column == 4:
                return origin_label(entity.origin)
        return None


class RegistryFilter(QSortFilterProxyModel):
    """Rows whose names, English name, reading or aliases contain the search, of one type."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._type: str | None = None
        self._rank = None
        self.setSortCaseSensitivity(Qt.CaseInsensitive)

    def set_rank(self, rank) -> None:
        """Sort by rank(entity) (lower first), then in the model's order."""
        self._rank = rank
        self.invalidate()

    def lessThan(self, left, right) -> bool:
        if self._rank is None:
            return super().lessThan(left, right)
        model = self.sourceModel()
        return ((self._rank(model.entity(left.row())), left.row())
                < (self._rank(model.entity(right.row())), right.row()))

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip()).lower()
        self.endFilterChange()

    def set_type(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._type = kind or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._type and index.data(TYPE_ROLE) != self._type:
            return False
        return not self._needle or self._needle in index.data(SEARCH_ROLE)
