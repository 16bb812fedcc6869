"""The timeline's scale: pixels per day from a decade across the window to a day per glyph row, zoomed about a
point, fitted to every meeting, or to the days of a pile; and scrolling across with the wheel.

A part of TimelineView (its base class): the view lays the meetings out at self.ppd and calls these as its own
methods; they rebuild it at the new scale and keep the day under the pointer in place.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QRectF, Qt

from ui.meetings.glyph import RADIUS
from ui.meetings.timeline_paint import AXIS_HEIGHT, LABEL_WIDTH, ROW_HEIGHT

MARGIN_DAYS = 20
# Pixels kept before the first meeting and after the last, at any scale: a dot and its ring clear the row names.
MARGIN_PX = 2 * (RADIUS + 6)
MIN_PPD, MAX_PPD = 0.03, 120.0  # pixels per day: about a decade across a window … a day per glyph row
# The least scale Fit may go to when the meetings span more than MIN_PPD shows (a date misread centuries off, a
# library of history): every day a date can hold (years 1 to 9999) then fits in some 73 pixels.
FLOOR_PPD = 2e-5
ZOOM_STEP = 1.4


class TimelineZoom:
    """The scale of TimelineView (which holds ppd, origin, span_days, fitted, rebuild and zoom_changed)."""

    def set_ppd(self, ppd: float, anchor_x: float | None = None) -> None:
        """Change the scale (pixels per day), keeping the day under anchor_x (viewport) in place."""
        ppd = max(self.least_scale(), min(MAX_PPD, ppd))
        if math.isclose(ppd, self.ppd):
            return
        if anchor_x is None:
            anchor_x = (LABEL_WIDTH + self.viewport().width()) / 2
        scene_x = self.mapToScene(int(anchor_x), 0).x()
        fraction = (scene_x - LABEL_WIDTH - self.lead) / self.ppd  # days from the origin, fractional
        origin = self.origin
        self.ppd = ppd
        self.rebuild()
        fraction += (origin - self.origin).days  # the margin, in days, follows the scale
        bar = self.horizontalScrollBar()
        bar.setValue(round(LABEL_WIDTH + self.lead + fraction * ppd - anchor_x))
        self.fitted = False  # a scale of the user's own (fit_all sets it again after)
        self.zoom_changed.emit(ppd)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_ppd(self.ppd * factor, anchor_x)

    def least_scale(self) -> float:
        """The least scale zooming out reaches: MIN_PPD, or less when the meetings span more than it shows."""
        fit = self.fit_scale()
        return MIN_PPD if fit <= 0 else min(MIN_PPD, max(FLOOR_PPD, fit))  # (≤ 0: a view not laid out yet)

    def fit_scale(self) -> float:
        """The scale at which every meeting fits across the width, with both margins."""
        # Measured as if the vertical scroll bar were shown: a scale that only fits the width without it makes the
        # horizontal bar appear, the rows then need the vertical one, the narrower view fits again without the
        # horizontal bar, the vertical one goes… and a narrow window resized itself for ever.
        bar = self.verticalScrollBar()
        room = self.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        width, span = room - LABEL_WIDTH - 40, max(1, self.span_days)
        # the meetings' span and both margins fit: MARGIN_DAYS each side, and never fewer than MARGIN_PX pixels
        return min(width / (span + 2 * MARGIN_DAYS), (width - 2 * MARGIN_PX) / span)

    def fit_all(self) -> None:
        """A scale that shows every meeting across the width; it holds while the view is resized (the width
        first measured before the window is laid out, or the window made larger), until the user zooms. Meetings
        centuries apart fit too, below the least scale the zoom offers (down to FLOOR_PPD)."""
        self.set_ppd(self.fit_scale())
        self.horizontalScrollBar().setValue(0)
        self.fitted = True

    def show_days(self, first: date, last: date, y: float | None = None) -> None:
        """Zoom so the days first…last fill the width, a tenth of their span spare each side, centred (and the
        row at scene y in sight): a pile's dots spread out, or stay piled only where one day holds too many."""
        days = (last - first).days + 1
        width = self.viewport().width() - LABEL_WIDTH - 2 * MARGIN_PX
        self.set_ppd(width / (days + 2 * max(1.0, days / 10)))
        middle = self.x_of(first) + days * self.ppd / 2
        self.horizontalScrollBar().setValue(round(middle - (LABEL_WIDTH + self.viewport().width()) / 2))
        if y is not None:
            self.ensureVisible(QRectF(middle, y - ROW_HEIGHT / 2, 1, ROW_HEIGHT), 0, AXIS_HEIGHT + 10)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit_all()

    # wheel --------------------------------------------------------------------------------

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(ZOOM_STEP ** steps, event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)
