"""The article list: a lazy table model holding only ids, rows fetched in batches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QThreadPool, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.store.article_list import list_rows
from core.store.search import bounded_query
from ui.common.after_paint import after_first_paint
from ui.common.plain import cut, tooltip, visible
from ui.common.roles import DISPLAY, FONT, FOREGROUND, TOOLTIP, USER
from ui.reader.check_reasons import check_reasons
from ui.reader.row_index import RowIndex, index_of
from ui.reader.untitled import first_words, untitled_tip
from ui.jobs.workers import Worker, query_count, query_ids, query_page

# A cell shows a line, elided to its width; a title of a megabyte is cut before Qt measures it at every paint.
CELL_CHARS, TOOLTIP_CHARS = 300, 2000
COLUMNS = ("title", "outlet", "published", "status", "cleaning_check")
HEADERS = (QT_TRANSLATE_NOOP("ArticleListModel", "Title"), QT_TRANSLATE_NOOP("ArticleListModel", "Outlet"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Date"), QT_TRANSLATE_NOOP("ArticleListModel", "Status"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Cleaning"))
CHECK_MARK = QT_TRANSLATE_NOOP("ArticleListModel", "check cleaning")
# The statuses as shown; the keys are what the library stores.
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("ArticleListModel", "new"),
    "in progress": QT_TRANSLATE_NOOP("ArticleListModel", "in progress"),
    "done": QT_TRANSLATE_NOOP("ArticleListModel", "done"),
}


def status_label(status: str | None) -> str:
    """An article status in the interface language (an unknown one as stored)."""
    label = STATUS_LABELS.get(status or "")
    return QCoreApplication.translate("ArticleListModel", label) if label else (status or "")
# Columns the list can sort by; SQL does the sorting (status is not sortable there).
SORT_KEYS = {0: "title", 1: "outlet", 2: "published"}
BATCH = 200
# Rows whose columns one read brings (aligned blocks): a screen of rows (some 30) in one or two reads. A jump
# to a far row reads the rows around it from all over the library's file: 200 of them took 30 ms there.
ROWS_READ = 50
CACHE_LIMIT = 5000
_ANSWERED = frozenset((DISPLAY, TOOLTIP, FONT, FOREGROUND, USER))  # the roles data() answers (ui.common.roles)
_TITLE_ONLY = frozenset((FONT, FOREGROUND))  # asked of every cell a paint draws, answered only for an untitled title
# Asked of every cell at each paint: combined once (PySide6's enum operators cost microseconds a call).
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren
_NO_FLAGS = Qt.NoItemFlags


def read_whole_list(db_path: str, search: str | None, sort: str, descending: bool,
                    entity_id: str | None) -> tuple[list[int], int, RowIndex | None]:
    """On a worker: the list's ids, the library's total and, for a long list, the index from id to row."""
    ids, total = query_ids(db_path, search, sort, descending, entity_id)
    return ids, total, index_of(ids)


class ArticleListModel(QAbstractTableModel):
    """Ids from core.store.article_list.article_ids; list columns loaded when first shown.

    A large list arrives in two steps: its first BATCH rows at once (the list paints them), the
    rest appended when read, off the GUI thread; refreshed is emitted once the list is whole. Its count
    is read beside the rest and arrives first (counted), a common word's hundreds of thousands of ids after.
    At the window's start the rest is read once the list has been painted: reading a million ids
    beside the first frame would hold it back.
    """

    # Emitted after the whole list of ids is in place: (shown, total in library).
    refreshed = Signal(int, int)
    # Emitted when the first page of a longer list is in place (the rest is on its way).
    first_page = Signal()
    # Emitted when the count of a longer list is known before the list is whole: (its rows, total in library).
    counted = Signal(int, int)
    failed = Signal(str)

    def __init__(self, db, db_path: str, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._db_path = db_path
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self._index: RowIndex | None = None  # a long list's rows by id (None: row_of scans the ids)
        self._retired: list[tuple[list[int], dict]] = []  # lists left, freed after the next paint
        self.total = 0
        self.search = ""
        self.search_cut = False  # the query was longer than what is searched
        self.entity_id: str | None = None  # only articles mentioning this entity
        self.sort_key, self.descending = "published", True
        # Each request gets a number; results of older requests are dropped.
        self._generation = 0
        self._workers: set[Worker] = set()

    # Qt overrides -----------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # asked at every paint and layout
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index, role=DISPLAY):
        if role not in _ANSWERED:  # most of what a paint asks: decided before anything else is read
            return None
        number, column_number = index.row(), index.column()
        if role in _TITLE_ONLY and column_number:
            return None  # only an untitled article's title cell is styled
        if not 0 <= number < len(self._ids) or not index.isValid():
            return None
        if role == USER:
            return self._ids[number]
        article_id = self._ids[number]
        row = self._row(number)
        if row is None:
            return None
        column = COLUMNS[column_number]
        value = row.get(column)
        untitled = column == "title" and not value
        if role in (FONT, FOREGROUND):
            # an untitled article is marked: italic, in the placeholder colour
            if not untitled:
                return None
            if role == FOREGROUND:
                return QApplication.palette().placeholderText()
            font = QFont()
            font.setItalic(True)
            return font
        if untitled:
            # an untitled page (a body-only dump) is known by its first words
            value = first_words(row.get("snippet")) or Path(row.get("source") or "").name or f"#{article_id}"
            if role == TOOLTIP:
                return tooltip(self.tr("{tip}: {words}").format(tip=untitled_tip(), words=value))
        elif column == "published":
            inferred = row.get("published_inferred")
            if role == TOOLTIP:  # a day read from the text, not the page's own date; or no date at all
                if value:
                    return None
                return self.tr("Inferred from the text; the page shows no date") if inferred else self.tr(
                    "No date: neither the page, its file's name nor its text gives one (Article → Set Date…)")
            value = (value or "")[:10] or (f"≈{inferred[:10]}" if inferred else "")
        elif column == "cleaning_check":
            # the cleaner was unsure: the reasons show on hover
            if role == TOOLTIP:
                return tooltip(self.tr("Check cleaning: {reasons}. The raw view (Ctrl+R) opens at the line in doubt.").format(
                    reasons=check_reasons(value))) if value else None
            value = self.tr(CHECK_MARK) if value else ""
        elif column == "status":
            value = status_label(value)
        if role == TOOLTIP:  # a long title in full, as text (a hostile one up to a page's worth)
            return tooltip(cut(value, TOOLTIP_CHARS)) if column == "title" else None
        return visible(cut(value, CELL_CHARS)) if isinstance(value, str) else (value or "")

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        descending = order == Qt.DescendingOrder
        if key is None or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, order == Qt.DescendingOrder
        self.reload()

    # ours -------------------------------------------------------------------------

    def article_id(self, row: int) -> int | None:
        """The id shown in row, or None."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        """The row showing article_id, or None when it is filtered out (or its row is not read yet)."""
        if not isinstance(article_id, int):
            return None  # no article (an empty row's id) is in no row
        if self._index is not None:  # a long list: a binary search (a scan took 7 ms at a million rows)
            return self._index.row_of(article_id)
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    def set_search(self, text: str, reload: bool = True) -> None:
        """Filter by a search over titles and bodies (empty shows all); a long query is cut. reload False: the
        list is read later (a search restored before the list's first page)."""
        self.search, self.search_cut = bounded_query(text.strip())
        if reload:
            self.reload()

    def set_entity(self, entity_id: str | None) -> None:
        """Only list articles mentioning entity_id (None lists all)."""
        self.entity_id = entity_id or None
        self.reload()

    def detach(self) -> None:
        """The window is closing: drop results still on their way, stop reading."""
        self._generation += 1
        self._db_path = None

    def reload(self) -> None:
        """Ask for the ids again, off the GUI thread, the first page first; newer requests win."""
        if self._db_path is None:
            return
        self._generation += 1
        self._start(self._generation, query_page, self._query() + (BATCH,), self._page_loaded)

    def reload_now(self, rest_after=None) -> None:
        """Load the first page of ids on the GUI thread (first paint, tests); the rest follows off it,
        once the widget rest_after (the list's viewport) has been painted when one is given."""
        self._generation += 1
        self._page_loaded(self._generation, query_page(self._db_path, *self._query(), BATCH), rest_after)

    def _query(self) -> tuple:
        return self.search or None, self.sort_key, self.descending, self.entity_id

    def _start(self, generation: int, query, args: tuple, landed) -> None:
        worker = Worker(query, self._db_path, *args)
        worker.signals.result.connect(lambda value: landed(generation, value))
        worker.signals.error.connect(self.failed)
        worker.signals.done.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        QThreadPool.globalInstance().start(worker)

    def _page_loaded(self, generation: int, value: tuple[list[int], int | None], rest_after=None) -> None:
        if generation != self._generation:
            return  # a newer request is on its way; its ids win
        ids, total = value
        whole = total is not None
        self._apply(ids, self.total if total is None else total, whole)
        if whole or self._db_path is None:
            return
        if rest_after is not None:
            after_first_paint(rest_after, lambda: self._read_rest(generation))
        else:
            self._read_rest(generation)

    def _read_rest(self, generation: int) -> None:
        """Read the whole list of the request numbered generation, unless a newer one replaced it."""
        if generation == self._generation and self._db_path is not None:
            self._start(generation, query_count, (self.search or None, self.entity_id), self._counted)
            self._start(generation, read_whole_list, self._query(), self._loaded)

    def _counted(self, generation: int, value: tuple[int, int]) -> None:
        """The count of the list on its way: said unless the whole list (its own count) came first."""
        if generation == self._generation and len(self._ids) < value[0]:
            self.counted.emit(*value)

    def forget(self, article_id: int) -> None:
        """Drop the cached row of an article that changed, and repaint it."""
        self._rows.pop(article_id, None)
        row = self.row_of(article_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _loaded(self, generation: int, value: tuple[list[int], int, RowIndex | None]) -> None:
        """The whole list: appended below the first page it begins with (the view keeps its place)."""
        if generation != self._generation:
            return  # a newer request is on its way; its ids win
        ids, total, index = value
        shown = len(self._ids)
        if ids[:shown] != self._ids:  # the library changed in between
            self._apply(ids, total, index=index)
            return
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self._index = index  # built from these very ids
        self.total = total
        self.refreshed.emit(len(ids), total)

    def _apply(self, ids: list[int], total: int, whole: bool = True, index: RowIndex | None = None) -> None:
        self.beginResetModel()
        # Freeing the list left (a million ids: some ten milliseconds) waits for a later turn of the event
        # loop, so the new list's first rows are painted first.
        self._retired.append((self._ids, self._rows))
        QTimer.singleShot(0, self, self._retired.clear)
        self._ids, self._index = ids, index
        self._rows = {}
        self.total = total
        self.endResetModel()
        if whole:
            self.refreshed.emit(len(ids), total)
        else:
            self.first_page.emit()

    def _row(self, row: int) -> dict | None:
        article_id = self._ids[row]
        cached = self._rows.get(article_id)
        if cached is not None:
            return cached
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()  # bounded memory while scrolling a huge library
        start = row - row % ROWS_READ
        batch = [aid for aid in self._ids[start : start + ROWS_READ] if aid not in self._rows]
        self._rows.update(list_rows(self._db, batch))
        # Deleted meanwhile: remember an empty row so we do not query again.
        return self._rows.setdefault(article_id, {"id": article_id})
