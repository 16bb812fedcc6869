"""G in the reader: tie a meeting mention to a meeting (searched by participant and date) or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from core.model import MeetingMention
from core.store.mentions import mentions_for
from core.store.registry import registry_entities
from ui.theme import cjk_font
from ui.undo import GroupCommand
from ui.meeting_commands import (
    AddMeetingMentionCommand, AttachMentionCommand, CreateMeetingCommand,
)
from ui.meeting_details import mention_at
from ui.meeting_style import kind_label, status_label
from ui.plain import plain_label
from ui.meetings_model import date_text, load_meetings

NEW = -1  # chosen when the user asks for a new meeting
# A first guess at the kind from the mention's words; the card corrects it.
KIND_WORDS = (("電話", "phone_call"), ("オンライン", "video_call"), ("テレビ会議", "video_call"),
              ("サミット", "multilateral"), ("首脳会議", "multilateral"), ("交渉", "negotiation_round"),
              ("訪", "visit"), ("来日", "visit"), ("署名", "signing"), ("調印", "signing"), ("歴訪", "trip"))


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between 。 or line breaks) around a span."""
    left = max(body.rfind("。", 0, start), body.rfind("\n", 0, start)) + 1
    stops = [i for i in (body.find("。", end), body.find("\n", end)) if i >= 0]
    return left, (min(stops) + 1 if stops else len(body))


def guess_meeting(db, article_id: int, body: str, start: int, end: int) -> dict:
    """Kind, participants and date for a new meeting, read from the entity mentions of the sentence."""
    left, right = sentence_bounds(body, start, end)
    around = [m for m in mentions_for(db, article_id) if left <= m.start and m.end <= right]
    people = [m for m in around if m.type == "PERSON" and m.entity_id]
    named = people or [m for m in around if m.type == "GPE" and m.entity_id]
    entities = {e.id: e for e in registry_entities(db)}
    participants, seen = [], set()
    for m in named:
        if m.entity_id in seen:
            continue
        seen.add(m.entity_id)
        entity = entities.get(m.entity_id)
        participants.append({"entity_id": m.entity_id, "name": entity.name if entity else m.text,
                             "role": "participant"})
    dates = sorted((m for m in around if m.type == "DATE" and m.value),
                   key=lambda m: abs(m.start - start))
    words = body[start:end]
    kind = next((k for word, k in KIND_WORDS if word in words), "talks")
    fields = {"date_text": dates[0].text, "start_date": dates[0].value[:10],
              "precision": "day" if len(dates[0].value) >= 10 else "month"} if dates else {}
    return {"kind": kind, "participants": participants, "fields": fields}


def score(item: dict, sentence: str, day: str | None) -> int:
    """How well a meeting fits a mention: its participants named in the sentence, its date the article's."""
    points = sum(2 for p in item["participants"] if p["name"] and p["name"][:2] in sentence)
    if day and item["start"] and (item["start"][:7] == day[:7]):
        points += 1
    return points


class AttachMeetingDialog(QDialog):
    """Search the meetings by participant, date or kind; Enter attaches, New makes a meeting."""

    def __init__(self, items: list[dict], sentence: str, day: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Attach Mention to Meeting")
        self.chosen: int | None = None
        self.items = sorted(items, key=lambda i: (-score(i, sentence, day), i["start"] or "9999"))
        context = plain_label(f"「{sentence.strip()[:80]}」")
        context.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Participant, date (2025-07) or kind")
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)  # one line per meeting, evenly spaced
        self.list.setFont(cjk_font(self.font().pointSizeF()))
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Attach")
        self.new_button = QPushButton("New Meeting from Mention")
        buttons.addButton(self.new_button, QDialogButtonBox.ActionRole)
        self.new_button.clicked.connect(self._new)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (context, self.search, self.list, buttons):
            layout.addWidget(widget)
        self._filter("")
        self.resize(560, 420)

    def _filter(self, text: str) -> None:
        self.list.clear()
        words = text.lower().split()
        for item in self.items:
            line = (f"{item['label']} · {date_text(item)} · {kind_label(item['kind'])} · "
                    f"{status_label(item['status'])}")
            if all(w in line.lower() for w in words):
                row = QListWidgetItem(line)
                row.setData(Qt.UserRole, item["id"])
                self.list.addItem(row)
        self.list.setCurrentRow(0)

    def label_of(self, meeting_id: int | None) -> str:
        """The chosen meeting's name and date, for the feedback after attaching."""
        item = next((i for i in self.items if i["id"] == meeting_id), None)
        return f"{item['label']} ({date_text(item)})" if item else ""

    def _new(self) -> None:
        self.chosen = NEW
        super().accept()

    def accept(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        self.chosen = row.data(Qt.UserRole)
        super().accept()


def start_attach(controller) -> AttachMeetingDialog | None:
    """Open the attach dialog for the mention at the caret (or over the selection)."""
    w, layer = controller.window, controller.layer
    row = w.reader.row
    if row is None:
        return None
    mention = layer.at_caret()
    span = (mention.start, mention.end) if mention else layer.selection()
    if span is None:
        w.statusBar().showMessage("Put the caret in a meeting mention (dotted overline) or select the "
                                  "words that speak of a meeting, then press G", 6000)
        return None
    body = row.body or ""
    left, right = sentence_bounds(body, *span)
    entities = {e.id: e for e in registry_entities(controller.db)}
    dialog = AttachMeetingDialog(load_meetings(controller.db, entities), body[left:right],
                                 row.published, w)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: attach(controller, row.id, body, span, mention, dialog.chosen,
                                           dialog.label_of(dialog.chosen)))
    controller.attach_dialog = dialog
    dialog.open()
    return dialog


def attach(controller, article_id: int, body: str, span: tuple[int, int], mention: MeetingMention | None,
           chosen: int | None, label: str = "") -> None:
    """Push one undo step: (mark the mention,) (create the meeting,) attach; say so in the status bar."""
    if chosen is None:
        return
    db, events = controller.db, controller.events
    commands = []
    adder = None
    if mention is None:
        mention = mention_at(db, article_id, span[0])
        if mention is None or (mention.start, mention.end) != span:
            adder = AddMeetingMentionCommand(db, events, article_id, *span)
            commands.append(adder)
            mention = None
    creator = None
    if chosen == NEW:
        guess = guess_meeting(db, article_id, body, *span)
        creator = CreateMeetingCommand(db, events, guess["kind"], "held", guess["participants"],
                                       guess["fields"], "New Meeting")
        commands.append(creator)
    commands.append(AttachMentionCommand(db, events, article_id, mention.id if mention else None,
                                         None if creator else chosen, creator, adder=adder))
    text = "New Meeting from Mention" if creator else "Attach Mention to Meeting"
    controller.window.undo_stack.push(GroupCommand(text, commands))
    words = body[span[0]:span[1]]
    told = (f"「{words}」 is now a new meeting (Ctrl+M shows it)" if creator else
            f"「{words}」 attached to {label or 'the meeting'}: its overline turns teal")
    controller.window.statusBar().showMessage(f"{told} · Ctrl+Z undoes", 8000)
