"""The meetings timeline: one row per country (or participant), dates across, zoom from years to days."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGraphicsLineItem, QGraphicsScene, QGraphicsView

from ui.meetings.glyph import RADIUS, MeetingGlyph
from ui.common.theme import cjk_font
from ui.common.words import counted

LABEL_WIDTH = 132  # the row names' band on the left, fixed while panning
AXIS_HEIGHT = 26  # the dates' band on top
ROW_HEIGHT = 38
MARGIN_DAYS = 20
# Pixels kept before the first meeting and after the last, at any scale: a dot and its ring clear the row names.
MARGIN_PX = 2 * (RADIUS + 6)
MIN_PPD, MAX_PPD = 0.03, 120.0  # pixels per day: about a decade across a window … a day per glyph row
ZOOM_STEP = 1.4
# Precisions whose start is the day itself; others put the dot in the middle of their span.
EXACT = (None, "part_of_day", "day", "days", "unknown")
NO_ROW = "—"
DODGE = (0, -12, 12)  # vertical nudges of dots on (nearly) the same day in one row
GAP = 2 * RADIUS  # the least distance between two dots' centres while a nudge has room: they touch, not cover


def fan_out(x: float, y: float, taken: list[tuple[float, float]], room_px: float = 0.0) -> tuple[float, float]:
    """Where a dot goes in a crowded row: its own place if free, else the nearest free nudge up or down, else
    a step later still inside its own date (room_px: how far its day or span reaches right of x on the axis).

    A dot never leaves its date: when every place is taken (a season crowded at a coarse scale) it stacks on
    the place with the most room, and zooming in separates the pile."""
    def room(cx: float, cy: float) -> float:
        return min((math.hypot(cx - ox, cy - oy) for ox, oy in taken), default=math.inf)

    places = [(x + step * GAP / 2, y + dy) for step in range(0, 1 + int(max(0.0, room_px) // (GAP / 2)))
              for dy in DODGE]  # half steps: the dots pack like a honeycomb
    free = [p for p in places if room(*p) >= GAP]
    return free[0] if free else max(places, key=lambda p: room(*p))


def anchor_day(item: dict) -> date:
    """Where the dot goes: the start of a precise date, the middle of a vague one."""
    if item["precision"] in EXACT:
        return item["first"]
    return item["first"] + (item["last"] - item["first"]) / 2


def tick_unit(ppd: float) -> tuple[str, int]:
    """The tick step for a scale: the finest of day, week, month, quarter, year, 5 years ≥ 64 px apart."""
    for unit, n, days in (("day", 1, 1), ("day", 7, 7), ("month", 1, 30.4), ("month", 3, 91.3),
                          ("year", 1, 365.25), ("year", 5, 1826)):
        if days * ppd >= 64:
            return unit, n
    return "year", 10


def ticks(first: date, last: date, ppd: float) -> list[tuple[date, str]]:
    """Tick dates and their labels between first and last."""
    unit, n = tick_unit(ppd)
    out = []
    if unit == "day":
        day = first - timedelta(days=first.weekday() if n == 7 else 0)
        while day <= last:
            out.append((day, f"{day.month}/{day.day}" if n == 1 and day.day != 1 else day.strftime("%Y-%m-%d")))
            day += timedelta(days=n)
    elif unit == "month":
        month = (first.year * 12 + first.month - 1) // n * n
        while True:
            day = date(month // 12, month % 12 + 1, 1)
            if day > last:
                break
            out.append((day, str(day.year) if day.month == 1 else day.strftime("%Y-%m")))
            month += n
    else:
        year = first.year // n * n
        while year <= last.year:
            out.append((date(year, 1, 1), str(year)))
            year += n
    return out


class TimelineView(QGraphicsView):
    """Meetings by date; click a dot to choose the meeting, Ctrl+wheel or +/- to zoom."""

    meeting_selected = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.NoFrame)
        self.setRenderHint(QPainter.Antialiasing)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)  # the fixed bands move with scrolling
        self.setFocusPolicy(Qt.StrongFocus)
        self.meetings: list[dict] = []
        self.entities: dict = {}
        self.mode = "country"
        self.ppd = 2.0
        self.origin = date.today()
        self.end = date.today()
        self.span_days = 0  # from the first meeting to the last
        self.rows: list[tuple[str, str]] = []
        self.glyphs: dict[int, list[MeetingGlyph]] = {}
        self.current: int | None = None
        self.undated = 0
        self.library_has_meetings = True  # False: the filters are not why the timeline is empty
        self.font_rows = cjk_font(9.5)

    # content ----------------------------------------------------------------------------

    def set_meetings(self, items: list[dict], entities: dict) -> None:
        """Show these meetings (already filtered); keeps the scale and the selection."""
        self.meetings, self.entities = items, entities
        self.rebuild()

    def set_mode(self, mode: str) -> None:
        """'country' or 'person': what a row stands for."""
        if mode != self.mode:
            self.mode = mode
            self.rebuild()

    def row_keys(self, item: dict) -> list[str]:
        keys = item["countries"] if self.mode == "country" else item["people"]
        return keys or [NO_ROW]

    def _row_label(self, key: str) -> str:
        if key == NO_ROW:
            return self.tr("(no country)") if self.mode == "country" else self.tr("(no participant)")
        if self.mode == "country":
            entity = self.entities.get(f"country:{key}")
            return f"{entity.name} · {key}" if entity else key
        if key.startswith("name:"):
            return key[5:]
        entity = self.entities.get(key)
        return entity.name if entity else key

    def _rows(self, dated: list[dict]) -> list[tuple[str, str]]:
        # The busiest rows on top; ties in name order, so rows do not jump around.
        counts = Counter(key for item in dated for key in self.row_keys(item))
        keys = sorted(counts, key=lambda k: (k == NO_ROW, -counts[k], self._row_label(k)))
        return [(k, self._row_label(k)) for k in keys]

    def x_of(self, day: date) -> float:
        """Scene x of the start of a day."""
        return LABEL_WIDTH + (day - self.origin).days * self.ppd

    def day_at(self, x: float) -> date:
        """The day at a scene x."""
        return self.origin + timedelta(days=math.floor((x - LABEL_WIDTH) / self.ppd))

    def row_y(self, index: int) -> float:
        """Scene y of the middle of a row."""
        return AXIS_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2

    def empty_text(self) -> str:
        """What the timeline says when it has no row: a library without meetings is told how they come."""
        if self.undated:
            return counted(self.undated, self.tr("1 undated meeting (see the list)"),
                           self.tr("{n} undated meetings (see the list)"))
        if self.library_has_meetings:
            return self.tr("No meetings match the filters")
        return self.tr("No meetings yet. Kaidan proposes them from the articles it imports; in the reader, "
                       "G ties a meeting mention to a meeting or makes a new one.")

    def rebuild(self) -> None:
        """Lay the meetings out again at the current scale."""
        scene = self.scene()
        scene.clear()
        self.glyphs = {}
        dated = [i for i in self.meetings if i["first"] is not None]
        self.undated = len(self.meetings) - len(dated)
        self.rows = self._rows(dated)
        if dated:
            first, last = min(i["first"] for i in dated), max(i["last"] for i in dated)
            margin = timedelta(days=max(MARGIN_DAYS, math.ceil(MARGIN_PX / self.ppd)))
            self.origin, self.end, self.span_days = first - margin, last + margin, (last - first).days
        row_index = {key: n for n, (key, _label) in enumerate(self.rows)}
        palette = self.palette()
        placed: dict[str, list[tuple[float, float]]] = {}  # dots per row, to stack those that would cover each other
        for item in dated:
            x = self.x_of(anchor_day(item))
            room_px = self.x_of(item["last"] + timedelta(days=1)) - x - 1  # the date's own reach to the right
            bar = None
            if item["last"] > item["first"]:
                bar = (self.x_of(item["first"]) - x, self.x_of(item["last"] + timedelta(days=1)) - x)
            ys = []
            for key in self.row_keys(item):
                glyph = MeetingGlyph(item, palette, bar)
                gx, gy = fan_out(x, self.row_y(row_index[key]), placed.setdefault(key, []), room_px)
                placed[key].append((gx, gy))
                glyph.setPos(gx, gy)
                glyph.set_current(item["id"] == self.current)
                scene.addItem(glyph)
                self.glyphs.setdefault(item["id"], []).append(glyph)
                ys.append(glyph.pos().y())
            if len(ys) > 1:
                # The same meeting in several rows: a thin line ties its dots together.
                colour = QColor(self.glyphs[item["id"]][0].colour)
                colour.setAlpha(110)
                xs = [g.pos().x() for g in self.glyphs[item["id"]]]
                line = QGraphicsLineItem(min(xs), min(ys), max(xs), max(ys)) if len(set(xs)) > 1 \
                    else QGraphicsLineItem(x, min(ys), x, max(ys))
                line.setPen(QPen(colour, 1.2))
                line.setZValue(1)
                scene.addItem(line)
        width = self.x_of(self.end) + 40
        height = AXIS_HEIGHT + max(1, len(self.rows)) * ROW_HEIGHT + 8
        scene.setSceneRect(QRectF(0, 0, width, height))
        self.viewport().update()

    # selection --------------------------------------------------------------------------

    def select_meeting(self, meeting_id: int | None, emit: bool = True) -> None:
        """Mark a meeting as current (every row's dot) and bring it into view."""
        self.current = meeting_id
        for mid, glyphs in self.glyphs.items():
            for glyph in glyphs:
                glyph.set_current(mid == meeting_id)
        if meeting_id in self.glyphs:
            self.ensureVisible(self.glyphs[meeting_id][0], LABEL_WIDTH // 2 + 30, AXIS_HEIGHT + 10)
        if emit and meeting_id is not None:
            self.meeting_selected.emit(meeting_id)

    def glyphs_at(self, pos) -> list[MeetingGlyph]:
        """The meeting dots under a viewport point, the one whose centre is nearest first."""
        scene_pos = self.mapToScene(pos)
        found = [i for i in self.items(pos) if isinstance(i, MeetingGlyph)]
        return sorted(found, key=lambda g: math.hypot(g.scenePos().x() - scene_pos.x(),
                                                      g.scenePos().y() - scene_pos.y()))

    def ordered_ids(self) -> list[int]:
        """Meeting ids on the timeline in date order."""
        dated = sorted((i for i in self.meetings if i["first"] is not None),
                       key=lambda i: (anchor_day(i), i["id"]))
        return [i["id"] for i in dated]

    def step(self, delta: int) -> None:
        """Select the next (1) or previous (-1) meeting in date order."""
        ids = self.ordered_ids()
        if not ids:
            return
        index = ids.index(self.current) + delta if self.current in ids else 0
        self.select_meeting(ids[max(0, min(len(ids) - 1, index))])

    # zoom -------------------------------------------------------------------------------

    def set_ppd(self, ppd: float, anchor_x: float | None = None) -> None:
        """Change the scale (pixels per day), keeping the day under anchor_x (viewport) in place."""
        ppd = max(MIN_PPD, min(MAX_PPD, ppd))
        if math.isclose(ppd, self.ppd):
            return
        if anchor_x is None:
            anchor_x = (LABEL_WIDTH + self.viewport().width()) / 2
        scene_x = self.mapToScene(int(anchor_x), 0).x()
        fraction = (scene_x - LABEL_WIDTH) / self.ppd  # days from the origin, fractional
        origin = self.origin
        self.ppd = ppd
        self.rebuild()
        fraction += (origin - self.origin).days  # the margin, in days, follows the scale
        bar = self.horizontalScrollBar()
        bar.setValue(round(LABEL_WIDTH + fraction * ppd - anchor_x))
        self.zoom_changed.emit(ppd)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_ppd(self.ppd * factor, anchor_x)

    def fit_all(self) -> None:
        """A scale that shows every meeting across the width."""
        width, span = self.viewport().width() - LABEL_WIDTH - 40, max(1, self.span_days)
        # the meetings' span and both margins fit: MARGIN_DAYS each side, and never fewer than MARGIN_PX pixels
        self.set_ppd(min(width / (span + 2 * MARGIN_DAYS), (width - 2 * MARGIN_PX) / span))
        self.horizontalScrollBar().setValue(0)

    # events -----------------------------------------------------------------------------

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

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        if text in ("+", "=") or key == Qt.Key_Plus:
            self.zoom_by(ZOOM_STEP)
        elif text in ("-", "_") or key == Qt.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key_Home:
            self.fit_all()
        elif key == Qt.Key_Right and not event.modifiers():
            self.step(1)
        elif key == Qt.Key_Left and not event.modifiers():
            self.step(-1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        glyphs = self.glyphs_at(event.position().toPoint())
        if glyphs and event.button() == Qt.LeftButton:
            self.select_meeting(glyphs[0].meeting_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            for glyphs in self.glyphs.values():
                for glyph in glyphs:
                    glyph.set_palette(self.palette())

    # painting ---------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.Base))
        stripe = palette.color(QPalette.AlternateBase)
        for n in range(len(self.rows)):
            if n % 2:
                top = AXIS_HEIGHT + n * ROW_HEIGHT
                painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_HEIGHT), stripe)
        grid = QColor(palette.color(QPalette.Mid))
        grid.setAlpha(90)
        painter.setPen(QPen(grid, 1))
        bottom = AXIS_HEIGHT + len(self.rows) * ROW_HEIGHT
        for day, _label in ticks(self.day_at(rect.left()), self.day_at(rect.right()), self.ppd):
            x = self.x_of(day)
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, max(bottom, rect.bottom())))
        today = date.today()
        if self.origin <= today <= self.end:
            # Today divides held meetings from planned ones.
            painter.setPen(QPen(palette.color(QPalette.Highlight), 1, Qt.DashLine))
            x = self.x_of(today)
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, max(bottom, rect.bottom())))

    def drawForeground(self, painter: QPainter, _rect: QRectF) -> None:
        # The axis and the row names stay put while the dates scroll under them.
        palette = self.palette()
        painter.save()
        painter.resetTransform()
        width, height = self.viewport().width(), self.viewport().height()
        band = palette.color(QPalette.Window)
        painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), band)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.WindowText))
        left_day = self.day_at(self.mapToScene(LABEL_WIDTH, 0).x())
        right_day = self.day_at(self.mapToScene(width, 0).x())
        for day, label in ticks(left_day, right_day, self.ppd):
            x = self.mapFromScene(QPointF(self.x_of(day), 0)).x()
            if x >= LABEL_WIDTH:
                painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, AXIS_HEIGHT))
                painter.drawText(QRectF(x + 3, 0, 120, AXIS_HEIGHT - 4), Qt.AlignLeft | Qt.AlignVCenter, label)
        painter.fillRect(QRectF(0, 0, LABEL_WIDTH, height), band)
        painter.setPen(QPen(palette.color(QPalette.Mid), 1))
        painter.drawLine(QPointF(LABEL_WIDTH - 0.5, 0), QPointF(LABEL_WIDTH - 0.5, height))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(width, AXIS_HEIGHT - 0.5))
        painter.setFont(self.font_rows)
        painter.setPen(palette.color(QPalette.WindowText))
        for n, (_key, label) in enumerate(self.rows):
            y = self.mapFromScene(QPointF(0, self.row_y(n))).y()
            if AXIS_HEIGHT <= y <= height:
                painter.drawText(QRectF(10, y - ROW_HEIGHT / 2, LABEL_WIDTH - 16, ROW_HEIGHT),
                                 Qt.AlignLeft | Qt.AlignVCenter, label)
        if not self.rows:
            painter.setPen(palette.color(QPalette.PlaceholderText))
            painter.drawText(QRectF(LABEL_WIDTH + 12, AXIS_HEIGHT, width - LABEL_WIDTH - 24, 120),
                             Qt.AlignCenter | Qt.TextWordWrap, self.empty_text())
        painter.restore()
