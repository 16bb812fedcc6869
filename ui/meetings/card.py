"""The meeting card: the record with its edits, the articles that mention it, claims and links.

The lists are filled by ui.meetings.card_lists; the card builds them, and ui.meetings.card_edits makes their
edits requests.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QPushButton, QScrollArea, QTableWidget, QTreeWidget, QVBoxLayout, QWidget,
)

from core.store.meetings import KINDS, STATUSES
from ui.common.accessible import label_for
from ui.meetings.card_edits import CardEdits, date_form
from ui.meetings.card_lists import (
    DATA, combo, fill_articles, fill_claims, fill_links, fill_participants, fit, set_combo,
)
from ui.meetings.model import parse_day
from ui.meetings.style import (
    KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, TITLE_CHARS, kind_colour, kind_label, short, status_label,
)
from ui.common.flow_layout import FlowLayout
from ui.common.narrow import kept_together
from ui.common.plain import plain_label
from ui.common.text_width import text_width
from ui.common.theme import cjk_font


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class MeetingCard(CardEdits, QScrollArea):
    """Shows one meeting; every change is announced as a request, the window makes it undoable."""

    fields_edited = Signal(dict, str)  # fields, undo text
    participants_edited = Signal(list, str)
    add_participant_requested = Signal()
    link_state_requested = Signal(int, str)  # link id, 'accepted' / 'rejected'
    link_requested = Signal()  # Link to Meeting…: the user links this meeting to another
    article_requested = Signal(int, int, int)  # article id, start, end
    meeting_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.item: dict | None = None
        self.links: list[dict] = []
        self.stance_labels: dict[str, str] = {}  # stance key → the label the window shows
        inner = QWidget()
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(14, 12, 14, 12)
        self.layout_.setSpacing(4)
        self.setWidget(inner)
        self._build_header()
        self._build_form()
        self._build_participants()
        self._build_lists()
        self.layout_.addStretch(1)
        self.show_meeting(None)

    # building ---------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = plain_label()  # the meeting's label comes from article text
        self.title.setWordWrap(True)
        self.title.setFont(cjk_font(14, QFont.Bold))
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.RichText)
        self.proposal = QWidget()
        row = QHBoxLayout(self.proposal)
        row.setContentsMargins(0, 4, 0, 4)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.proposal_label = QLabel(self._why({}, []))
        self.proposal_label.setWordWrap(True)  # the cue and the confidence make it long: the buttons stay in sight
        self.confirm_button.clicked.connect(lambda: self._edit({"state": "confirmed"}, self.tr("Confirm Meeting")))
        self.reject_button.clicked.connect(lambda: self._edit({"state": "rejected"}, self.tr("Reject Meeting")))
        row.addWidget(self.proposal_label, 1)
        row.addWidget(self.confirm_button)
        row.addWidget(self.reject_button)
        for widget in (self.title, self.subtitle, self.proposal):
            self.layout_.addWidget(widget)

    def _build_form(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 6, 0, 0)
        self.kind = combo(KIND_LABELS, KINDS)
        self.status = combo(STATUS_LABELS, STATUSES)
        self.kind.activated.connect(
            lambda _i: self._combo_edit(self.kind, "kind", self.tr("Set Meeting Kind to {value}")))
        self.status.activated.connect(
            lambda _i: self._combo_edit(self.status, "status", self.tr("Set Meeting Status to {value}")))
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.start.setAccessibleName(self.tr("Start date"))
        self.end.setAccessibleName(self.tr("End date"))
        for edit, name in ((self.start, "start_date"), (self.end, "end_date")):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.editingFinished.connect(lambda e=edit, n=name: self._date_edit(e, n))
            # a day whole (in a narrow card it showed "025-07-11"), or the placeholder saying how to write one
            edit.setFixedWidth(text_width(edit, "2000-00-00", edit.placeholderText()))
        self.precision = combo(PRECISION_LABELS, PRECISION_LABELS)
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.precision.activated.connect(lambda _i: self._combo_edit(
            self.precision, "precision", self.tr("Set Meeting Date Precision to {value}")))
        days = kept_together(self.start, QLabel(self.tr("to")), self.end)
        dates = QWidget()  # in a narrow card the precision goes under the days, which stay whole
        flow = FlowLayout(dates)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(days)
        flow.addWidget(self.precision)
        self.date_words = plain_label()
        self.date_words.setWordWrap(True)  # the words a date was read from, as long as the article made them
        self.date_words.setForegroundRole(QPalette.PlaceholderText)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("City or country"))
        self.place.editingFinished.connect(self._place_edit)
        self.parent_label = QLabel()
        self.parent_label.setTextFormat(Qt.RichText)
        self.parent_label.linkActivated.connect(lambda href: self.meeting_requested.emit(int(href)))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Date"), dates)
        form.addRow("", self.date_words)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Part of"), self.parent_label)
        self.layout_.addLayout(form)

    def _build_participants(self) -> None:
        table = QTableWidget(0, 3)
        self.layout_.addWidget(label_for(_section(self.tr("Participants")), table))
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Office then")])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = table.horizontalHeader()
        # Name and office share what the role leaves, each cut short with … (never a scroll bar): a long
        # organisation's name would otherwise push the office out of the card.
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Fixed)  # as wide as its choosers (fill_participants)
        self.participants = table
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_participant_requested)
        self.remove_button.clicked.connect(self._remove_participant)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.layout_.addWidget(table)
        self.layout_.addLayout(buttons)

    def _build_lists(self) -> None:
        self.articles = QListWidget()
        self.layout_.addWidget(label_for(_section(self.tr("Mentioned in")), self.articles))
        self.articles.setWordWrap(True)
        self.articles.itemActivated.connect(self._open_article)
        self.articles.itemClicked.connect(self._open_article)
        self.layout_.addWidget(self.articles)
        self.claims = QListWidget()
        self.layout_.addWidget(label_for(_section(self.tr("Claims about it")), self.claims))
        self.claims.setWordWrap(True)
        self.claims.itemActivated.connect(self._open_article)
        self.layout_.addWidget(self.claims)
        links = QTreeWidget()
        self.layout_.addWidget(label_for(_section(self.tr("Links")), links))
        links.setColumnCount(3)
        links.setHeaderLabels([self.tr("Relation"), self.tr("Meeting"), self.tr("Origin")])
        links.setRootIsDecorated(False)
        links.setIndentation(10)
        links.setTextElideMode(Qt.ElideMiddle)
        links.header().setStretchLastSection(False)
        links.header().setSectionResizeMode(1, QHeaderView.Stretch)
        links.itemDoubleClicked.connect(lambda item, _c: self.meeting_requested.emit(item.data(1, DATA)))
        links.currentItemChanged.connect(lambda *_: self._link_buttons())
        self.link_tree = links
        self.accept_link = QPushButton(self.tr("Accept Link"))
        self.reject_link = QPushButton(self.tr("Reject Link"))
        self.accept_link.clicked.connect(lambda: self._link_state("accepted"))
        self.reject_link.clicked.connect(lambda: self._link_state("rejected"))
        self.add_link = QPushButton(self.tr("Link to Meeting…"))
        self.add_link.setToolTip(self.tr("Link this meeting to another: it precedes, prepares, is part of … (Ctrl+L)"))
        self.add_link.clicked.connect(self.link_requested)
        row = QHBoxLayout()
        row.addWidget(self.add_link)
        row.addWidget(self.accept_link)
        row.addWidget(self.reject_link)
        row.addStretch(1)
        self.layout_.addWidget(links)
        self.layout_.addLayout(row)

    # showing ----------------------------------------------------------------------------

    def _typed_fields(self, item: dict | None) -> set:
        """The text fields the user is typing in, not yet saved, when item is the meeting already shown: the
        meeting read again (after a reload, an edit made elsewhere) keeps them; leaving the field saves them."""
        if self.item is None or item is None or self.item["id"] != item["id"]:
            return set()
        return {edit for edit in (self.start, self.end, self.place) if edit.hasFocus() and edit.isModified()}

    def typing(self) -> bool:
        """Whether the user is typing in a field of the meeting shown, not saved yet."""
        return bool(self._typed_fields(self.item))

    def _stored_texts(self, item: dict) -> dict:
        """What the text fields show of the meeting as stored: its dates and its place."""
        place = item["place"].get("text") or item["place"].get("entity_id")
        return {self.start: item["start"] or "", self.end: item["end"] or "", self.place: place or ""}

    def unsaved_texts(self) -> list[tuple[str, str]]:
        """What the text fields hold that the meeting shown does not (typed, not saved), as (the field's name,
        the text): kept for the user when the meeting is found gone before it could be saved."""
        if self.item is None:
            return []
        names = {self.start: self.tr("Start date"), self.end: self.tr("End date"), self.place: self.tr("Place")}
        return [(names[edit], edit.text().strip()) for edit, stored in self._stored_texts(self.item).items()
                if edit.text().strip() and edit.text().strip() != stored.strip()]

    def commit_typing(self) -> str | None:
        """Save the fields being typed in as leaving them does (a window closing over them); a date that does
        not parse is kept as typed and its form returned, to be said, instead of being put back."""
        typed = self._typed_fields(self.item)
        if any(edit is not self.place and edit.text().strip() and parse_day(edit.text().strip()) is None
               for edit in typed):
            return date_form()
        for edit in typed:
            edit.editingFinished.emit()
        return None

    def discard_typing(self) -> None:
        """Put the stored texts back into the fields being typed in: leaving them then saves nothing."""
        stored = self._stored_texts(self.item) if self.item is not None else {}
        for edit in self._typed_fields(self.item):
            edit.setText(stored[edit])
            edit.setModified(False)

    def show_meeting(self, item: dict | None, details: dict | None = None) -> None:
        """Fill the card with a meeting (None: an empty card that says how to choose one)."""
        typing = self._typed_fields(item)
        self.item = item
        details = details or {}
        self.widget().setEnabled(item is not None)
        if item is None:
            self.title.setText(self.tr("No meeting chosen"))
            self.title.setToolTip("")
            self.subtitle.setText(self.tr("Click a meeting on the timeline or in the list."))
            self.proposal.hide()
            for widget in (self.articles, self.claims, self.link_tree):
                widget.clear()
            self.participants.setRowCount(0)
            self.links = []
            for edit in (self.start, self.end, self.place):  # no text of a meeting no longer shown
                edit.clear()
                edit.setModified(False)
            return
        colour = kind_colour(item["kind"], self.palette()).name()
        title, whole = short(item["label"], TITLE_CHARS)  # a paragraph-long name would push the form out of sight
        self.title.setText(title)
        self.title.setToolTip(whole)
        state = self.tr("proposed by Kaidan") if item["state"] == "proposed" else self.tr("confirmed")
        self.subtitle.setText(
            f"<span style='color:{colour}'>●</span> {escape(kind_label(item['kind']))} · "
            f"<b>{escape(status_label(item['status']))}</b> · <i>{escape(state)}</i>")
        self.proposal.setVisible(item["state"] == "proposed")
        self.proposal_label.setText(self._why(item, details.get("mentions", [])))
        set_combo(self.kind, item["kind"])
        set_combo(self.status, item["status"])
        set_combo(self.precision, item["precision"] or "unknown")
        for edit, text in self._stored_texts(item).items():
            if edit not in typing:
                edit.setText(text)
        words = item.get("date_text")
        self.date_words.setText(self.tr("resolved from 「{words}」").format(words=words) if words else "")
        self.date_words.setVisible(bool(words))
        parent = details.get("parent")
        self.parent_label.setText(f"<a href='{parent[0]}'>{escape(short(parent[1], TITLE_CHARS)[0])}</a>" if parent else "—")
        fill_participants(self.participants, item["participants"], self._role_edit)
        fill_articles(self.articles, details.get("mentions", []))
        fill_claims(self.claims, details.get("claims", []), self.stance_labels)
        self.links = details.get("links", [])
        fill_links(self.link_tree, self.links, self.palette())
        self._link_buttons()

    def _why(self, item: dict, mentions: list[dict]) -> str:
        """Why Kaidan proposed the meeting (the words it read, how sure it is) and what to do: the sentence
        names the two buttons beside it, so it reads whole in any language's word order."""
        cue = mentions[0]["text"] if mentions else None
        confidence = item.get("confidence")
        buttons = {"confirm": self.confirm_button.text(), "reject": self.reject_button.text()}
        if cue and confidence is not None:
            return self.tr("Proposed by Kaidan from 「{cue}」, confidence {confidence}: check it, then choose "
                           "{confirm} or {reject}.").format(cue=cue, confidence=f"{confidence:.2f}", **buttons)
        return self.tr("Proposed by Kaidan: check it, then choose {confirm} or {reject}.").format(**buttons)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for widget in (self.articles, self.claims):  # a narrower card wraps the lines over more lines
            fit(widget)
