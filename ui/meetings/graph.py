"""A small graph of the chosen meeting's linked meetings, in date order, edges named by relation."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView

from core.model import Link
from ui.meetings.style import RELATION_LABELS, kind_colour, shown
from ui.common.plain import tooltip
from ui.common.theme import cjk_font

NODE_W, NODE_H = 112, 38
STEP_X = 124
MAX_DEPTH = 2
MAX_NODES = 12


def neighbourhood(meeting_id: int, links: list[Link], depth: int = MAX_DEPTH) -> tuple[set[int], list[Link]]:
    """Meetings within depth links of meeting_id (rejected links left out), and the links among them."""
    live = [link for link in links if link.state != "rejected"]
    seen, frontier = {meeting_id}, {meeting_id}
    for _ in range(depth):
        frontier = {other for link in live for a, other in ((link.from_id, link.to_id),
                                                           (link.to_id, link.from_id))
                    if a in frontier and other not in seen}
        seen |= set(list(frontier)[:max(0, MAX_NODES - len(seen))])
    return seen, [link for link in live if link.from_id in seen and link.to_id in seen]


class MeetingNode(QGraphicsItem):
    """A meeting: its title and date in a box outlined in its kind's colour."""

    def __init__(self, item: dict, centre: bool, palette: QPalette) -> None:
        super().__init__()
        self.item, self.centre, self.palette = item, centre, palette
        self.meeting_id = item["id"]
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip(tooltip(item["label"]))
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return QRectF(-NODE_W / 2 - 2, -NODE_H / 2 - 2, NODE_W + 4, NODE_H + 4)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        colour = kind_colour(self.item["kind"], self.palette)
        rect = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
        fill = QColor(colour)
        fill.setAlpha(60 if self.centre else 22)
        pen = QPen(colour, 2.5 if self.centre else 1.4)
        if self.item["state"] == "proposed":
            pen.setStyle(Qt.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 6, 6)
        font = cjk_font(8.5)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.setPen(self.palette.color(QPalette.Text))
        title = metrics.elidedText(self.item["label"], Qt.ElideRight, NODE_W - 10)
        painter.drawText(rect.adjusted(5, 3, -5, -NODE_H / 2), Qt.AlignCenter, title)
        painter.setPen(self.palette.color(QPalette.PlaceholderText))
        painter.drawText(rect.adjusted(5, NODE_H / 2 - 2, -5, -3), Qt.AlignCenter, self.item["start"] or "undated")


class MeetingGraph(QGraphicsView):
    """The neighbourhood of one meeting; click a node to choose that meeting."""

    meeting_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.NoFrame)
        self.setRenderHint(QPainter.Antialiasing)
        self.nodes: dict[int, MeetingNode] = {}
        self.edges: list[dict] = []
        self.setMinimumHeight(150)

    def show_neighbourhood(self, meeting_id: int | None, items: dict[int, dict], links: list[Link]) -> None:
        """Draw the meeting, the meetings linked to it (two steps out) and their links."""
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = {}, []
        if meeting_id is None or meeting_id not in items:
            return
        ids, edges = neighbourhood(meeting_id, links)
        ids = {i for i in ids if i in items}
        self.edges = [e for e in edges if e.from_id in ids and e.to_id in ids]
        ordered = sorted(ids, key=lambda i: (items[i]["start"] or "9999", i))
        centre = ordered.index(meeting_id)
        for rank, mid in enumerate(ordered):
            # Date order left to right; neighbours off the centre line so edges do not overlap.
            offset = 0 if mid == meeting_id else (-1) ** rank * 52
            node = MeetingNode(items[mid], mid == meeting_id, self.palette())
            node.setPos((rank - centre) * STEP_X, offset)
            scene.addItem(node)
            self.nodes[mid] = node
        for edge in self.edges:
            self._add_edge(edge)
        rect = scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)
        scene.setSceneRect(rect)
        self.resetTransform()
        if rect.width() > self.viewport().width() or rect.height() > self.viewport().height():
            self.fitInView(rect, Qt.KeepAspectRatio)

    def mousePressEvent(self, event) -> None:
        nodes = [i for i in self.items(event.position().toPoint()) if isinstance(i, MeetingNode)]
        if nodes and event.button() == Qt.LeftButton:
            self.meeting_requested.emit(nodes[0].meeting_id)
            return
        super().mousePressEvent(event)

    def _add_edge(self, link: Link) -> None:
        scene = self.scene()
        a, b = self.nodes[link.from_id].pos(), self.nodes[link.to_id].pos()
        line = QLineF(a, b)
        colour = self.palette().color(QPalette.Text)
        colour.setAlpha(170)
        pen = QPen(colour, 1.3, Qt.DashLine if link.state == "proposed" else Qt.SolidLine)
        trimmed = _trim(line)
        scene.addLine(trimmed, pen).setZValue(1)
        head = _arrow_head(trimmed)
        scene.addPolygon(head, QPen(colour), QBrush(colour)).setZValue(1)
        text = shown(RELATION_LABELS, link.relation)
        if link.state == "proposed":
            text += " ?"
        label = scene.addSimpleText(text, cjk_font(8))
        label.setBrush(colour)
        mid = trimmed.pointAt(0.5)
        box = label.boundingRect()
        label.setPos(mid.x() - box.width() / 2, mid.y() - box.height() - 2)
        label.setZValue(3)


def _trim(line: QLineF) -> QLineF:
    """The part of a centre-to-centre line outside both boxes."""
    dx, dy = line.dx(), line.dy()
    if dx == 0 and dy == 0:
        return line
    # How far along the line the box edge lies, from each end.
    tx = (NODE_W / 2 + 3) / abs(dx) if dx else math.inf
    ty = (NODE_H / 2 + 3) / abs(dy) if dy else math.inf
    t = min(tx, ty, 0.45)
    return QLineF(line.pointAt(t), line.pointAt(1 - t))


def _arrow_head(line: QLineF) -> QPolygonF:
    tip = line.p2()
    angle = math.atan2(line.dy(), line.dx())
    size = 8
    left = QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4))
    right = QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4))
    return QPolygonF([tip, left, right])
