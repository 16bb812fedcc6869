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
    """One row per entity, held whole, and sorted here: a sort the proxy did compared rows in Python, a
    call back from C++ per comparison (a registry of 10,000 entities froze the window for seconds at
    each opening, reload or cleared search); here each row's key is computed once and Python's sort
    orders them."""

    def __init__(self, entities: list[Entity] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._entities: list[Entity] = []
        self._by_type_and_name: list[Entity] = []  # the order ties keep, sorted once per set of rows
        self._keys: list[str] = []
        self._key_of: dict[str, str] = {}
        self._row_of: dict[str, int] = {}
        self._order: tuple[int, bool, frozenset[str]] = (-1, False, frozenset())  # column, descending, first
        self.set_entities(entities or [])

    def set_entities(self, entities: list[Entity]) -> None:
        """Replace the rows (after an edit or a merge), in the order last asked for."""
        self.beginResetModel()
        self._key_of = {e.id: search_key(e) for e in entities}
        self._by_type_and_name = sorted(entities, key=lambda e: (e.type, e.name))
        self._set_rows(self._ordered())
        self.endResetModel()

    def _set_rows(self, entities: list[Entity]) -> None:
        self._entities = entities
        self._keys = [self._key_of[e.id] for e in entities]
        self._row_of = {e.id: row for row, e in enumerate(entities)}

    def _ordered(self) -> list[Entity]:
        """The rows in type and name order sorted once, by the text of the sort column (ties keep type and name
        order); the ids asked first then taken ahead of the rest, in that order."""
        column, descending, first = self._order
        rows = self._by_type_and_name
        if column >= 0:
            rows = sorted(rows, key=lambda e: self.cell_text(e, column).casefold(), reverse=descending)
        if first:
            rows = [e for e in rows if e.id in first] + [e for e in rows if e.id not in first]
        return list(rows)

    def sort(self, column: int, order=Qt.AscendingOrder, first: frozenset[str] = frozenset()) -> bool:
        """Order the rows by column, the ids in first ahead of the rest; selections and current rows follow.
        False when the rows are in that order already (a view asks again as it is set up, a search keeps the
        same entities first)."""
        if (column, order == Qt.DescendingOrder, first) == self._order:
            return False
        self._order = (column, order == Qt.DescendingOrder, first)
        self.layoutAboutToBeChanged.emit()
        old_ids = [self._entities[index.row()].id for index in self.persistentIndexList()]
        self._set_rows(self._ordered())
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(self._row_of[i], index.column())
                                             for i, index in zip(old_ids, old)])
        self.layoutChanged.emit()
        return True

    def entity(self, row: int) -> Entity | None:
        return self._entities[row] if 0 <= row < len(self._entities) else None

    def row_of(self, entity_id: str) -> int | None:
        return self._row_of.get(entity_id)

    def matches(self, row: int, needle: str, kind: str | None) -> bool:
        """Whether the row is of type kind (any when None) and its names contain needle (folded)."""
        return (not kind or self._entities[row].type == kind) and needle in self._keys[row]

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

    @staticmethod
    def cell_text(entity: Entity, column: int) -> str:
        """What column shows of entity."""
        if column == 0:
            return entity.name
        if column == 1:
            return type_label(entity.type)
        if column == 2:
            return entity.en or ""
        if column == 3:
            return "、".join(entity.aliases)
        return origin_label(entity.origin)

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
        return self.cell_text(entity, index.column()) if 0 <= index.column() < len(HEADERS) else None


class RegistryFilter(QSortFilterProxyModel):
    """Rows whose names, English name, reading or aliases contain the search, of one type; in the order of
    the model, which sorts itself (a sort asked of this proxy, by a header click, goes to it). Unsorted, the
    rows are in type and name order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._type: str | None = None
        self._column, self._order, self._first = -1, Qt.AscendingOrder, frozenset()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._column, self._order = column, order
        self.sourceModel().sort(column, order, self._first)

    def set_search(self, text: str) -> None:
        self.set_filter(text, self._type)

    def set_type(self, kind: str | None) -> None:
        self.set_filter(self._needle, kind)

    def set_filter(self, text: str, kind: str | None, first: frozenset[str] | None = None) -> None:
        """Show the rows of type kind (all when None) whose names contain text, the ids in first (when given)
        ahead of the rest; the rows are read once: a new order makes this proxy read them again anyway."""
        needle, kind = fold(text.strip()).lower(), kind or None
        if first is not None and first != self._first:
            self._needle, self._type, self._first = needle, kind, first
            if self.sourceModel().sort(self._column, self._order, first):
                return  # its layoutChanged filtered the rows
            # (the model was in that order already, asked by another: no layout change, so filter here)
        self.beginFilterChange()
        self._needle, self._type = needle, kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        return self.sourceModel().matches(source_row, self._needle, self._type)
