"""Article → Set Date…: the user gives the article shown its publication day, undoably.

An article whose page, file name and text give no date shows none (its list cell is empty and sorts last); the
day the user knows from elsewhere is given here, and its dates and meetings are read again against it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMenu, QStatusBar

from core.edits import SetPublished
from core.published_date import user_day
from core.store.articles import get_article
from ui.common.actions import make_action
from ui.common.busy import busy_cursor
from ui.common.no_article import article_shown
from ui.reader.reader_area import ReaderArea

# asks for a day, the one the article has (or "") filled in: (text, accepted)
Ask = Callable[[str], tuple[str, bool]]


class ArticleDateController(QObject):
    """Owns Article → Set Date…; the edit goes through the window's undo stack."""

    def __init__(self, db, reader: ReaderArea, undo_stack: QUndoStack, status_bar: QStatusBar, menu: QMenu,
                 parent: QMainWindow, ask: Ask | None = None) -> None:
        super().__init__(parent)
        self.db, self.reader, self.undo_stack, self.status_bar = db, reader, undo_stack, status_bar
        self.ask = ask or self._dialog
        self.actions = {"set_date": make_action(parent, self.tr("Set &Date…"), self.ask_date)}
        menu.addAction(self.actions["set_date"])

    def ask_date(self) -> None:
        """Ask for the day of the article shown, its own (or the day its text gives) filled in."""
        article_id = self.reader.article_id
        if not article_shown(article_id, self.status_bar):
            return
        row = get_article(self.db, article_id)
        text, accepted = self.ask(((row.published or row.published_inferred or "") if row else "")[:10])
        if accepted:
            self.set_date(article_id, text)

    def set_date(self, article_id: int, text: str) -> bool:
        """Give the article the day text writes (YYYY-MM-DD); False, said in the status bar, when it is none."""
        try:
            given = user_day(text)
        except ValueError:
            self.status_bar.showMessage(self.tr("Not a day: write it as YYYY-MM-DD, e.g. 2008-05-13"), 6000)
            return False
        edit = SetPublished(article_id, given, text=self.tr("Set Article Date to {day}").format(day=given.published))
        with busy_cursor():  # the article's dates and meetings are read again
            self.undo_stack.push(edit)
        self.status_bar.showMessage(self.tr("{edit} (Ctrl+Z undoes)").format(edit=edit.text), 6000)
        return True

    def _dialog(self, current: str) -> tuple[str, bool]:
        return QInputDialog.getText(self.parent(), self.tr("Set Date"),
                                    self.tr("Publication day of this article (YYYY-MM-DD):"),
                                    QLineEdit.Normal, current)
