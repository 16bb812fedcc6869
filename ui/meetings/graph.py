"""A small graph of the chosen meeting's linked meetings, in date order, edges named by relation."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView

from core.model import Link
from ui.common.focus_ring import add_focus_ring
from ui.meetings.style import RELATION_LABELS, kind_colour, shown
from ui.common.plain import tooltip
from ui.common.theme import cjk_font

NODE_W, NODE_H = 112, 38
STEP_X = 124
MAX_DEPTH = 2
MAX_NODES = 12
LABEL_GAP = 2  # px between an edge's label and a node or another label


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
        self.setAccessibleName(self.tr("Linked meetings"))
        self.focus_ring = add_focus_ring(self)
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
        taken = [node.sceneBoundingRect() for node in self.nodes.values()]  # labels placed clear of these
        for edge in self.edges:
            taken.append(self._add_edge(edge, taken))
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

    def _add_edge(self, link: Link, taken: list[QRectF]) -> QRectF:
        """Draw a link and its label (clear of the rectangles taken); return the label's rectangle."""
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
        label.setPos(label_place(label.boundingRect(), trimmed, taken))
        label.setZValue(3)
        return label.sceneBoundingRect()


def label_place(box: QRectF, line: QLineF, taken: list[QRectF]) -> QPointF:
    """Where a label of box's size goes: beside its line, nearest the middle, clear of every
    rectangle taken (the nodes, the labels already placed); when no spot by the line is clear, the nearest clear
    spot above or below the middle."""
    w, h = box.width(), box.height()

    def clear(x: float, y: float) -> bool:
        rect = QRectF(x, y, w, h).adjusted(-LABEL_GAP, -LABEL_GAP, LABEL_GAP, LABEL_GAP)
        return not any(rect.intersects(other) for other in taken)

    for t in (0.5, 0.35, 0.65, 0.2, 0.8):
        at = line.pointAt(t)
        beside = ((at.x() - w / 2, at.y() - h - 2), (at.x() - w / 2, at.y() + 2),  # above, below
                  (at.x() - w - 4, at.y() - h / 2), (at.x() + 4, at.y() - h / 2))  # left, right
        spot = next((QPointF(x, y) for x, y in beside if clear(x, y)), None)
        if spot is not None:
            return spot
    mid = line.pointAt(0.5)
    # Near the middle (the label's centre within a label's size of it), nearest first.
    near = sorted(((mid.x() - w / 2 + dx, mid.y() - h / 2 + dy) for dx in range(-int(w), int(w) + 1, 4)
                   for dy in range(-2 * int(h), 2 * int(h) + 1, 2)), key=lambda p: math.hypot(
                       p[0] + w / 2 - mid.x(), (p[1] + h / 2 - mid.y()) * 2))
    spot = next((QPointF(x, y) for x, y in near if clear(x, y)), None)
    if spot is not None:
        return spot
    # Just above or just below a rectangle in the way; the one above them all is always clear.
    x = mid.x() - w / 2
    heights = [r.top() - h - LABEL_GAP - 1 for r in taken] + [r.bottom() + LABEL_GAP + 1 for r in taken]
    y = next((y for y in sorted(heights, key=lambda y: abs(y + h / 2 - mid.y())) if clear(x, y)),
             mid.y() - h - 2)
    return QPointF(x, y)


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
