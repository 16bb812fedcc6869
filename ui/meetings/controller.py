"""The window side of meetings: Tools → Meetings…, mention marks in the reader, attaching mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from core.store.meetings import get_meeting, meeting_mentions_for, participants_of
from ui.common.actions import make_action, tools_menu
from ui.common.no_article import article_shown
from ui.meetings.mentions import MeetingMentionLayer
from ui.meetings.model import meeting_title
from ui.reader.reader_area import ReaderArea

if TYPE_CHECKING:  # the meetings window's modules load when it first opens, not with the window
    from ui.meetings.window import MeetingsWindow


class MeetingsController(QObject):
    """Owns the meetings window and the reader's meeting layer."""

    def __init__(self, db, reader: ReaderArea, undo_stack: QUndoStack, status_bar: QStatusBar,
                 go_to_article: Callable[..., None], parent: QMainWindow) -> None:
        super().__init__(parent)
        self.db = db
        self.reader = reader  # the article shown
        self.undo_stack = undo_stack
        self.status_bar = status_bar
        self.go_to_article = go_to_article
        self._parent = parent  # the meetings window and the attach dialog open over it
        self.meetings_window: MeetingsWindow | None = None
        self.layer = MeetingMentionLayer(reader.reader)
        self.attach_dialog = None
        self.actions = self._build_actions()
        self.layer.attach_requested.connect(self.attach_at_caret)

    def _build_actions(self) -> dict:
        w = self._parent
        a = {
            "meetings": make_action(w, self.tr("&Meetings…"), self.show_meetings, "meetings"),
            "attach_meeting": make_action(w, self.tr("&Attach Mention to Meeting…"), self.attach_at_caret),
        }
        a["attach_meeting"].setText(self.tr("&Attach Mention to Meeting…") + "\tG")
        tools = tools_menu(w.menuBar())
        tools.addSeparator()
        tools.addAction(a["meetings"])
        tools.addAction(a["attach_meeting"])
        return a

    # the reader ---------------------------------------------------------------------------

    def refresh(self, _article_id: int | None = None) -> None:
        """Mark the meeting mentions of the article shown."""
        row = self.reader.row
        mentions = meeting_mentions_for(self.db, row.id) if row else []
        labels = {}
        for meeting_id in {m.meeting_id for m in mentions if m.meeting_id}:
            meeting = get_meeting(self.db, meeting_id)
            if meeting is not None:
                people = participants_of(self.db, meeting_id)
                labels[meeting_id] = meeting_title({**meeting.to_dict(), "participants": people})
        self.layer.show((row.body or "") if row else "", mentions, labels)

    def library_changed(self, kind: str, ids: tuple) -> None:
        """An edit was saved (the session's changed signal): refresh what shows it."""
        if kind == "meeting_mentions":
            for article_id in ids:
                self._mentions_changed(article_id)
        elif kind == "meetings":
            self.refresh()

    def _mentions_changed(self, article_id: int) -> None:
        if article_id == self.reader.article_id:
            self.refresh()
        else:
            self.open_article_at(article_id)

    def open_article_at(self, article_id: int, start: int | None = None, end: int | None = None) -> None:
        """Show an article in the main window (selected in the list) with a span selected."""
        self.go_to_article(article_id, clean=True)
        if start is not None and end is not None:
            self.layer.select_span(start, end)
            self.reader.reader.body.setFocus(Qt.OtherFocusReason)
        self._parent.raise_()
        self._parent.activateWindow()

    # the meetings window ------------------------------------------------------------------

    def show_meetings(self) -> MeetingsWindow:
        """Open (or raise) the meetings window."""
        if self.meetings_window is None:
            from ui.meetings.window import MeetingsWindow

            self.meetings_window = MeetingsWindow(self.db, self.undo_stack, self.undo_stack.session, self._parent)
            self.meetings_window.article_requested.connect(self.open_article_at)
        self.meetings_window.show()
        self.meetings_window.raise_()
        self.meetings_window.activateWindow()
        return self.meetings_window

    def attach_at_caret(self) -> None:
        """G: tie the meeting mention at the caret (or the selection) to a meeting."""
        if not article_shown(self.reader.article_id, self.status_bar):
            return  # said, before the dialog's modules load
        from ui.meetings.attach import start_attach
        start_attach(self)

    def shutdown(self) -> None:
        if self.meetings_window is not None:
            window, self.meetings_window = self.meetings_window, None
            window.release()
