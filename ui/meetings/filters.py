"""The meetings window's filter bar: rows, country, person, kinds, date range, proposals, zoom."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QLabel, QLineEdit, QMenu, QSlider, QToolButton, QWidget,
)

from core.store.meetings import KINDS
from ui.common.flow_layout import FlowLayout
from ui.common.narrow import fit_placeholder, kept_together
from ui.meetings.style import kind_label, short
from ui.meetings.model import MeetingFilter, parse_day
from ui.meetings.timeline_zoom import MAX_PPD, MIN_PPD
from ui.common.settings_read import read_setting

SLIDER_STEPS = 1000
# How sure Kaidan must be of a proposal for it to show.
CONFIDENCE_CHOICES = [(QT_TRANSLATE_NOOP("MeetingFilterBar", "Any confidence"), 0.0),
                      (QT_TRANSLATE_NOOP("MeetingFilterBar", "Fairly sure (≥ 0.5)"), 0.5),
                      (QT_TRANSLATE_NOOP("MeetingFilterBar", "Sure (≥ 0.75)"), 0.75)]
CONFIDENCE_KEY = "meetings/confidence"
ZOOM_SLIDER_WIDTH = 120  # pixels: room to drag from years to days


def slider_value(ppd: float) -> int:
    """Slider position of a scale (logarithmic: every step zooms by the same factor)."""
    return round(SLIDER_STEPS * math.log(ppd / MIN_PPD) / math.log(MAX_PPD / MIN_PPD))


def slider_ppd(value: int) -> float:
    return MIN_PPD * (MAX_PPD / MIN_PPD) ** (value / SLIDER_STEPS)


class MeetingFilterBar(QWidget):
    """Emits changed() with the filter, mode_changed() for rows, zoom_requested() for the scale."""

    changed = Signal()
    mode_changed = Signal(str)
    zoom_requested = Signal(float)
    fit_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Rows: countries"), "country")
        self.mode.addItem(self.tr("Rows: participants"), "person")
        self.mode.activated.connect(lambda _i: self.mode_changed.emit(self.mode.currentData()))
        self.country = QComboBox()
        self.person = QComboBox()
        self.mode.setAccessibleName(self.tr("Timeline rows"))
        self.country.setAccessibleName(self.tr("Filter by country"))
        self.person.setAccessibleName(self.tr("Filter by participant"))  # the card's table is Participants
        self.country.setMinimumContentsLength(8)
        self.person.setMinimumContentsLength(10)
        for combo in (self.country, self.person):
            combo.activated.connect(lambda _i: self.changed.emit())
        self.kinds_button = QToolButton()
        self.kinds_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.kinds_button)
        self.kind_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._kinds_changed())
            self.kind_actions[kind] = action
        self.kinds_button.setMenu(menu)
        self._show_kinds()
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit, hint in ((self.date_from, self.tr("from YYYY-MM")), (self.date_to, self.tr("to YYYY-MM"))):
            edit.setPlaceholderText(hint)
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(self.changed)
        self.proposals = QCheckBox(self.tr("Proposals"))
        self.proposals.setToolTip(self.tr("Show meetings Kaidan proposed that nobody has confirmed yet"))
        self.proposals.setChecked(True)
        self.proposals.toggled.connect(lambda _on: self.changed.emit())
        self.confidence = QComboBox()
        for label, threshold in CONFIDENCE_CHOICES:
            self.confidence.addItem(self.tr(label), threshold)
        self.confidence.setToolTip(self.tr("Hide proposals Kaidan is not sure of (confirmed meetings always show)"))
        # kept for the next start, as the user's way of reading the timeline
        self.confidence.setCurrentIndex(max(0, self.confidence.findData(
            read_setting(CONFIDENCE_KEY, 0.0))))
        self.confidence.activated.connect(
            lambda _i: QSettings().setValue(CONFIDENCE_KEY, float(self.confidence.currentData())))
        self.confidence.activated.connect(lambda _i: self.changed.emit())
        self.zoom = QSlider(Qt.Horizontal)
        self.zoom.setRange(0, SLIDER_STEPS)
        self.zoom.setToolTip(self.tr("Zoom: years … days (Ctrl+wheel, + and - on the timeline)"))
        self.zoom.valueChanged.connect(lambda v: self.zoom_requested.emit(slider_ppd(v)))
        self.fit = QToolButton()
        self.fit.setText(self.tr("Fit"))
        self.fit.setToolTip(self.tr("Show every meeting (Home)"))
        self.fit.clicked.connect(self.fit_requested)

        self.zoom.setMinimumWidth(ZOOM_SLIDER_WIDTH)
        for edit in (self.date_from, self.date_to):
            fit_placeholder(edit)

        # A narrow window wraps the bar onto a second line rather than squeeze its controls (a range's two ends,
        # and the zoom with its Fit, move as one piece).
        layout = FlowLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for widget in (self.mode, self.country, self.person, self.kinds_button,
                       kept_together(self.date_from, self.date_to), self.proposals, self.confidence,
                       kept_together(QLabel(self.tr("Zoom")), self.zoom, self.fit)):
            layout.addWidget(widget)

    def set_choices(self, countries: list[tuple[str, str]], people: list[tuple[str, str]]) -> None:
        """(key, label) choices for the country and person filters; keeps the current choice."""
        for combo, everything, choices in ((self.country, self.tr("All countries"), countries),
                                           (self.person, self.tr("All people"), people)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, label in choices:
                text, whole = short(label)  # a paragraph-long name would squeeze the bar's other controls away
                combo.addItem(text, key)
                combo.setItemData(combo.count() - 1, whole or None, Qt.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def show_zoom(self, ppd: float) -> None:
        self.zoom.blockSignals(True)
        self.zoom.setValue(slider_value(ppd))
        self.zoom.blockSignals(False)

    def _kinds_changed(self) -> None:
        self._show_kinds()
        self.changed.emit()

    def _show_kinds(self) -> None:
        chosen = [k for k, a in self.kind_actions.items() if a.isChecked()]
        self.kinds_button.setText(self.tr("Kinds: all") if not chosen else
                                  self.tr("Kinds: {kind}").format(kind=kind_label(chosen[0])) if len(chosen) == 1
                                  else self.tr("Kinds: %n", "", len(chosen)))
        # Room for the text and the menu arrow (a translated label is often wider).
        self.kinds_button.setMinimumWidth(self.kinds_button.fontMetrics().horizontalAdvance(
            self.kinds_button.text()) + 34)

    def set_kinds(self, kinds: set[str]) -> None:
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(kind in kinds)
            action.blockSignals(False)
        self._kinds_changed()

    def current(self) -> MeetingFilter:
        """The filter the controls describe."""
        country = self.country.currentData()
        return MeetingFilter(
            countries={country} if country else set(),
            person=self.person.currentData(),
            kinds={k for k, a in self.kind_actions.items() if a.isChecked()},
            date_from=parse_day(self.date_from.text().strip()),
            date_to=parse_day(self.date_to.text().strip(), last=True),
            show_proposals=self.proposals.isChecked(),
            min_confidence=self.confidence.currentData() or 0.0,
        )
