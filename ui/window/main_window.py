"""The main window: article list on the left, reader in the centre, status bar below."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QThreadPool, QTimer, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter

from core.edits import SetLineLabel
from core.analysis_limit import analysed_part
from core.store.articles import get_article, overrides_for
from core.store.search import QUERY_LIMIT
from ui.reader.check_reasons import check_reasons
from ui.common.actions import build_menus
from ui.common.after_paint import after_first_paint
from ui.common.busy import busy_cursor
from ui.window.features import build_features
from ui.common.annotator import AnnotatorDialog, annotator_name
from ui.reader.article_model import SORT_KEYS, ArticleListModel
from ui.jobs.batch_import_dialog import BatchImportDialog
from ui.jobs.dataset_dialog import DatasetImportDialog
from ui.edits.edit_stack import EditStack
from ui.edits.session import LibrarySession
from ui.edits.writer import Writer
from ui.common.file_dialogs import file_dialog
from ui.window.help_dialog import ShortcutsDialog
from ui.common.read_only import open_library
from ui.jobs.import_controller import sample_paths
from ui.reader.article_list import article_list
from ui.reader.reader_area import ReaderArea
from ui.jobs.import_places import last_import_folder, remember_import
from ui.common.words import counted

if TYPE_CHECKING:
    from ui.jobs.export_dialog import ExportDialog

SEARCH_DELAY_MS = 250
# A selection opens its article at once; those that follow it within this time (a key held down) are
# gathered, and the last one opens when they stop.
SELECT_DELAY_MS = 40
READER_MIN_WIDTH = 320  # pixels: about 18 characters of the reader's text at its default size
IMPORT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Articles (*.txt *.html *.htm *.jsonl *.json *.csv);;All files (*)")


def local_paths(mime) -> list[Path]:
    """The local files and folders in a drag's mime data."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    """Kaidan's window over one library file."""

    article_shown = Signal(int)
    article_cleared = Signal()  # no article is shown any more (a search with no hit, an emptied library)

    def __init__(self, db_path: str | Path) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.db, self.read_only = open_library(self.db_path)
        self.library_closed = False
        self.settings = QSettings()
        title = self.tr("Kaidan — {library} (read-only)") if self.read_only else self.tr("Kaidan — {library}")
        self.setWindowTitle(title.format(library=Path(self.db_path).name))
        self.setAcceptDrops(True)
        # The annotator is read from the settings once, when the library opens; the session carries it.
        self.session = LibrarySession(self.db, annotator_name(), self, writer=Writer(self.db_path, self.read_only))
        self.session.changed.connect(self._library_changed)
        self.undo_stack = EditStack(self.session, self)
        self.undo_stack.failed.connect(self._edit_failed)
        self._pending_id: int | None = None
        self._wanted_id = self.settings.value("reader/article", 0, type=int) or None

        self.model = ArticleListModel(self.db, self.db_path, self)
        self._build_list()
        self.reader = ReaderArea()
        self.reader.empty.import_files.connect(self.choose_import_files)
        self.reader.empty.import_folder.connect(self.choose_import_folder)
        self.reader.empty.open_samples.connect(self.open_sample_library)
        self.reader.raw.label_requested.connect(self.set_line_label)
        self.reader.reader.zoom_changed.connect(lambda z: self.settings.setValue("reader/zoom", z))
        self.reader.reader.raw_requested.connect(lambda: self.set_raw_mode(True))

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        # a narrow window narrows the list before the article: the reader keeps a readable column
        self.reader.setMinimumWidth(READER_MIN_WIDTH)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([400, 620])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.actions_by_name = build_menus(self)
        build_features(self)
        self.annotator_dialog: AnnotatorDialog | None = None
        self.export_dialog: ExportDialog | None = None

        self._select_timer = QTimer(self, singleShot=True, interval=SELECT_DELAY_MS)
        self._select_timer.timeout.connect(self._selection_settled)
        self._selection_waits = False  # a selection came while the timer ran: opened when it runs out
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.model.refreshed.connect(self._refreshed)
        self.model.counted.connect(self._show_count)
        # A long list paints its first page before the rest is read: show its first article meanwhile.
        self.model.first_page.connect(lambda: self.reader.article_id is None and self.select_row(0))
        self.model.failed.connect(lambda msg: self.statusBar().showMessage(self.tr("Search failed: {reason}").format(reason=msg)))

        self._restore_settings()
        # The list paints first: the rest of its ids and the first article shown (its text, entities, claims
        # and meetings read and laid out) come once it is on the screen.
        self._list_painted = False
        self.model.reload_now(rest_after=self.list_view.viewport())
        after_first_paint(self.list_view.viewport(), self._first_painted)
        if self.session.annotator is None:
            # First run: ask once the window is up; open(), never exec(), so nothing blocks.
            QTimer.singleShot(0, lambda: self.ask_annotator(first_run=True))

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

    # list and reader --------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _show_count(self, shown: int, total: int) -> None:
        """The list's count beside the library's (the count of a long list comes before its last rows)."""
        articles = counted(total, self.tr("1 article"), self.tr("{n} articles"))
        self.count_label.setText(
            articles if shown == total and not (self.model.search or self.model.entity_id)
            else self.tr("{shown} of {articles}").format(shown=f"{shown:,}", articles=articles))

    def _refreshed(self, shown: int, total: int) -> None:
        self._show_count(shown, total)
        if self.model.search_cut:
            self.statusBar().showMessage(self.tr(
                "The search is too long: only its first {limit} characters were searched.").format(limit=QUERY_LIMIT))
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
            self._clear_reader(lambda: self.reader.show_nothing(self.tr(
                "No article matches {query}. Esc in the search box shows them all.").format(query=self.model.search)))
        else:
            self._clear_reader(self.reader.show_nothing)

    def _clear_reader(self, show) -> None:
        """Show a page without an article; the panels drop the article shown before (once)."""
        shown = self.reader.article_id
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
        row = self.model.row_of(article_id)
        if row is not None:
            self.select_row(row)
        if self.reader.article_id != article_id:
            self.show_article(article_id)
        if clean and self.reader.raw_mode:
            self.set_raw_mode(False)

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
        if article_id is not None and article_id != self.reader.article_id:
            self.show_article(article_id)

    def show_article(self, article_id: int) -> None:
        """Load an article from the library into the reader."""
        row = get_article(self.db, article_id)
        if row is None:
            return
        self.reader.show_article(row, overrides_for(self.db, row.content_hash))
        said = []
        if row.cleaning_check:  # never let a doubtful body pass for the article unsaid
            said.append(self.tr("Check cleaning: {reasons}. Ctrl+R shows the raw page at the line in doubt.").format(
                reasons=check_reasons(row.cleaning_check)))
        analysed = len(analysed_part(row.body or ""))
        if analysed < len(row.body or ""):  # a dump's tail holds no entity, claim or meeting: say why
            said.append(self.tr(
                "This text of {total} characters is too long to analyse whole: entities, claims and meetings "
                "were found in its first {analysed}.").format(total=f"{len(row.body):,}", analysed=f"{analysed:,}"))
        if said:
            self.statusBar().showMessage(" ".join(said))
        self.settings.setValue("reader/article", article_id)
        self.article_shown.emit(article_id)

    def set_raw_mode(self, on: bool) -> None:
        """Show the raw text (with the cleaner's marks) instead of the clean body."""
        self.actions_by_name["raw"].setChecked(on)
        self.reader.set_raw_mode(on)
        self.settings.setValue("reader/raw", on)

    def set_line_label(self, line: int, label: str | None) -> None:
        """Correct the cleaner on one raw line of the article shown (undoable, saved at once)."""
        article_id = self.reader.article_id
        if article_id is None:
            return
        texts = {"body": self.tr("Mark Line {line} as Body"), "drop": self.tr("Mark Line {line} as Boilerplate"),
                 None: self.tr("Let the Cleaner Decide Line {line}")}
        edit = SetLineLabel(article_id, line, label, text=texts.get(label, "").format(line=line))
        with busy_cursor():  # the article is cleaned and analysed again (the first fix also loads the cleaner)
            self.undo_stack.push(edit)
        self.statusBar().showMessage(
            self.tr("{edit}: the clean text is updated (Ctrl+Z undoes)").format(edit=edit.text), 6000)

    def _library_changed(self, kind: str, ids: tuple) -> None:
        if kind == "cleaning":
            for article_id in ids:
                self._article_changed(article_id)

    def _article_changed(self, article_id: int) -> None:
        self.model.forget(article_id)
        if article_id == self.reader.article_id:
            self.show_article(article_id)
        else:
            self.go_to_article(article_id)  # an edit undone on another article: show it there

    def _edit_failed(self, message: str) -> None:
        """An edit could not be saved: say so, and show again what the library holds."""
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Warning, "Kaidan", message, QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)  # the edit's name can hold article or registry text
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        article_id = self.reader.article_id
        if article_id is not None and not self.library_closed:
            self.model.forget(article_id)
            self.show_article(article_id)

    def ask_annotator(self, first_run: bool = False) -> AnnotatorDialog:
        """File → Set Annotator…: the name recorded with every edit from now on."""
        dialog = AnnotatorDialog(self, first_run=first_run)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.chosen.connect(self.session.set_annotator)
        dialog.chosen.connect(lambda name: self.statusBar().showMessage(self.tr("Annotating as {name}").format(name=name), 6000))
        dialog.destroyed.connect(lambda: setattr(self, "annotator_dialog", None))
        self.annotator_dialog = dialog
        dialog.open()
        return dialog

    # zoom ---------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.reader.reader.set_zoom(self.reader.reader.zoom + 1)

    def zoom_out(self) -> None:
        self.reader.reader.set_zoom(self.reader.reader.zoom - 1)

    def zoom_reset(self) -> None:
        self.reader.reader.set_zoom(0)

    # import -------------------------------------------------------------------------

    def import_paths(self, paths: list[str | Path], fmt: str = "auto") -> None:
        """Import files and folders (annotated datasets recognised, or of format fmt) in the background."""
        self.imports.start(paths, fmt)

    def choose_import_dataset(self) -> DatasetImportDialog | None:
        """File → Import Annotated Dataset…: a path and a format, imported in the background."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        dialog = DatasetImportDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.chosen.connect(lambda path, fmt: self.import_paths([path], fmt))
        dialog.open()
        return dialog

    def choose_import_batch(self) -> BatchImportDialog | None:
        """File → Import from Batch…: a slice of a batch run, imported in the background."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        dialog = BatchImportDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.chosen.connect(self.imports.start_slice)
        dialog.open()
        return dialog

    def choose_import_files(self) -> QFileDialog | None:
        """File → Import Files…: a dialog that never opens the files it lists (the library among them)."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        dialog = file_dialog(self, self.tr("Import Articles"), last_import_folder(), self.tr(IMPORT_FILTER))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._import_chosen)
        dialog.open()
        return dialog

    def choose_import_folder(self) -> QFileDialog | None:
        """Import a whole folder (recursively), chosen in a dialog that reads no file."""
        if self.imports.runner.refuses():  # a read-only library: no files to choose
            return None
        dialog = file_dialog(self, self.tr("Import a Folder of Articles"), last_import_folder(), mode=QFileDialog.Directory)
        dialog.setOption(QFileDialog.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda folder: folder and self._import_chosen([folder]))
        dialog.open()
        return dialog

    def _import_chosen(self, paths) -> None:
        remember_import(list(paths))
        self.import_paths(list(paths))

    def open_sample_library(self) -> None:
        """Import the bundled sample articles into this library (known ones are skipped)."""
        self.statusBar().showMessage(self.tr("Importing the sample library…"))
        self.import_paths(sample_paths())

    def dragEnterEvent(self, event) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # export -------------------------------------------------------------------------

    def show_export(self) -> ExportDialog:
        """File → Export…: a fresh dialog for the current selection, unless an export is running."""
        dialog = self.export_dialog
        if dialog is not None and dialog.controller.is_running():
            dialog.show()
            dialog.raise_()
            return dialog
        if dialog is not None:
            dialog.deleteLater()
        # The writers (every format's modules) load when the dialog first opens, not with the window.
        from ui.jobs.export_dialog import ExportDialog

        # Kept (not deleted on close) so a running export's worker always has its receiver.
        self.export_dialog = ExportDialog(self, self.statuses.selected_ids())
        self.export_dialog.open()
        return self.export_dialog

    # help ---------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Kaidan"),
                          self.tr("Kaidan (会談): read and annotate Japanese news about diplomacy."))

    # settings and shutdown ------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry", QByteArray(), type=QByteArray)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = s.value("window/state", QByteArray(), type=QByteArray)
        if not state.isEmpty():
            self.restoreState(state)  # docks: the entities panel
        splitter = s.value("window/splitter", QByteArray(), type=QByteArray)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.reader.reader.set_zoom(s.value("reader/zoom", 0, type=int))
        self.set_raw_mode(s.value("reader/raw", False, type=bool))
        column = s.value("list/sort_column", 2, type=int)
        descending = s.value("list/sort_descending", True, type=bool)
        if column in SORT_KEYS:
            self.model.sort_key, self.model.descending = SORT_KEYS[column], descending
        else:
            column = 2
        self._enable_sorting(column, Qt.DescendingOrder if descending else Qt.AscendingOrder)

    def wait_for_workers(self) -> None:
        """Block until every background worker has finished (on close)."""
        QThreadPool.globalInstance().waitForDone()

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        self.imports.cancel()
        self.library_watch.stop()
        if self.export_dialog is not None:
            self.export_dialog.controller.cancel()
        self.entities.shutdown()
        self.claims.shutdown()
        self.meetings.shutdown()
        self.team.cancel()
        for timer in (self._select_timer, self._search_timer):
            timer.stop()
        self.model.detach()
        # Workers hold their own connections and our signal objects: let them finish. An import stops only
        # after its current file: the window goes at once rather than stand frozen meanwhile.
        if QThreadPool.globalInstance().activeThreadCount():
            self.hide()
        self.wait_for_workers()
        self.library_closed = True  # results of finished workers may still be queued for us
        self.session.close()
        self.db.close()
        super().closeEvent(event)
