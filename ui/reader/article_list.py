"""The window's left panel: the search box over the lazy table of articles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.reader.article_model import ArticleListModel
from ui.reader.list_columns import MARKED, ColumnFitter, ElidedDelegate, MarkDelegate, readable_title


class SearchBox(QLineEdit):
    """The list's search box: Esc clears a search (cleared emitted), or leaves an empty box (escaped)."""

    cleared = Signal()
    escaped = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape and not event.modifiers():
            if self.text():
                self.clear()
                self.cleared.emit()
            else:
                self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ArticleTable(QTableView):
    """The list's table: Home and End (with Ctrl or without) choose the first and the last article, as in any
    list. A table's own Home and End moved the current cell along its row, which in a list of whole rows shows
    nothing, and with Ctrl they moved it to a corner without choosing its row (the article opened, the row
    chosen stayed where it was, out of sight)."""

    def moveCursor(self, action, modifiers):
        if action not in _ENDS:
            return super().moveCursor(action, modifiers)
        rows = self.model().rowCount()
        column = max(0, self.currentIndex().column())  # the current cell stays in its column
        return self.model().index(0 if action == _HOME else rows - 1, column) if rows else QModelIndex()

    def selectionCommand(self, index, event=None):
        if event is not None and event.type() == QEvent.KeyPress and event.key() in _END_KEYS:
            return _CHOOSE  # Ctrl or not: the row gone to is chosen
        return super().selectionCommand(index, event)


class ListPanel(QWidget):
    """The search box over the table, never narrower than a few words of a title in the list's font: a larger
    font (18 pt) in a narrow window squeezed it to a column of two cut characters. Dragged to nothing with the
    splitter's handle, it is collapsed instead (Ctrl+F or the handle brings it back)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__()
        self.view = view

    def least_width(self) -> int:
        """A readable title (readable_title) in the list's font, with the table's scroll bar and margins."""
        bar = self.view.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return readable_title(self) + 2 * self.view.frameWidth() + bar + sides  # (the table sets no font of its own)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self.setMinimumWidth(self.least_width())  # a larger font: the least width follows

_HOME = QAbstractItemView.MoveHome
_ENDS = (_HOME, QAbstractItemView.MoveEnd)
_END_KEYS = (Qt.Key_Home, Qt.Key_End)
_CHOOSE = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows


def article_list(model: ArticleListModel) -> tuple[QWidget, SearchBox, QTableView]:
    """The panel, its search box and its table over model (rows of fixed height: the model is lazy)."""
    search = SearchBox()
    search.setPlaceholderText(QCoreApplication.translate("ArticleList", "Search titles and text (e.g. 会談)"))
    search.setClearButtonEnabled(True)

    view = ArticleTable()
    view.setAccessibleName(QCoreApplication.translate("ArticleList", "Articles"))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.ElideRight)
    view.verticalHeader().hide()
    # Fixed sizes: the view never asks every row for its size.
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    # the title takes the room; the date as wide as a date, status and cleaning as marks (ui.reader.list_columns)
    view.columns = ColumnFitter(view)
    elided = ElidedDelegate(view)
    view.setItemDelegate(elided)
    marks = MarkDelegate(view)
    for column in MARKED:
        view.setItemDelegateForColumn(column, marks)

    panel = ListPanel(view)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(6, 6, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(search)
    layout.addWidget(view, 1)
    panel.setMinimumWidth(panel.least_width())
    return panel, search, view
