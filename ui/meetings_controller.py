"""The window side of meetings: Tools → Meetings…, mention marks in the reader, attaching mentions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu

from core.store.meetings import get_meeting, meeting_mentions_for, participants_of
from ui.actions import make_action
from ui.meeting_commands import MeetingEvents
from ui.meeting_mentions import MeetingMentionLayer
from ui.meetings_model import meeting_title
from ui.meetings_window import MeetingsWindow


class MeetingsController(QObject):
    """Owns the meetings window and the reader's meeting layer."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.events = MeetingEvents(self)
        self.meetings_window: MeetingsWindow | None = None
        self.layer = MeetingMentionLayer(window.reader.reader)
        self.attach_dialog = None
        self.actions = self._build_actions()
        window.article_shown.connect(lambda _id: self.refresh())
        self.events.mentions_changed.connect(self._mentions_changed)
        self.events.meetings_changed.connect(lambda _id: self.refresh())
        self.layer.attach_requested.connect(self.attach_at_caret)

    def _build_actions(self) -> dict:
        w = self.window
        a = {
            "meetings": make_action(w, "&Meetings…", self.show_meetings, "meetings"),
            "attach_meeting": make_action(w, "&Attach Mention to Meeting…", self.attach_at_caret),
        }
        a["attach_meeting"].setText("&Attach Mention to Meeting…\tG")
        bar = w.menuBar()
        tools = next((act.menu() for act in bar.actions() if act.text() == "&Tools"), None)
        if tools is None:
            tools = QMenu("&Tools", bar)
            bar.insertMenu(bar.actions()[-1], tools)
        tools.addSeparator()
        tools.addAction(a["meetings"])
        tools.addAction(a["attach_meeting"])
        return a

    # the reader ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Mark the meeting mentions of the article shown."""
        row = self.window.reader.row
        mentions = meeting_mentions_for(self.db, row.id) if row else []
        labels = {}
        for meeting_id in {m.meeting_id for m in mentions if m.meeting_id}:
            meeting = get_meeting(self.db, meeting_id)
            if meeting is not None:
                people = participants_of(self.db, meeting_id)
                labels[meeting_id] = meeting_title({**meeting.to_dict(), "participants": people})
        self.layer.show((row.body or "") if row else "", mentions, labels)

    def _mentions_changed(self, article_id: int) -> None:
        if article_id == self.window.reader.article_id:
            self.refresh()
        else:
            self.open_article_at(article_id)

    def open_article_at(self, article_id: int, start: int | None = None, end: int | None = None) -> None:
        """Show an article in the main window (selected in the list) with a span selected."""
        w = self.window
        row = w.model.row_of(article_id)
        if row is not None:
            w.select_row(row)
        if w.reader.article_id != article_id:
            w.show_article(article_id)
        if w.reader.raw_mode:
            w.set_raw_mode(False)
        if start is not None and end is not None:
            self.layer.select_span(start, end)
            w.reader.reader.body.setFocus(Qt.OtherFocusReason)
        w.raise_()
        w.activateWindow()

    # the meetings window ------------------------------------------------------------------

    def show_meetings(self) -> MeetingsWindow:
        """Open (or raise) the meetings window."""
        if self.meetings_window is None:
            self.meetings_window = MeetingsWindow(self.db, self.window.undo_stack, self.events, self.window)
            self.meetings_window.article_requested.connect(self.open_article_at)
        self.meetings_window.show()
        self.meetings_window.raise_()
        self.meetings_window.activateWindow()
        return self.meetings_window

    def attach_at_caret(self) -> None:
        """G: tie the meeting mention at the caret (or the selection) to a meeting."""
        from ui.meeting_attach import start_attach
        start_attach(self)

    def shutdown(self) -> None:
        if self.meetings_window is not None:
            self.meetings_window.close()
