"""Link to Meeting… on a meeting's card: choose how it relates to another meeting, and which one."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout

from core.store.meetings import RELATIONS
from ui.common.plain import plain_label
from ui.common.theme import cjk_font
from ui.meetings.meeting_chooser import MeetingChooser
from ui.meetings.model import date_text
from ui.meetings.style import RELATION_LABELS, TITLE_CHARS, short, shown
from ui.common.screen_fit import resize_within_screen


class LinkMeetingDialog(QDialog):
    """The meeting shown, a relation, the other meeting (searched by participant, date or kind); Enter links."""

    def __init__(self, meeting: dict, others: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to Meeting"))
        self.chosen: int | None = None
        # the nearest in time first: a meeting leads to the next, is prepared by the one before
        day = meeting.get("start") or ""
        self.others = sorted(others, key=lambda i: (not i.get("start"), abs(_days(i.get("start")) - _days(day))))
        self.relation = QComboBox()
        for key in RELATIONS:
            self.relation.addItem(shown(RELATION_LABELS, key), key)
        self.relation.setCurrentIndex(RELATIONS.index("precedes"))
        # names come from article text: shown literally, cut and wrapped (a paragraph would widen the dialog)
        this = plain_label(f"{short(meeting['label'], TITLE_CHARS)[0]} · {date_text(meeting)}")
        this.setWordWrap(True)
        this.setFont(cjk_font(self.font().pointSizeF(), QFont.Bold))
        self.chooser = MeetingChooser(self.others, self.font().pointSizeF(), parent=self)
        self.search, self.list = self.chooser.search, self.chooser.list
        self.chooser.chosen.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("This meeting"), this)
        form.addRow(self.tr("Relation"), self.relation)
        form.addRow(self.tr("Other meeting"), self.search)
        buttons = self.chooser.buttons(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.setFocus()
        resize_within_screen(self, 560, 440)

    def relation_key(self) -> str:
        return self.relation.currentData()

    def accept(self) -> None:
        chosen = self.chooser.current_id()
        if chosen is None:
            return
        self.chosen = chosen
        super().accept()


def _days(iso: str | None) -> int:
    """A date written YYYY, YYYY-MM or YYYY-MM-DD as a day count (rough: for ordering by nearness)."""
    parts = [int(p) for p in (iso or "0")[:10].split("-") if p.isdigit()]
    year, month, day = (parts + [1, 1])[:3] if parts else (0, 1, 1)
    return year * 372 + month * 31 + day
