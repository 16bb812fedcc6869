"""Tools → Meetings: the timeline, the list, the card of the chosen meeting and its link graph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QLabel, QMainWindow, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from core.meetings.details import claims_about, link_rows, mention_rows
from core.store.meetings import links_of
from core.store.registry import registry_entities
from core.store.scheme import stances
from ui.common.actions import add_library_keys
from ui.common.close_keys import add_close_keys
from ui.common.unsaved import may_close, meeting_unsaved
from ui.meetings.card import MeetingCard
from ui.meetings.filters import MeetingFilterBar
from ui.meetings.graph import MeetingGraph
from ui.meetings.link_meeting_dialog import LinkMeetingDialog
from ui.meetings.window_edits import MeetingEdits
from ui.claims.labels import stance_labels
from ui.common.words import counted
from ui.meetings.model import MeetingsModel, load_meetings
from ui.meetings.style import NAME_CHARS, short
from ui.meetings.timeline_view import TimelineView
from ui.common.screen_fit import resize_within_screen
from ui.common.settings_read import read_setting
from ui.common.narrow import ElidedLabel

if TYPE_CHECKING:
    from ui.entities.chooser import EntityChooser

LINK_KEY = "Ctrl+L"  # Link to Meeting… (the help's line for the meetings window says so)
# The card's width on a roomy screen, and its share of a narrower window (never less than its form needs): at
# its full width on a laptop's 760 pixels the card left the timeline and the list some 300, their dots in a heap
# and the list's participants cut to a few characters.
CARD_WIDTH, CARD_SHARE = 440, 0.45


class EntityLookup:
    """The one registry call claim queries make (get by id), without building the detector's trie."""

    def __init__(self, entities: dict) -> None:
        self.entities = entities

    def get(self, entity_id):
        return self.entities.get(entity_id or "")


