"""The main window's article list: search, sorting, the count, and which article the reader shows.

A part of MainWindow (its base class): the menus, the features and the import dialogs call these
as the window's own methods. Its messages keep the window's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from core.store.search import QUERY_LIMIT
from ui.common.words import counted
from ui.reader.article_list import article_list
from ui.reader.article_model import SORT_KEYS

translate = QCoreApplication.translate

SEARCH_KEY = "list/search"  # the search the list was narrowed by, shown in the box again at the next start


class ArticleNavigation:
    """The list beside the reader of MainWindow (which holds model, reader, settings and the timers)."""

    # building -----------------------------------------------------------------------

    def _build_list(self) -> None:
        self.list_panel, self.search, self.list_view = article_list(self.model)
        # Rows are read whole: Tab leaves the list for the reader instead of stepping through a row's cells.
        self.list_view.setTabKeyNavigation(False)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.cleared.connect(self._search_now)  # Esc: the whole list again, at once
        self.search.escaped.connect(lambda: self.list_view.setFocus(Qt.ShortcutFocusReason))
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_moved())

    def _enable_sorting(self, column: int, order: Qt.SortOrder) -> None:
        header = self.list_view.horizontalHeader()
        header.setSortIndicator(column, order)
        self.list_view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            # The status column is not sortable in SQL: put the indicator back.
            key = {v: k for k, v in SORT_KEYS.items()}[self.model.sort_key]
            back = Qt.DescendingOrder if self.model.descending else Qt.AscendingOrder
            header = self.list_view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(key, back)
            header.blockSignals(False)
            return
        self.settings.setValue("list/sort_column", column)
        self.settings.setValue("list/sort_descending", order == Qt.DescendingOrder)

    # search, count and selection ---------------------------------------------------

    def focus_search(self) -> None:
        sizes = self.splitter.sizes()
        if sizes[0] == 0:  # the list was dragged closed: Ctrl+F opens it again at its least width
            least = self.list_panel.minimumWidth()
            self.splitter.setSizes([least, max(0, sizes[1] - least)])
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        # kept as the list searches it (a pasted page is kept as its searched head, not whole in the settings)
        self.settings.setValue(SEARCH_KEY, self.search.text()[:2 * QUERY_LIMIT])

    def _restore_search(self, text: str) -> None:
        """The search the window was closed with, in the box and on the list before its first page is read."""
        self.search.blockSignals(True)  # not typed: no timer, no second reading of the list
        self.search.setText(text)
        self.search.blockSignals(False)
        self.model.set_search(text, reload=False)

    def _show_count(self, shown: int, total: int) -> None:
        """The list's count beside the library's (the count of a long list comes before its last rows)."""
        articles = counted(total, translate("MainWindow", "1 article"), translate("MainWindow", "{n} articles"))
        self.count_label.setText(
            articles if shown == total and not (self.model.search or self.model.entity_id)
            else translate("MainWindow", "{shown} of {articles}").format(shown=f"{shown:,}", articles=articles))

    def _refreshed(self, shown: int, total: int) -> None:
        self._show_count(shown, total)
        if self.model.search_cut:
            self.statusBar().showMessage(translate(
                "MainWindow", "The search is too long: only its first {limit} characters were searched.").format(limit=QUERY_LIMIT))
        if total == 0:
            self._clear_reader(self.reader.show_empty)
            return
        # the row the reader chose (kept when rows were only appended, gone after a reset) over the article
        # still shown: a click made while the rest of the list arrived is not undone
        chosen = self.model.article_id(self.list_view.currentIndex().row())
        wanted = self._wanted_id or chosen or self.reader.article_id
        row = self.model.row_of(wanted) if wanted else None
        if row is None and shown:
            # first run, or a search whose hits leave out the article read: the reader follows the list
            row = 0
        self._wanted_id = None
        if row is not None:
            self.select_row(row)
        elif self.model.search:
            # the article read comes back when the search is cleared
            self._wanted_id = self.reader.article_id or wanted
            self._clear_reader(lambda: self.reader.show_nothing(translate(
                "MainWindow", "No article matches {query}. Esc in the search box shows them all."
            ).format(query=self.model.search)))
        else:
            self._clear_reader(self.reader.show_nothing)

    def _clear_reader(self, show) -> None:
        """Show a page without an article; the panels drop the article shown before (once)."""
        shown = self.reader.article_id
        self.standing.set("")  # no article, no article's warning
        show()
        if shown is not None:
            self.article_cleared.emit()

    def select_row(self, row: int) -> None:
        """Select and show the article in row."""
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, self.list_view.selectionModel().SelectionFlag.ClearAndSelect
            | self.list_view.selectionModel().SelectionFlag.Rows)
        self.list_view.scrollTo(index)

    def step_article(self, delta: int) -> None:
        """Show the next (1) or previous (-1) article of the list."""
        row = self.list_view.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.select_row(row)

    def search_for(self, text: str) -> None:
        """Search the list for text (a name the entities panel offers)."""
        self.search.setText(text)
        self.focus_search()

    def go_to_article(self, article_id: int, clean: bool = False) -> None:
        """Select an article in the list and show it (clean: its clean text, not the raw page)."""
        if article_id != self.reader.article_id and not self.claims.may_leave_editor():
            return
        row = self.model.row_of(article_id)
        if row is not None:
            self.select_row(row)
        if self.reader.article_id != article_id:
            self.show_article(article_id)
        if clean and self.reader.raw_mode:
            self.set_raw_mode(False)

    def show_new_article(self, article_id: int) -> None:
        """Show an article just imported, and select it in the list (now, or once the list has read it). A list
        narrowed by a search or an entity shows all again: it may leave the new article out, and its refresh
        would then show its first row instead (the reader follows the list)."""
        self.go_to_article(article_id)
        if self.model.row_of(article_id) is None and self.reader.article_id == article_id:
            self._wanted_id = article_id  # the list's next refresh selects it, not the row chosen before
            if self.model.entity_id:
                self.entities.filter_by_entity(None)
            if self.search.text():
                self.search.clear()
                self._search_now()

    def _selection_moved(self) -> None:
        """A click or a key chose another row: its article opens now, unless another opened just before
        (then the last of a quick run of rows opens once the run stops, not each row on the way)."""
        if self._select_timer.isActive():
            self._selection_waits = True
            self._select_timer.start()
            return
        shown = self.reader.article_id
        self._load_selected()
        if self.reader.article_id != shown:  # an article opened: the rows right after it wait
            self._select_timer.start()

    def _reselect(self, article_id: int) -> None:
        """Put the list's row back on the article still shown (the user kept its claim editor open)."""
        row = self.model.row_of(article_id)
        if row is not None and article_id == self.reader.article_id:
            self.select_row(row)

    def _selection_settled(self) -> None:
        if self._selection_waits:
            self._selection_waits = False
            self._load_selected()

    def _first_painted(self) -> None:
        self._list_painted = True
        if not self.library_closed:  # a window closed before it was ever painted opens nothing
            self._load_selected()

    def _load_selected(self) -> None:
        if not self._list_painted:
            return  # _first_painted loads it
        article_id = self.model.article_id(self.list_view.currentIndex().row())
        if article_id is None or article_id == self.reader.article_id:
            return
        if not self.claims.may_leave_editor():  # Cancel: the list's row back on the article with the editor,
            shown = self.reader.article_id    # once the click that chose another has selected its row
            QTimer.singleShot(0, self, lambda: self._reselect(shown))
            return
        self.show_article(article_id)
