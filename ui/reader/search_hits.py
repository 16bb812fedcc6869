"""The search in the reader: every hit of the list's search painted in the article, F3 / Shift+F3 step through them."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QStatusBar, QTextEdit

from core.nlp.search_hits import find_hits
from ui.common.actions import make_action
from ui.common.theme import is_dark_palette
from ui.reader.highlighter import ArticleSpans
from ui.reader.reader_area import ReaderArea


class SearchHits(QObject):
    """Paints the hits as extra selections over the reader body; the current one stronger."""

    def __init__(self, reader: ReaderArea, spans_of: Callable[[], ArticleSpans], search: QLineEdit,
                 status_bar: QStatusBar, parent: QMainWindow, find: QAction | None = None) -> None:
        super().__init__(parent)
        self.reader = reader  # the article shown
        self.spans_of = spans_of  # the shown body's offsets (code points <-> document)
        self.search = search
        self.status_bar = status_bar
        self.body = reader.reader.body
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self._said = ""  # the last message this put in the status bar
        search.textChanged.connect(lambda _t: self.refresh())
        self.actions = {
            "next_hit": make_action(parent, self.tr("Next Search &Hit"), lambda: self.step(1), "next_hit"),
            "previous_hit": make_action(parent, self.tr("Previous Search H&it"), lambda: self.step(-1), "previous_hit"),
        }
        for menu in (find.associatedObjects() if find is not None else []):
            if isinstance(menu, QMenu):
                menu.addActions(list(self.actions.values()))  # Edit, beside Find…

    def refresh(self, _article_id: int | None = None) -> None:
        """Find the search's words in the article shown and paint them."""
        row = self.reader.row
        body = (row.body or "") if row else ""
        self.hits = find_hits(body, self.search.text()) if body else []
        self.current = -1
        self._paint()
        if self._said and self.status_bar.currentMessage() == self._said:
            self.status_bar.clearMessage()  # "Hit 2 of 5" spoke of the search or article before
        self._said = ""

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) hit after the caret, wrapping around."""
        query = self.search.text().strip()
        if self.reader.row is None:  # the list's search left no article to step through
            self._status(self.tr("No article matches {query}").format(query=query) if query
                         else self.tr("Select an article in the list"))
            return
        if not self.hits:
            self._status(self.tr("No hits for {query} in this article").format(query=query) if query
                         else self.tr("Type a search first (Ctrl+F)"))
            return
        caret = self._spans().to_body(self.body.textCursor().selectionStart())
        if self.current >= 0:
            index = (self.current + direction) % len(self.hits)
        elif direction > 0:
            index = next((i for i, (s, _e) in enumerate(self.hits) if s >= caret), 0)
        else:
            index = next((i for i in range(len(self.hits) - 1, -1, -1) if self.hits[i][0] < caret),
                         len(self.hits) - 1)
        self.current = index
        start, end = self.hits[index]
        spans = self._spans()
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(spans.to_document(start))
        cursor.setPosition(spans.to_document(end), QTextCursor.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        self._paint()
        self._status(self.tr("Hit {n} of {total} (F3 next, Shift+F3 previous)").format(n=index + 1, total=len(self.hits)))

    def _spans(self):
        return self.spans_of()

    def _status(self, text: str) -> None:
        self._said = text
        self.status_bar.showMessage(text, 5000)

    def _paint(self) -> None:
        dark = is_dark_palette(self.body.palette())
        spans = self._spans()
        selections = []
        for n, (start, end) in enumerate(self.hits):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(spans.to_document(start))
            cursor.setPosition(spans.to_document(end), QTextCursor.KeepAnchor)
            fmt = QTextCharFormat()
            strong = n == self.current
            fmt.setBackground(QColor(("#b8860b" if strong else "#6b5a1e") if dark else
                                     ("#ffb347" if strong else "#fff176")))
            if dark:
                fmt.setForeground(QColor("#ffffff"))
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        self.body.setExtraSelections(selections)
