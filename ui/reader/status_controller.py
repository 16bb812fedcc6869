"""Article → Status: keys, menu and the list's context menu set the status of the selected articles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu, QStatusBar, QTableView

from core.edits import SetStatus
from core.store.articles import STATUSES
from ui.common.actions import make_action, view_menu_action
from ui.reader.article_model import ArticleListModel
from ui.common.words import counted
from ui.reader.reader_area import ReaderArea
from ui.common.no_article import article_shown

# Shortcut names in ui.common.shortcuts, one per status.
ACTION_NAMES = {"new": "status_new", "in progress": "status_in_progress", "done": "status_done"}


class StatusController(QObject):
    """Owns the status actions; every change goes through the window's undo stack."""

    def __init__(self, db, list_view: QTableView, articles: ArticleListModel, reader: ReaderArea,
                 undo_stack: QUndoStack, status_bar: QStatusBar, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.list_view = list_view
        self.articles = articles
        self.reader = reader
        self.undo_stack = undo_stack
        self.status_bar = status_bar
        view = list_view
        # Several articles at once: Shift/Ctrl+click in the list.
        view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        view.setContextMenuPolicy(Qt.CustomContextMenu)
        view.customContextMenuRequested.connect(self._list_menu)
        self.actions = {ACTION_NAMES[s]: make_action(parent, self._status_text(s),
                                                     lambda _=False, s=s: self.set_status(s),
                                                     ACTION_NAMES[s])
                        for s in STATUSES}
        self.menu = QMenu(self.tr("&Status"), parent)
        for action in self.actions.values():
            self.menu.addAction(action)
        bar = parent.menuBar()
        article = QMenu(self.tr("&Article"), bar)
        article.addMenu(self.menu)
        # Between View and whatever follows it (Entities, Claims, Tools, Help).
        view_menu = view_menu_action(bar)
        following = bar.actions()[bar.actions().index(view_menu) + 1]
        bar.insertMenu(following, article)
        self.article_menu = article

    def selected_ids(self) -> list[int]:
        """The articles selected in the list, else the one in the reader."""
        rows = sorted(i.row() for i in self.list_view.selectionModel().selectedRows())
        ids = [aid for aid in (self.articles.article_id(r) for r in rows) if aid is not None]
        if not ids and self.reader.article_id is not None:
            ids = [self.reader.article_id]
        return ids

    def set_status(self, status: str, ids: list[int] | None = None) -> None:
        """Mark the selected articles (or ids) with status, undoably; saved at once."""
        ids = self.selected_ids() if ids is None else ids
        if not ids:
            article_shown(None, self.status_bar)
            return
        ids = list(dict.fromkeys(ids))
        names = {"new": self.tr("New"), "in progress": self.tr("In Progress"), "done": self.tr("Done")}
        text = (self.tr("Mark Article as {status}") if len(ids) == 1
                else self.tr("Mark {n} Articles as {status}")).format(n=len(ids), status=names.get(status, status))
        self.undo_stack.push(SetStatus(tuple((a, status) for a in ids), text=text))

    def library_changed(self, kind: str, ids: tuple) -> None:
        """An edit was saved (the session's changed signal): the list shows the new statuses."""
        if kind == "status":
            self._changed(list(ids))

    def _changed(self, ids: list[int]) -> None:
        for aid in ids:
            self.articles.forget(aid)
        n = len(ids)
        self.status_bar.showMessage(
            counted(n, self.tr("1 article updated (Ctrl+Z undoes)"), self.tr("{n} articles updated (Ctrl+Z undoes)")),
            4000)

    def _list_menu(self, pos) -> None:
        view = self.list_view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        if not view.selectionModel().isRowSelected(index.row(), index.parent()):
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        menu = QMenu(view)
        title = menu.addAction(self.tr("Status of {n} selected").format(n=len(self.selected_ids())))
        title.setEnabled(False)
        for action in self.actions.values():
            menu.addAction(action)
        menu.popup(view.viewport().mapToGlobal(pos))
        self.context_menu = menu  # kept for tests; replaced on the next right-click

    def _status_text(self, status: str) -> str:
        texts = {"new": self.tr("&New"), "in progress": self.tr("&In Progress"), "done": self.tr("&Done")}
        return texts.get(status, status)

    def status_action(self, status: str) -> QAction:
        return self.actions[ACTION_NAMES[status]]
