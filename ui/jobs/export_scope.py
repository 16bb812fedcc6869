"""The export dialog's choice of articles: all, the list's selection, those marked done, a span of days (the
page's date, else the one read from its text) or one outlet; it says how many articles that is."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QRadioButton,
)

from core.export import Scope
from ui.common.words import counted

SCOPES = ("all", "selected", "done", "dates", "outlet")


class ExportScope(QGroupBox):
    """The "Articles" group; changed() whenever the articles it describes may have changed."""

    changed = Signal()

    def __init__(self, selected_ids: list[int], parent=None) -> None:
        super().__init__(self.tr("Articles"), parent)
        self.selected_ids = list(selected_ids)
        grid = QFormLayout(self)
        self.count = QLabel()
        self.count.setEnabled(False)
        self.buttons = QButtonGroup(self)
        self.radio = {}
        n_selected = len(self.selected_ids)
        texts = {"all": self.tr("&All articles"),
                 "selected": self.tr("&Selected in the list ({n})").format(n=n_selected),
                 "done": self.tr("Marked &done"), "dates": self.tr("Da&ted between"),
                 "outlet": self.tr("From &outlet")}
        self.date_from = QDateEdit(QDate.currentDate().addYears(-1), calendarPopup=True)
        self.date_to = QDateEdit(QDate.currentDate(), calendarPopup=True)
        # two fields in one row: each named, or a screen reader calls both by the group's title
        self.date_from.setAccessibleName(self.tr("Start date"))
        self.date_to.setAccessibleName(self.tr("End date"))
        self._default_days = (self.date_from.date(), self.date_to.date())  # until the library's days are read
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("and")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.outlet = QComboBox()
        self.outlet.setAccessibleName(self.tr("Outlet"))  # its radio button says From outlet
        self.outlet.setMinimumContentsLength(16)
        self.outlet.addItem(self.tr("(reading outlets…)"), "")
        self.outlet.currentIndexChanged.connect(lambda _i: self.changed.emit())
        fields = {"dates": dates, "outlet": self.outlet}
        for key in SCOPES:
            radio = QRadioButton(texts[key])
            self.buttons.addButton(radio)
            self.radio[key] = radio
            radio.toggled.connect(lambda on: on and self.changed.emit())
            field = fields.get(key)
            if field is None:
                grid.addRow(radio)
            else:
                grid.addRow(radio, field)
        # the same day the list sorts by and shows (≈ for one read from the text)
        self.radio["dates"].setToolTip(self.tr(
            "An article's day is the page's publication date or, for a page without one, the day Kaidan read "
            "from its text (shown with ≈ in the list). Articles with no day at all are left out; the summary "
            "says how many."))
        self.radio["selected"].setEnabled(n_selected > 0)
        self.radio["selected" if n_selected > 1 else "all"].setChecked(True)
        grid.addRow(self.count)
        self.unread = QLabel()  # why the library's outlets and days could not be read, if they could not
        self.unread.setTextFormat(Qt.PlainText)
        self.unread.setWordWrap(True)
        self.unread.hide()
        grid.addRow(self.unread)

    def key(self) -> str:
        """The chosen kind of scope (one of SCOPES)."""
        return next(k for k, r in self.radio.items() if r.isChecked())

    def set_key(self, key: str) -> None:
        self.radio[key].setChecked(True)

    def scope(self) -> Scope:
        """The core.export.Scope the choices describe."""
        key = self.key()
        if key == "selected":
            return Scope(ids=tuple(self.selected_ids))
        if key == "done":
            return Scope(statuses=("done",))
        if key == "dates":
            first, last = sorted((self.date_from.date(), self.date_to.date()))
            return Scope(date_from=first.toString(Qt.ISODate), date_to=last.toString(Qt.ISODate))
        if key == "outlet":
            outlet = self.outlet.currentData()
            return Scope(outlets=(outlet,)) if outlet else Scope(ids=())
        return Scope()

    def fill_outlets(self, outlets: list[str]) -> None:
        """The library's outlets, once read; the outlet choice is off when it has none."""
        self.outlet.blockSignals(True)
        self.outlet.clear()
        for name in outlets:
            self.outlet.addItem(name, name)
        if not outlets:
            self.outlet.addItem(self.tr("(no outlets known)"), "")
        self.outlet.blockSignals(False)
        self.radio["outlet"].setEnabled(bool(outlets))
        self.changed.emit()

    def outlets_unread(self, reason: str) -> None:
        """The library's outlets and days could not be read (its file moved or deleted): the outlet choice is
        off, and one line says why."""
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem(self.tr("(outlets not read)"), "")
        self.outlet.blockSignals(False)
        self.radio["outlet"].setEnabled(False)
        self.unread.setText(self.tr("The library's outlets and days could not be read: {reason}.").format(
            reason=reason.rstrip(".")))
        self.unread.show()
        self.changed.emit()

    def offer_days(self, first: str, last: str) -> None:
        """The library's first and last day as the range offered (a range of the past year would hold nothing
        of an archive), unless the user has set the dates already."""
        days = QDate.fromString(first, Qt.ISODate), QDate.fromString(last, Qt.ISODate)
        if (self.date_from.date(), self.date_to.date()) != self._default_days or not all(d.isValid() for d in days):
            return  # (a day no field can show would leave one end as it was: a range of no use)
        for edit, day in zip((self.date_from, self.date_to), days):
            edit.setDate(day)
        self._default_days = (self.date_from.date(), self.date_to.date())

    def show_count(self, n: int) -> None:
        self.count.setText(counted(n, self.tr("1 article to export"), self.tr("{n} articles to export")))
