"""How the timeline paints what is not a dot: row stripes, the tick grid and today's line behind the dots;
the date axis and the row names in front, fixed while the dates scroll under them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from ui.meetings.timeline_layout import ticks

LABEL_WIDTH = 132  # the row names' band on the left, fixed while panning
AXIS_HEIGHT = 26  # the dates' band on top
ROW_HEIGHT = 38


def paint_background(view, painter: QPainter, rect: QRectF) -> None:
    """Row stripes, a line per tick and today's dashed line, under the dots (view: the TimelineView)."""
    palette = view.palette()
    painter.fillRect(rect, palette.color(QPalette.Base))
    stripe = palette.color(QPalette.AlternateBase)
    for n in range(len(view.rows)):
        if n % 2:
            top = AXIS_HEIGHT + n * ROW_HEIGHT
            painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_HEIGHT), stripe)
    grid = QColor(palette.color(QPalette.Mid))
    grid.setAlpha(90)
    painter.setPen(QPen(grid, 1))
    bottom = AXIS_HEIGHT + len(view.rows) * ROW_HEIGHT
    for day, _label in ticks(view.day_at(rect.left()), view.day_at(rect.right()), view.ppd):
        x = view.x_of(day)
        painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, max(bottom, rect.bottom())))
    today = date.today()
    if view.origin <= today <= view.end:
        # Today divides held meetings from planned ones.
        painter.setPen(QPen(palette.color(QPalette.Highlight), 1, Qt.DashLine))
        x = view.x_of(today)
        painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, max(bottom, rect.bottom())))


def paint_bands(view, painter: QPainter) -> None:
    """The axis with its tick labels, the row names and, with no row, why the timeline is empty: drawn in
    viewport coordinates, so they stay put while the dates scroll under them."""
    palette = view.palette()
    painter.save()
    painter.resetTransform()
    width, height = view.viewport().width(), view.viewport().height()
    band = palette.color(QPalette.Window)
    painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), band)
    painter.setFont(view.font())
    painter.setPen(palette.color(QPalette.WindowText))
    left_day = view.day_at(view.mapToScene(LABEL_WIDTH, 0).x())
    right_day = view.day_at(view.mapToScene(width, 0).x())
    for day, label in ticks(left_day, right_day, view.ppd):
        x = view.mapFromScene(QPointF(view.x_of(day), 0)).x()
        if x >= LABEL_WIDTH:
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, AXIS_HEIGHT))
            painter.drawText(QRectF(x + 3, 0, 120, AXIS_HEIGHT - 4), Qt.AlignLeft | Qt.AlignVCenter, label)
    painter.fillRect(QRectF(0, 0, LABEL_WIDTH, height), band)
    painter.setPen(QPen(palette.color(QPalette.Mid), 1))
    painter.drawLine(QPointF(LABEL_WIDTH - 0.5, 0), QPointF(LABEL_WIDTH - 0.5, height))
    painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(width, AXIS_HEIGHT - 0.5))
    painter.setFont(view.font_rows)
    painter.setPen(palette.color(QPalette.WindowText))
    for n, (_key, label) in enumerate(view.rows):
        y = view.mapFromScene(QPointF(0, view.row_y(n))).y()
        if AXIS_HEIGHT <= y <= height:
            painter.drawText(QRectF(10, y - ROW_HEIGHT / 2, LABEL_WIDTH - 16, ROW_HEIGHT),
                             Qt.AlignLeft | Qt.AlignVCenter, label)
    if not view.rows:
        painter.setPen(palette.color(QPalette.PlaceholderText))
        painter.drawText(QRectF(LABEL_WIDTH + 12, AXIS_HEIGHT, width - LABEL_WIDTH - 24, 120),
                         Qt.AlignCenter | Qt.TextWordWrap, view.empty_text())
    painter.restore()
