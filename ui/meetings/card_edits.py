"""The meeting card's edits made requests: a field, a date, the place, a participant's role or removal, a link's
state. Nothing is written here: the card announces each change and the window makes it undoable.

A part of MeetingCard (its mixin); its messages keep the card's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidgetItem

from ui.meetings.card_lists import DATA
from ui.meetings.model import parse_day
from ui.meetings.style import ROLE_LABELS, shown

translate = QCoreApplication.translate


def date_form() -> str:
    """How a meeting's date is written, said when a typed one does not parse."""
    return translate("MeetingCard", "Write the date as YYYY-MM-DD, YYYY-MM or YYYY")


class CardEdits:
    """MeetingCard's edit handlers; they read its meeting (item), fields and lists and emit its signals."""

    def _edit(self, fields: dict, text: str) -> None:
        """Ask for a change of the meeting's fields (text: the undo step's name); an empty card asks nothing."""
        if self.item is not None:
            self.fields_edited.emit(fields, text)

    def _combo_edit(self, combo: QComboBox, name: str, text: str) -> None:
        key_of = {"start_date": "start", "end_date": "end"}
        value = combo.currentData()
        if self.item is not None and self.item.get(key_of.get(name, name)) != value:
            self._edit({name: value}, text.format(value=combo.currentText()))

    def _date_edit(self, edit: QLineEdit, name: str) -> None:
        """A typed date that parses is asked for; one that does not is put back, with the form in its tooltip."""
        edit.setModified(False)  # taken: the meeting shown again may show its stored form
        if self.item is None:
            return
        text = edit.text().strip() or None
        current = self.item["start" if name == "start_date" else "end"]
        if text == current:
            return
        if text is not None and parse_day(text) is None:
            edit.setText(current or "")
            edit.setToolTip(date_form())
            return
        self._edit({name: text}, translate("MeetingCard", "Set Meeting Start Date") if name == "start_date"
                   else translate("MeetingCard", "Set Meeting End Date"))

    def _place_edit(self) -> None:
        self.place.setModified(False)  # taken: the meeting shown again may show its stored form
        if self.item is None:
            return
        text = self.place.text().strip() or None
        if text != (self.item["place"].get("text") or self.item["place"].get("entity_id")):
            self._edit({"place_text": text, "place_entity_id": None}, translate("MeetingCard", "Set Meeting Place"))

    def _role_edit(self, row: int, role: str) -> None:
        participants = [dict(p) for p in self.item["participants"]]
        if participants[row]["role"] != role:
            participants[row]["role"] = role
            self.participants_edited.emit(participants, translate("MeetingCard", "Make {name} {role}").format(
                name=participants[row]["name"], role=shown(ROLE_LABELS, role)))

    def _remove_participant(self) -> None:
        row = self.participants.currentRow()
        if self.item is None or not 0 <= row < len(self.item["participants"]):
            return
        participants = [dict(p) for p in self.item["participants"]]
        gone = participants.pop(row)
        self.participants_edited.emit(participants, translate("MeetingCard", "Remove {name} from Meeting").format(name=gone["name"]))

    def _open_article(self, item: QListWidgetItem) -> None:
        target = item.data(DATA)
        if target:
            self.article_requested.emit(*target)

    def _current_link(self) -> dict | None:
        """The link of the tree's current row (the tree keeps only its id)."""
        row = self.link_tree.currentItem()
        link_id = row.data(0, DATA) if row else None
        return next((link for link in self.links if link["id"] == link_id), None)

    def _link_buttons(self) -> None:
        link = self._current_link()
        self.accept_link.setEnabled(bool(link and link["state"] != "accepted"))
        self.reject_link.setEnabled(bool(link and link["state"] != "rejected"))

    def _link_state(self, state: str) -> None:
        link = self._current_link()
        if link is not None:
            self.link_state_requested.emit(link["id"], state)