class MeetingsWindow(MeetingEdits, QMainWindow):
    """Every meeting in the library, filtered; edits (MeetingEdits) go on the main window's undo stack."""

    article_requested = Signal(int, int, int)  # article id, start, end

    def __init__(self, db, undo_stack, session, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Meetings"))
        add_close_keys(self)
        self.db, self.undo_stack, self.session = db, undo_stack, session
        self.entities: dict = {}
        self.all_items: list[dict] = []
        self.by_id: dict[int, dict] = {}
        self.current: int | None = None
        self.chooser: EntityChooser | None = None
        self.link_dialog: LinkMeetingDialog | None = None
        self._marking = False  # select() is marking the list: its own signal is no user's choice
        self._released = False  # the library closed under it (release): nothing may reach it any more

        self.filters = MeetingFilterBar()
        self.timeline = TimelineView()
        self.model = MeetingsModel(self)
        self.table = self._build_table()
        self.card = MeetingCard()
        self.graph = MeetingGraph()
        self.summary = ElidedLabel()  # the status line narrows with the window (whole on hover)
        self.statusBar().addPermanentWidget(self.summary)
        self._layout()
        self._connect()
        self._restore()
        self.reload()
        self.timeline.fit_all()
        # The keys Ctrl+M's help promises (+/- zoom, ←/→ the next meeting, Home fit) are the timeline's:
        # it has them from the start, not the first filter of the bar.
        self.timeline.setFocus(Qt.OtherFocusReason)

    # building ---------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Meetings"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # Who met comes right after when, at its length (a paragraph of a name at most NAME_CHARS wide); the
        # kind, status and place follow, the place taking what is left: in a narrow window the first two
        # columns say which meeting a row is, instead of a participants column squeezed to nothing.
        header.moveSection(2, 1)
        header.setMaximumSectionSize(header.fontMetrics().horizontalAdvance("会" * NAME_CHARS))
        header.setStretchLastSection(True)
        return table

    def _layout(self) -> None:
        left = QSplitter(Qt.Vertical)
        left.addWidget(self.timeline)
        left.addWidget(self.table)
        left.setSizes([420, 180])
        graph_box = QWidget()
        box = QVBoxLayout(graph_box)
        box.setContentsMargins(8, 4, 8, 4)
        self.graph_title = QLabel("<b>" + self.tr("Linked meetings") + "</b>")
        box.addWidget(self.graph_title)
        box.addWidget(self.graph, 1)
        right = QSplitter(Qt.Vertical)
        right.addWidget(self.card)
        right.addWidget(graph_box)
        right.setSizes([520, 200])
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.graph_box = graph_box

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filter)
        self.filters.mode_changed.connect(self.timeline.set_mode)
        self.filters.zoom_requested.connect(self.timeline.set_ppd)
        self.filters.fit_requested.connect(self.timeline.fit_all)
        self.timeline.zoom_changed.connect(self.filters.show_zoom)
        self.timeline.meeting_selected.connect(self.select)
        self.table.selectionModel().currentRowChanged.connect(
            lambda index, _old: None if self._marking else self.select(self.model.meeting_id(index.row())))
        self.graph.meeting_requested.connect(self.select)
        self.card.meeting_requested.connect(self.select)
        self.card.fields_edited.connect(self._edit_fields)
        self.card.participants_edited.connect(self._edit_participants)
        self.card.add_participant_requested.connect(self._choose_participant)
        self.card.link_state_requested.connect(self._link_state)
        self.card.link_requested.connect(self.choose_link)
        self.card.article_requested.connect(self.article_requested)
        self.session.changed.connect(self._library_changed)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filters.country.setFocus)
        QShortcut(QKeySequence(LINK_KEY), self, self.choose_link)
        add_library_keys(self, self.undo_stack)  # an edit made here is undone here

    # data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meetings again (after an edit, an undo, detection)."""
        shown, typed = self.card.item, self.card.unsaved_texts()
        self.entities = {e.id: e for e in registry_entities(self.db)}
        self.all_items = load_meetings(self.db, self.entities)
        self.card.stance_labels = stance_labels(stances(self.db))
        self.by_id = {i["id"]: i for i in self.all_items}
        self.filters.set_choices(self._country_choices(), self._person_choices())
        gone = shown is not None and (self.by_id.get(shown["id"]) or {}).get("created") != shown.get("created")
        if gone:  # deleted, or proposed again under its id, elsewhere: the card shows it no more
            self.current = None
        self.apply_filter()
        if gone and typed:
            self._keep_typing(shown, typed)

    def _keep_typing(self, shown: dict, typed: list[tuple[str, str]]) -> None:
        """What was typed into a meeting found gone is not lost: it goes to the clipboard, and the status bar
        says so, naming the meeting and what was typed."""
        # one field's words alone, to paste back into a field as typed; several, each on a line after its field's name
        text = typed[0][1] if len(typed) == 1 else "\n".join(f"{name}: {words}" for name, words in typed)
        QApplication.clipboard().setText(text)
        # what was typed and where it went first: a narrow status bar cuts the end of a long message
        self.statusBar().showMessage(self.tr(
            "Copied to the clipboard, not saved: {typed}. The meeting {label} is no longer in the library "
            "(deleted, or proposed again, elsewhere)").format(
            label=short(shown["label"], NAME_CHARS)[0], typed="; ".join(f"{n}: {w}" for n, w in typed)))

    def _country_choices(self) -> list[tuple[str, str]]:
        codes = sorted({c for i in self.all_items for c in i["countries"]})
        out = []
        for code in codes:
            entity = self.entities.get(f"country:{code}")
            out.append((code, f"{entity.name} · {code}" if entity else code))
        return out

    def _person_choices(self) -> list[tuple[str, str]]:
        names: dict[str, str] = {}
        for item in self.all_items:
            for p in item["participants"]:
                if not (p.get("entity_id") or "").startswith("country:"):
                    names.setdefault(p.get("entity_id") or f"name:{p['name']}", p["name"])
        return sorted(names.items(), key=lambda kv: kv[1])

    def shown(self) -> list[dict]:
        """The meetings the filters let through."""
        wanted = self.filters.current()
        return [i for i in self.all_items if wanted.matches(i)]

    def apply_filter(self) -> None:
        items = self.shown()
        self.timeline.library_has_meetings = bool(self.all_items)
        self.timeline.set_meetings(items, self.entities)
        self.model.set_items(items)
        proposals = sum(1 for i in items if i["state"] == "proposed")
        undated = sum(1 for i in items if i["first"] is None)
        total = len(self.all_items)
        parts = [counted(total, self.tr("{shown} of 1 meeting"), self.tr("{shown} of {n} meetings"), shown=len(items))]
        if proposals:
            parts.append(self.tr("%n proposed", "", proposals))
        if undated:
            parts.append(self.tr("%n undated (in the list only)", "", undated))
        self.summary.setText(" · ".join(parts))
        self.select(self.current if self.current in {i["id"] for i in items} else None)

    # the chosen meeting ---------------------------------------------------------------------

    def select(self, meeting_id: int | None) -> None:
        """Show a meeting on the card and mark it on the timeline, the list and the graph."""
        if self._released:
            return
        self.current = meeting_id
        item = self.by_id.get(meeting_id) if meeting_id is not None else None
        self.timeline.select_meeting(meeting_id if item else None, emit=False)
        row = self.model.row_of(meeting_id) if item else None
        selection = self.table.selectionModel()
        # Not blockSignals: the view must hear of the change, or it keeps painting the old row
        # as selected beside the new one. A flag stops the echo instead.
        self._marking = True
        try:
            if row is None:
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
                self.table.scrollTo(index)
        finally:
            self._marking = False
        if item is None:
            self.card.show_meeting(None)
            self.graph.show_neighbourhood(None, {}, [])
            self.graph_box.hide()  # no empty "Linked meetings" pane under the empty card
            return
        undated_text = self.tr("undated")
        labels = {i["id"]: f"{i['label']} ({i['start'] or undated_text})" for i in self.all_items}
        parent = self.by_id.get(item["parent"]) if item.get("parent") else None
        details = {
            "mentions": mention_rows(self.db, item),
            "claims": claims_about(self.db, EntityLookup(self.entities), item["id"]),
            "links": link_rows(self.db, item["id"], labels),
            "parent": (parent["id"], labels[parent["id"]]) if parent else None,
        }
        self.card.show_meeting(item, details)
        self.card.setMinimumWidth(self.card_need())  # a longer name or date widens its form: the splitter yields
        links = [link for link in links_of(self.db) if link.from_id in self.by_id and link.to_id in self.by_id]
        self.graph.show_neighbourhood(item["id"], self.by_id, links)
        self.graph_box.setVisible(bool(details["links"]))

    # window state -----------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = read_setting("meetings/geometry", QByteArray(), settings=settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1280, 780)
        self.card.setMinimumWidth(self.card_need())
        splitter = read_setting("meetings/splitter", QByteArray(), settings=settings)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            card = max(self.card_need(), min(CARD_WIDTH, round(self.width() * CARD_SHARE)))
            self.splitter.setSizes([max(self.width() - card, 0), card])

    def card_need(self) -> int:
        """The width the card's form needs (its fields, the participants' table) with its scroll bar: the card
        is kept at least this wide, since it never scrolls sideways."""
        return (self.card.widget().minimumSizeHint().width() + self.card.verticalScrollBar().sizeHint().width()
                + 2 * self.card.frameWidth())

    def release(self) -> None:
        """The library is closing: the window closes and goes, and a selection Qt still delivers to it (its list
        losing the focus as it hides) no longer reads the closed library."""
        self._released = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event) -> None:
        typing = meeting_unsaved() if not self._released and self.card.typing() else ""
        if not may_close(self, typing, self.save_typing, self.card.discard_typing):  # asks first
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("meetings/geometry", self.saveGeometry())
        settings.setValue("meetings/splitter", self.splitter.saveState())
        super().closeEvent(event)
