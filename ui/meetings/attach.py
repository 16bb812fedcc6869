"""G in the reader: tie a meeting mention to a meeting (searched by participant and date) or create one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from core.meetings.details import mention_at
from core.meetings.guess import fit_score, sentence_bounds
from core.meetings.prefill import new_meeting_prefill
from core.edits import CreateMeeting, TieMention
from core.model import MeetingMention
from core.store.meetings import meeting_mentions_for
from core.store.mentions import mentions_for
from core.store.articles import detection_input
from core.store.registry import load_registry, registry_entities
from ui.common.plain import plain_label
from ui.meetings.meeting_chooser import MeetingChooser
from ui.meetings.model import date_text, load_meetings
from ui.common.screen_fit import resize_within_screen

NEW = -1  # chosen when the user asks for a new meeting


class AttachMeetingDialog(QDialog):
    """Search the meetings by participant, date or kind; Enter attaches, New makes a meeting."""

    def __init__(self, items: list[dict], sentence: str, day: str | None, parent=None,
                 current: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach Mention to Meeting"))
        self.chosen: int | None = None
        # The meeting the mention is tied to now comes first and is chosen: G then Enter confirms Kaidan's tie
        # instead of moving the mention to the meeting that fits the sentence best.
        self.current = current
        self.items = sorted(items, key=lambda i: (i["id"] != current, -fit_score(i, sentence, day),
                                                  i["start"] or "9999"))
        context = plain_label(f"「{sentence.strip()[:80]}」")
        context.setWordWrap(True)
        self.chooser = MeetingChooser(self.items, self.font().pointSizeF(), self._note, self)
        self.search, self.list = self.chooser.search, self.chooser.list
        self.chooser.chosen.connect(self.accept)
        buttons = self.chooser.buttons(self.tr("Attach"))
        self.new_button = QPushButton(self.tr("New Meeting from Mention"))
        buttons.addButton(self.new_button, QDialogButtonBox.ActionRole)
        self.new_button.clicked.connect(self._new)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (context, self.search, self.list, buttons):
            layout.addWidget(widget)
        self.search.setFocus()
        resize_within_screen(self, 560, 420)

    def _note(self, item: dict) -> str:
        return " · " + self.tr("tied now") if item["id"] == self.current else ""

    def created_of(self, meeting_id: int | None) -> str:
        """When the meeting listed as meeting_id was made, as the dialog read it ("" for none or a new one)."""
        return next((i.get("created", "") for i in self.items if i["id"] == meeting_id), "")

    def label_of(self, meeting_id: int | None) -> str:
        """The chosen meeting's name and date, for the feedback after attaching."""
        item = next((i for i in self.items if i["id"] == meeting_id), None)
        return f"{item['label']} ({date_text(item)})" if item else ""

    def _new(self) -> None:
        self.chosen = NEW
        super().accept()

    def accept(self) -> None:
        chosen = self.chooser.current_id()
        if chosen is None:
            return
        self.chosen = chosen
        super().accept()


def start_attach(controller) -> AttachMeetingDialog | None:
    """Open the attach dialog for the mention at the caret (or over the selection)."""
    layer = controller.layer
    row = controller.reader.row
    if row is None:
        return None
    mention = layer.at_caret()
    span = (mention.start, mention.end) if mention else layer.selection()
    if span is None:
        controller.status_bar.showMessage(QCoreApplication.translate(
            "AttachMeetingDialog", "Put the caret in a meeting mention (dotted overline) or select the "
            "words that speak of a meeting, then press G"), 6000)
        return None
    body = row.body or ""
    left, right = sentence_bounds(body, *span)
    entities = {e.id: e for e in registry_entities(controller.db)}
    dialog = AttachMeetingDialog(load_meetings(controller.db, entities), body[left:right],
                                 row.published, controller.reader.window(), mention.meeting_id if mention else None)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: attach(controller, row.id, body, span, mention, dialog.chosen,
                                           dialog.label_of(dialog.chosen), dialog.created_of(dialog.chosen)))
    controller.attach_dialog = dialog
    dialog.open()
    return dialog


def attach(controller, article_id: int, body: str, span: tuple[int, int], mention: MeetingMention | None,
           chosen: int | None, label: str = "", created: str = "") -> None:
    """Push one undo step: (mark the mention,) (create the meeting,) attach; say so in the status bar."""
    if chosen is None:
        return
    db = controller.db
    if mention is None:
        mention = mention_at(db, article_id, span[0])
        if mention is not None and (mention.start, mention.end) != span:
            mention = None  # the span is marked as a mention of its own first
    label = label or QCoreApplication.translate("AttachMeetingDialog", "the meeting")
    words = body[span[0]:span[1]]
    if mention is not None and chosen != NEW and _confirmed_tie(db, article_id, mention.id) == chosen:
        # tied and confirmed already: nothing to save, and no Undo entry that would undo nothing
        # (a proposed tie chosen again is confirmed: a change, with its Undo entry)
        told = QCoreApplication.translate("AttachMeetingDialog", "「{words}」 is already attached to {label}")
        controller.status_bar.showMessage(told.format(words=words, label=label), 8000)
        return
    creator = None
    if chosen == NEW:
        names = {e.id: e.name for e in registry_entities(db)}
        _, published, dateline = detection_input(db, article_id)  # what detection reads the sentence against
        guess = new_meeting_prefill(body, *span, mentions_for(db, article_id), names, published, dateline,
                                    load_registry(db))
        creator = CreateMeeting(guess["kind"], guess.get("status", "held"), tuple(guess["participants"]),
                                guess["fields"])
    text = (QCoreApplication.translate("AttachMeetingDialog", "New Meeting from Mention") if creator
            else QCoreApplication.translate("AttachMeetingDialog", "Attach Mention to Meeting"))
    refused = controller.undo_stack.refusals
    # created: the meeting chosen as the dialog read it, so one deleted or proposed again elsewhere since is
    # refused in one line instead of the mention tied to no meeting or to another given its id
    controller.undo_stack.push(TieMention(
        article_id, tuple(span), mention.id if mention else None, None if creator else chosen, creator, words,
        created, text=text))
    if controller.undo_stack.refusals != refused:  # the refusal said why: no word of an attachment over it
        return
    if creator:
        told = QCoreApplication.translate(
            "AttachMeetingDialog", "「{words}」 is now a new meeting (Ctrl+M shows it) · Ctrl+Z undoes")
    else:
        told = QCoreApplication.translate(
            "AttachMeetingDialog", "「{words}」 attached to {label}: its overline turns teal · Ctrl+Z undoes")
    controller.status_bar.showMessage(told.format(words=words, label=label), 8000)


def _confirmed_tie(db, article_id: int, mention_id: int) -> int | None:
    """The meeting a mention is tied to as the library has it now, when the tie is confirmed (else None)."""
    now = next((m for m in meeting_mentions_for(db, article_id) if m.id == mention_id), None)
    return now.meeting_id if now is not None and now.state == "confirmed" else None
