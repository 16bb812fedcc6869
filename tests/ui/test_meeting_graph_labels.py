"""The linked-meetings graph names each link beside its line, never over a meeting's box or another name."""

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from core.model import Link
from ui.meetings.graph import MeetingGraph, label_place

# A chain of talks around one summit, as the links a user makes between a visit, its preparatory talks and its
# follow-up: short links between neighbours in date order and longer ones that pass one meeting by.
TITLES = ["日米外相電話会談", "日米外相会談", "日米首脳会談", "日米次官協議", "日米2プラス2", "G7外相会合"]
LINKS = [("precedes", 1, 2), ("prepares", 2, 3), ("follow_up", 4, 3), ("series", 1, 3), ("same_as", 3, 5),
         ("part_of", 5, 6), ("precedes", 2, 4)]


def _graph(qtbot, centre: int) -> MeetingGraph:
    items = {i: {"id": i, "label": title, "kind": "talks", "state": "accepted" if i % 2 else "proposed",
                 "start": f"2025-0{i}-1{i}"} for i, title in enumerate(TITLES, start=1)}
    links = [Link(id=n, from_id=a, to_id=b, relation=relation, state="proposed" if n % 2 else "accepted")
             for n, (relation, a, b) in enumerate(LINKS, start=1)]
    graph = MeetingGraph()
    qtbot.addWidget(graph)
    graph.resize(760, 260)
    graph.show_neighbourhood(centre, items, links)
    return graph


def test_no_label_overlaps_a_meeting_or_another_label(qtbot):
    for centre in (3, 2, 5):
        graph = _graph(qtbot, centre)
        nodes = [node.sceneBoundingRect() for node in graph.nodes.values()]
        labels = [i.sceneBoundingRect() for i in graph.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
        assert len(labels) == len(graph.edges) >= 4
        for n, label in enumerate(labels):
            assert not any(label.intersects(node) for node in nodes), (centre, n)
            assert not any(label.intersects(other) for other in labels[n + 1:]), (centre, n)


def test_a_label_stays_by_its_line_when_a_box_is_in_the_way():
    box = QRectF(0, 0, 50, 13)
    line = QLineF(QPointF(0, 0), QPointF(200, 0))
    assert label_place(box, line, []) == QPointF(75, -15)  # above the middle when nothing is in the way
    # A box over the middle of the line and above it: the label goes below, still at the middle.
    over = QRectF(60, -40, 80, 38)
    spot = label_place(box, line, [over])
    assert not QRectF(spot, box.size()).intersects(over) and abs(spot.x() + 25 - 100) < 1 and spot.y() > 0


def test_a_crowded_middle_still_finds_a_clear_spot():
    box = QRectF(0, 0, 60, 14)
    line = QLineF(QPointF(0, 0), QPointF(40, 0))
    taken = [QRectF(-100 + 30 * i, -20 + 12 * j, 28, 10) for i in range(8) for j in range(4)]  # a wall of boxes
    spot = QRectF(label_place(box, line, taken), box.size())
    assert not any(spot.intersects(rect) for rect in taken)
