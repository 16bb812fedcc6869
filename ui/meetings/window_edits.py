"""The meetings window's edits: fields, participants, links, each one undoable and saved at once.

A mixin of MeetingsWindow (which holds db, undo_stack, entities, by_id, all_items, current, card and the
dialogs' slots); its words keep the window's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from core.edits import AddLink, SetLinkState, SetParticipants, UpdateMeeting
from core.store.meetings import links_of
from ui.common.plain import plain_message
from ui.entities.chooser import EntityChooser
from ui.meetings.link_meeting_dialog import LinkMeetingDialog
from ui.meetings.style import RELATION_LABELS, shown

translate = QCoreApplication.translate

PARTICIPANT_TYPES = ("PERSON", "GPE", "ORG")


class MeetingEdits:
    """What the meetings window changes in the library, on the main window's undo stack."""

    def _library_changed(self, kind: str, _ids: tuple) -> None:
        if kind == "meetings":
            self.reload()

    def save_typing(self) -> bool:
        """Save the card's fields being typed in as leaving them does (the window closing over them); False,
        the field kept as typed, when the library refused the save or a date does not parse (said here)."""
        refused = self.undo_stack.refusals
        wrong_date = self.card.commit_typing()
        if wrong_date:
            box = plain_message(QMessageBox.Warning, "Kaidan", wrong_date, self)  # (the date as typed: shown as text)
            box.setAttribute(Qt.WA_DeleteOnClose)
            box.open()
        return not wrong_date and self.undo_stack.refusals == refused

    def _edit_fields(self, fields: dict, text: str) -> None:
        if self.current is None:
            return
        edit = UpdateMeeting(self.current, fields, self._created(self.current), text=text)
        if fields == {"state": "confirmed"}:  # the card's Confirm: said once saved, naming the meeting
            label = self.by_id[self.current]["label"] if self.current in self.by_id else ""
            self.undo_stack.push_and_say(edit, self.statusBar(), translate(
                "MeetingsWindow", "Confirmed the meeting {label}").format(label=label))
        else:
            self.undo_stack.push(edit)

    def _edit_participants(self, participants: list, text: str) -> None:
        if self.current is not None:
            self.undo_stack.push(SetParticipants(self.current, tuple(participants), self._created(self.current),
                                                 text=text))

    def _created(self, meeting_id: int) -> str:
        """When the meeting shown as meeting_id was made, as the window read it: its edits are refused, never
        saved into another meeting, once meetings proposed again elsewhere gave that id to another."""
        return (self.by_id.get(meeting_id) or {}).get("created", "")

    def _link_state(self, link_id: int, state: str) -> None:
        # The link as the card shows it (the library may hold it no more, or another link under its id since)
        link = next((row for row in self.card.links if row["id"] == link_id), None)
        if link is None or self.current is None:
            return
        relation = shown(RELATION_LABELS, link["relation"])
        text = (translate("MeetingsWindow", "Accept Link “{relation}”") if state == "accepted"
                else translate("MeetingsWindow", "Reject Link “{relation}”")).format(relation=relation)
        self.undo_stack.push(SetLinkState(self.current, link_id, state,
                                          (link["from_id"], link["to_id"], link["relation"]), text=text))

    def choose_link(self) -> LinkMeetingDialog | None:
        """Link to Meeting…: the dialog that links the chosen meeting to another (undoable, saved at once)."""
        item = self.by_id.get(self.current)
        if item is None:  # Ctrl+L before any meeting is chosen: say what to do instead of nothing
            self.statusBar().showMessage(translate("MeetingsWindow", "Choose the meeting to link first (click it on "
                                                   "the timeline or in the list), then press Ctrl+L"), 8000)
            return None
        dialog = LinkMeetingDialog(item, [i for i in self.all_items if i["id"] != item["id"]], self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_link(item["id"], dialog.chosen, dialog.relation_key()))
        dialog.destroyed.connect(lambda: setattr(self, "link_dialog", None))
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def add_link(self, from_id: int, to_id: int | None, relation: str) -> None:
        """Link two meetings; a link Kaidan proposed between them by that relation is accepted instead."""
        if to_id is None:
            return
        known = next((link for link in links_of(self.db, from_id)
                      if (link.from_id, link.to_id, link.relation) == (from_id, to_id, relation)), None)
        label = shown(RELATION_LABELS, relation)
        if known is not None:
            if known.state != "accepted":
                text = translate("MeetingsWindow", "Accept Link “{relation}”").format(relation=label)
                self.undo_stack.push_and_say(SetLinkState(from_id, known.id, "accepted",
                                                          (known.from_id, known.to_id, known.relation), text=text),
                                             self.statusBar(), self._linked(to_id, label))
            return
        text = translate("MeetingsWindow", "Link Meetings “{relation}”").format(relation=label)
        self.undo_stack.push_and_say(AddLink(from_id, to_id, relation, (self._created(from_id), self._created(to_id)),
                                             text=text), self.statusBar(),
                                     self._linked(to_id, label))
        # A first link opens the pane of linked meetings under the card, which shrinks: once laid out, the card
        # scrolls so that the link just made is in sight.
        QTimer.singleShot(0, self.card, lambda: self.card.ensureWidgetVisible(self.card.link_tree))

    def _linked(self, to_id: int, relation: str) -> str:
        """What the status bar says once a link is saved: the meeting linked to, and how."""
        item = self.by_id.get(to_id)
        return translate("MeetingsWindow", "Linked to the meeting {label} ({relation})").format(
            label=item["label"] if item else "", relation=relation)

    def _choose_participant(self) -> None:
        if self.current is None:
            return
        chooser = EntityChooser([e for e in self.entities.values() if e.type in PARTICIPANT_TYPES],
                                translate("MeetingsWindow", "Add Participant"), kind="PERSON", parent=self)
        chooser.setAttribute(Qt.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self.add_participant(chooser.chosen_id))
        chooser.destroyed.connect(lambda: setattr(self, "chooser", None))
        self.chooser = chooser
        chooser.open()

    def add_participant(self, entity_id: str | None, role: str = "participant") -> None:
        """Add a registry entity to the chosen meeting, with its office on the meeting's day."""
        entity = self.entities.get(entity_id or "")
        item = self.by_id.get(self.current)
        if entity is None or item is None:
            return
        if any(p.get("entity_id") == entity.id for p in item["participants"]):
            self.statusBar().showMessage(
                translate("MeetingsWindow", "{name} already takes part").format(name=entity.name), 5000)
            return
        office = entity.office_on(item["start"]) if entity.type == "PERSON" else None
        participants = [*item["participants"], {"entity_id": entity.id, "name": entity.name, "role": role,
                                                "office": (office or {}).get("office")}]
        self._edit_participants(participants,
                                translate("MeetingsWindow", "Add {name} to Meeting").format(name=entity.name))
