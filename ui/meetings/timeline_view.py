"""The meetings timeline: one row per country (or participant), dates across, zoom from years to days.

The layout of dots and ticks is in timeline_layout, the painting of the bands in timeline_paint, the scale
(zoom, fit, scrolling across) in timeline_zoom."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsLineItem, QGraphicsScene, QGraphicsView

from ui.common.focus_ring import add_focus_ring
from ui.meetings.glyph import MeetingGlyph
from ui.meetings.pile_badge import PileBadge, pile_badges
from ui.meetings.timeline_layout import anchor_day, fan_out
from ui.meetings.timeline_paint import AXIS_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, paint_background, paint_bands
from ui.meetings.timeline_zoom import MARGIN_DAYS, MARGIN_PX, ZOOM_STEP, TimelineZoom
from ui.common.theme import cjk_font
from ui.common.words import counted

NO_ROW = "—"


class TimelineView(TimelineZoom, QGraphicsView):
    """Meetings by date; click a dot to choose the meeting, Ctrl+wheel or +/- to zoom (the scale in its base)."""

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
        self.setAccessibleName(self.tr("Timeline of meetings"))
        self.focus_ring = add_focus_ring(self)
        self.meetings: list[dict] = []
        self.entities: dict = {}
        self.mode = "country"
        self.ppd = 2.0
        self.fitted = False  # the scale is fit_all's: kept fitting as the view is resized
        self.origin = date.today()
        self.lead = 0.0  # pixels before the origin's day: the margin the calendar lacks before year 1
        self.end = date.today()
        self.span_days = 0  # from the first meeting to the last
        self.rows: list[tuple[str, str]] = []
        self.glyphs: dict[int, list[MeetingGlyph]] = {}
        self.badges: list[PileBadge] = []  # one per pile of dots
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
        return LABEL_WIDTH + self.lead + (day - self.origin).days * self.ppd

    def day_at(self, x: float) -> date:
        """The day at a scene x."""
        days = math.floor((x - LABEL_WIDTH - self.lead) / self.ppd)
        # (kept to the days a date can hold: at a scale of centuries the margins reach past year 1 or 9999)
        return date.fromordinal(max(1, min(date.max.toordinal(), self.origin.toordinal() + days)))

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
            margin = max(MARGIN_DAYS, math.ceil(MARGIN_PX / self.ppd))
            self.origin = date.fromordinal(max(1, first.toordinal() - margin))  # no further than year 1 …
            # … the rest of the margin in pixels: a meeting of year 1 clears the row names as any other does
            self.lead = max(0, margin - first.toordinal() + 1) * self.ppd
            self.end = date.fromordinal(min(date.max.toordinal(), last.toordinal() + margin))  # … or 9999
            self.span_days = (last - first).days
        row_index = {key: n for n, (key, _label) in enumerate(self.rows)}
        palette = self.palette()
        placed: dict[str, list[tuple[float, float]]] = {}  # dots per row, to stack those that would cover each other
        row_glyphs: dict[str, list[MeetingGlyph]] = {}
        for item in dated:
            x = self.x_of(anchor_day(item))
            after = self.x_of(item["last"]) + self.ppd  # the end of its last day (which may be 9999-12-31)
            room_px = after - x - 1  # the date's own reach to the right
            bar = None
            if item["last"] > item["first"]:
                bar = (self.x_of(item["first"]) - x, after - x)
            ys = []
            for key in self.row_keys(item):
                glyph = MeetingGlyph(item, palette, bar)
                gx, gy = fan_out(x, self.row_y(row_index[key]), placed.setdefault(key, []), room_px)
                placed[key].append((gx, gy))
                row_glyphs.setdefault(key, []).append(glyph)
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
        self.badges = pile_badges(row_glyphs, palette)
        for badge in self.badges:
            scene.addItem(badge)
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

    # events -----------------------------------------------------------------------------

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
        badge = next((i for i in self.items(event.position().toPoint()) if isinstance(i, PileBadge)), None)
        if badge is not None and event.button() == Qt.LeftButton:
            self.show_days(badge.first, badge.last, badge.scenePos().y())
            event.accept()
            return
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
            for badge in self.badges:
                badge.palette = self.palette()
                badge.update()

    # painting ---------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        paint_background(self, painter, rect)

    def drawForeground(self, painter: QPainter, _rect: QRectF) -> None:
        paint_bands(self, painter)
