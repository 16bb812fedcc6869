"""The main window: article list on the left, reader in the centre, status bar below."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QThreadPool, QTimer, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter

from core import __version__
from core.edits import SetLineLabel
from core.analysis_limit import analysed_part
from core.store.articles import get_article, overrides_for
from core.store.identity import file_identity
from ui.common.accessible import keyboard_ready
from ui.reader.check_reasons import check_reasons
from ui.common.actions import build_menus
from ui.common.after_paint import after_first_paint
from ui.common.busy import busy_cursor
from ui.common.focus_back import give_focus_back_everywhere
from ui.common.plain import plain_message
from ui.common.docks import place_docks
from ui.window.article_navigation import SEARCH_KEY, ArticleNavigation
from ui.window.close_edits import may_close_window
from ui.window.features import build_features
from ui.window.file_actions import FileActions
from ui.window.library_gone import list_failed
from ui.window.reload import reload_after_gone, reload_library
from ui.common.annotator import annotator_name
from ui.reader.article_model import SORT_KEYS, ArticleListModel
from ui.edits.edit_stack import EditStack
from ui.edits.session import LibrarySession
from ui.edits.writer import Writer
from ui.common.read_only import open_library
from ui.reader.reader import MAX_ZOOM, MIN_ZOOM
from ui.reader.reader_area import ReaderArea
from ui.common.screen_fit import resize_within_screen
from ui.common.settings_read import read_setting
from ui.common.standing import StandingMessage

if TYPE_CHECKING:
    from ui.common.annotator import AnnotatorDialog
    from ui.jobs.export_dialog import ExportDialog

SEARCH_DELAY_MS = 250
# A selection opens its article at once; those that follow it within this time (a key held down) are
# gathered, and the last one opens when they stop.
SELECT_DELAY_MS = 40


class MainWindow(ArticleNavigation, FileActions, QMainWindow):
    """Kaidan's window over one library file (its article list and its File menu in their own modules)."""

    article_shown = Signal(int)
    article_cleared = Signal()  # no article is shown any more (a search with no hit, an emptied library)

    def __init__(self, db_path: str | Path) -> None:
        super().__init__()
        give_focus_back_everywhere(QApplication.instance())  # the dialogs and windows opened over this one
        self.db_path = str(db_path)
        self.db, self.read_only = open_library(self.db_path)
        self.library_identity = file_identity(self.db_path)  # the file opened: see library_gone()
        self.library_closed = False
        self.settings = QSettings()
        self.about_box: QMessageBox | None = None  # Help → About Kaidan, while open
        title = self.tr("Kaidan — {library} (read-only)") if self.read_only else self.tr("Kaidan — {library}")
        self.setWindowTitle(title.format(library=Path(self.db_path).name))
        self.setAcceptDrops(True)
        # The annotator is read from the settings once, when the library opens; the session carries it.
        writer = Writer(self.db_path, self.read_only, self.library_identity)
        self.session = LibrarySession(self.db, annotator_name(), self, writer=writer)
        self.session.changed.connect(self._library_changed)
        self.undo_stack = EditStack(self.session, self)
        self.undo_stack.failed.connect(self._edit_failed)
        self.undo_stack.gone.connect(lambda _what: reload_after_gone(self))
        self.undo_stack.stepped.connect(lambda words: self.statusBar().showMessage(words, 6000))
        self.session.reload_requested.connect(self.reload_library)
        self._pending_id: int | None = None
        self._wanted_id = read_setting("reader/article", 0, low=0, settings=self.settings) or None

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
        # (some 22 characters of its text, the claim editor's stance keys in a row: 400 pixels at the usual font,
        # so that an 800-pixel window still holds the list and the side panels beside it)
        self.reader.setMinimumWidth(self.reader.least_width())
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([400, 620])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        # the article shown's warning, back on the status line whenever a passing message ends
        self.standing = StandingMessage(self.statusBar())
        self.actions_by_name = build_menus(self)
        build_features(self)
        self.annotator_dialog: AnnotatorDialog | None = None
        self.export_dialog: ExportDialog | None = None

        self._select_timer = QTimer(self, singleShot=True, interval=SELECT_DELAY_MS)
        self._select_timer.timeout.connect(self._selection_settled)
        self._selection_waits = False  # a selection came while the timer ran: opened when it runs out
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.model.refreshed.connect(self._refreshed)
        self.model.counted.connect(self._show_count)
        # A long list paints its first page before the rest is read: show its first article meanwhile.
        self.model.first_page.connect(lambda: self.reader.article_id is None and self.select_row(0))
        self.model.failed.connect(lambda msg: list_failed(self, msg))

        self._restore_settings()
        # The list and the reader paint first: the side panels (in the saved layout), the rest of the list's
        # ids and the first article shown (its text, entities, claims and meetings read and laid out) come
        # once it is on the screen.
        self._list_painted = self.docks_placed = False
        self.model.reload_now(rest_after=self.list_view.viewport())
        after_first_paint(self.list_view.viewport(), self._painted)
        if self.session.annotator is None:
            # First run: ask once the window is up; open(), never exec(), so nothing blocks.
            QTimer.singleShot(0, lambda: self.ask_annotator(first_run=True))

    def _painted(self) -> None:
        """The list is on the screen: the side panels join the window where they were, its fields and theirs are
        named for screen readers (no first frame waits for that), then its article opens."""
        if not self.library_closed and not self.docks_placed:
            place_docks(self, self.docks, self._dock_state)
            self.docks_placed = True
            keyboard_ready(self)
        self._first_painted()

    # the reader ---------------------------------------------------------------------

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
        self.standing.set(" ".join(said))  # "" withdraws the article before's warning: it is not this one's
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

    def reload_library(self) -> None:
        """View → Reload: show what another window or process changed in the library."""
        reload_library(self)

    # zoom ---------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.reader.reader.set_zoom(self.reader.reader.zoom + 1)

    def zoom_out(self) -> None:
        self.reader.reader.set_zoom(self.reader.reader.zoom - 1)

    def zoom_reset(self) -> None:
        self.reader.reader.set_zoom(0)

    # help ---------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from ui.window.help_dialog import ShortcutsDialog  # loaded when first asked for

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> QMessageBox:
        """What Kaidan is, its version and the library file this window has open (the title names only the
        file: two libraries of one name in two folders looked alike); the path is shown as it is, never markup."""
        text = self.tr("Kaidan (会談) {version}: read and annotate Japanese news about diplomacy.\n\n"
                       "Library: {path}").format(version=__version__, path=self.db_path)
        self.about_box = box = plain_message(QMessageBox.Information, self.tr("About Kaidan"), text, self)
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the path can be copied
        box.setAttribute(Qt.WA_DeleteOnClose)  # closed, it goes: not one hidden box kept per About opened
        box.finished.connect(lambda _result: setattr(self, "about_box", None))
        box.open()
        return box

    # settings and shutdown ------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = read_setting("window/geometry", QByteArray(), settings=s)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1280, 800)
        # the side panels' places: restored when they join the window, after its first paint
        self._dock_state = read_setting("window/state", QByteArray(), settings=s)
        splitter = read_setting("window/splitter", QByteArray(), settings=s)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.reader.reader.set_zoom(read_setting("reader/zoom", 0, MIN_ZOOM, MAX_ZOOM, settings=s))
        self.set_raw_mode(read_setting("reader/raw", False, settings=s))
        column = read_setting("list/sort_column", 2, settings=s)
        descending = read_setting("list/sort_descending", True, settings=s)
        if column in SORT_KEYS:
            self.model.sort_key, self.model.descending = SORT_KEYS[column], descending
        else:
            column = 2
        self._enable_sorting(column, Qt.DescendingOrder if descending else Qt.AscendingOrder)
        self._restore_search(read_setting(SEARCH_KEY, "", settings=s))

    def wait_for_workers(self) -> None:
        """Block until every background worker has finished (on close)."""
        QThreadPool.globalInstance().waitForDone()

    def closeEvent(self, event) -> None:
        if not self.library_closed and not may_close_window(self):  # asks first over an edit not saved yet
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.docks_placed:  # closed before its panels came: their saved places stay as they were
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
