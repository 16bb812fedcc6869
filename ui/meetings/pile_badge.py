"""The count beside a pile of meeting dots: at a coarse scale one day's meetings stack on one spot, and the
badge says how many are there; its tooltip names them, and a click on it zooms the timeline to their days."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from ui.meetings.glyph import RADIUS, MeetingGlyph
from ui.meetings.timeline_layout import pile_days, piles
from ui.meetings.model import date_text
from ui.common.words import counted

TOOLTIP_TITLES = 12  # more names than this make a tooltip taller than a window; the rest are counted


def pile_tooltip(items: list[dict]) -> str:
    """How many meetings a pile holds and their titles with dates, escaped (titles come from articles)."""
    head = counted(len(items), QCoreApplication.translate("PileBadge", "1 meeting here"),
                   QCoreApplication.translate("PileBadge", "{n} meetings here"))
    lines = [f"<b>{escape(head)}</b>"]
    lines += [escape(f"{date_text(item)} · {item['label']}") for item in items[:TOOLTIP_TITLES]]
    if len(items) > TOOLTIP_TITLES:
        more = QCoreApplication.translate("PileBadge", "…and {n} more")
        lines.append(escape(more.format(n=len(items) - TOOLTIP_TITLES)))
    hint = QCoreApplication.translate("PileBadge", "Click to zoom in to their days")
    lines.append(f"<i>{escape(hint)}</i>")
    return "<br>".join(lines)


def pile_badges(row_glyphs: dict[str, list[MeetingGlyph]], palette: QPalette) -> list["PileBadge"]:
    """A badge for each pile of more than one dot in each row, placed at the pile's top right."""
    badges = []
    for glyphs in row_glyphs.values():
        for pile in piles([(g.pos().x(), g.pos().y()) for g in glyphs]):
            if len(pile) > 1:
                badge = PileBadge([glyphs[n].item for n in pile], palette)
                badge.setPos(max(glyphs[n].pos().x() for n in pile), min(glyphs[n].pos().y() for n in pile))
                badges.append(badge)
    return badges


class PileBadge(QGraphicsItem):
    """A small pill with the number of dots in a pile; placed at the pile's rightmost x and top y."""

    def __init__(self, items: list[dict], palette: QPalette) -> None:
        super().__init__()
        self.items = items
        self.count = len(items)
        self.first, self.last = pile_days(items)  # what a click shows across the timeline
        self.text = str(self.count)
        self.font = QFont()
        self.font.setPointSizeF(7.0)
        self.palette = palette
        width = QFontMetricsF(self.font).horizontalAdvance(self.text) + 6
        self.rect = QRectF(RADIUS + 1, -5.5, width, 11)  # right of the top dot, clear of the axis above row one
        self.setToolTip(pile_tooltip(items))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setZValue(3)  # above the dots, which sit at 2

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        fill = QColor(self.palette.color(QPalette.Window))
        fill.setAlpha(230)
        painter.setPen(QPen(self.palette.color(QPalette.Mid), 0.8))
        painter.setBrush(fill)
        painter.drawRoundedRect(self.rect, 5, 5)
        painter.setFont(self.font)
        painter.setPen(self.palette.color(QPalette.WindowText))
        painter.drawText(self.rect, Qt.AlignCenter, self.text)
