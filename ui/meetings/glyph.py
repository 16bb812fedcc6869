"""One meeting on the timeline: a dot coloured by kind, its status in the stroke, its span as a bar."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from ui.meetings.style import NOT_HAPPENING, PLANNED, kind_colour, kind_label, muted_colour, status_label
from ui.meetings.model import date_text
from ui.common.words import counted

RADIUS = 6.5
BAR_HEIGHT = 8.0


def glyph_style(item: dict) -> str:
    """'held', 'planned' or 'off': how the status is drawn."""
    if item["status"] in PLANNED:
        return "planned"
    if item["status"] in NOT_HAPPENING:
        return "off"
    return "held"


def tooltip_html(item: dict) -> str:
    """What hovering a meeting says."""
    lines = [f"<b>{escape(item['label'])}</b>",
             f"{escape(kind_label(item['kind']))} · {escape(status_label(item['status']))}",
             escape(date_text(item)) + (f" ({escape(item['date_text'])})" if item.get("date_text") else "")]
    place = item["place"].get("text")
    if place:
        lines.append(escape(place))
    n = len(item["mentions"])
    lines.append(counted(n, QCoreApplication.translate("MeetingGlyph", "1 mention"),
                         QCoreApplication.translate("MeetingGlyph", "{n} mentions")))
    if item["state"] == "proposed":
        lines.append("<span style='color:gray'>" + escape(QCoreApplication.translate(
            "MeetingGlyph", "proposed by Kaidan — not confirmed")) + "</span>")
    return "<br>".join(lines)


class MeetingGlyph(QGraphicsItem):
    """A meeting in one row; bar_left/bar_right are the span's ends relative to the dot."""

    def __init__(self, item: dict, palette: QPalette, bar: tuple[float, float] | None = None) -> None:
        super().__init__()
        self.item = item
        self.meeting_id = item["id"]
        self.style = glyph_style(item)
        self.proposal = item["state"] == "proposed"
        self.current = False
        self.bar = bar
        self.set_palette(palette)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip(tooltip_html(item))
        self.setZValue(2)

    def set_palette(self, palette: QPalette) -> None:
        self.colour = kind_colour(self.item["kind"], palette)
        self.muted = muted_colour(palette)
        self.base = palette.color(QPalette.Base)
        self.highlight = palette.color(QPalette.Highlight)
        self.update()

    def set_current(self, on: bool) -> None:
        if on != self.current:
            self.current = on
            self.update()

    def boundingRect(self) -> QRectF:
        left, right = (self.bar if self.bar else (0.0, 0.0))
        r = RADIUS + 6
        return QRectF(min(-r, left - 1), -r - 4, max(r, right + 1) - min(-r, left - 1), 2 * r + 8)

    def shape(self):
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), RADIUS + 3, RADIUS + 3)
        if self.bar:
            path.addRect(QRectF(self.bar[0], -BAR_HEIGHT / 2, self.bar[1] - self.bar[0], BAR_HEIGHT))
        return path

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        colour = self.muted if self.style == "off" else self.colour
        if self.bar:
            self._paint_bar(painter, colour)
        if self.current:
            painter.setPen(QPen(self.highlight, 2.5))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS + 4.5, RADIUS + 4.5)
        if self.style == "held":
            painter.setPen(QPen(colour.darker(130), 1.2))
            painter.setBrush(QBrush(colour))
        elif self.style == "planned":
            painter.setPen(QPen(colour, 2, Qt.DashLine))
            painter.setBrush(QBrush(self.base))
        else:
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(QBrush(self.base))
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        if self.style == "off":
            painter.setPen(QPen(colour, 1.8))
            painter.drawLine(QPointF(-RADIUS - 2, RADIUS + 2), QPointF(RADIUS + 2, -RADIUS - 2))
        if self.proposal:
            self._paint_proposal(painter)

    def _paint_bar(self, painter: QPainter, colour: QColor) -> None:
        left, right = self.bar
        rect = QRectF(left, -BAR_HEIGHT / 2, max(right - left, 2.0), BAR_HEIGHT)
        fill = QColor(colour)
        fill.setAlpha(70 if self.style == "held" else 30)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 1, Qt.SolidLine if self.style == "held" else Qt.DashLine))
        painter.drawRoundedRect(rect, 3, 3)

    def _paint_proposal(self, painter: QPainter) -> None:
        # Kaidan's guess: a small question mark badge, so unconfirmed meetings read as such.
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(self.muted.darker(140) if self.base.lightness() > 128 else self.muted.lighter(140)))
        painter.drawText(QRectF(RADIUS - 1, -RADIUS - 9, 10, 10), Qt.AlignCenter, "?")
