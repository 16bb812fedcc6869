"""The window's left panel: the search box over the lazy table of articles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.reader.article_model import ArticleListModel
from ui.reader.list_columns import MARKED, ColumnFitter, ElidedDelegate, MarkDelegate


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
    """The list's table: Home and End go to the first and the last article, as in any list (a table's own
    Home and End move along the row to its first or last cell, which in a list of whole rows shows nothing)."""

    def moveCursor(self, action, modifiers):
        if action in _ENDS:
            modifiers |= Qt.ControlModifier  # the table's own keys to the first and the last row
        return super().moveCursor(action, modifiers)


_ENDS = (QAbstractItemView.MoveHome, QAbstractItemView.MoveEnd)


def article_list(model: ArticleListModel) -> tuple[QWidget, SearchBox, QTableView]:
    """The panel, its search box and its table over model (rows of fixed height: the model is lazy)."""
    search = SearchBox()
    search.setPlaceholderText(QCoreApplication.translate("ArticleList", "Search titles and text (e.g. 会談)"))
    search.setClearButtonEnabled(True)

    view = ArticleTable()
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

    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(6, 6, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(search)
    layout.addWidget(view, 1)
    return panel, search, view
