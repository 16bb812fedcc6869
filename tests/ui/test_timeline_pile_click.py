"""A click on a pile's badge zooms the timeline to the pile's days, so its meetings spread out to be chosen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.ui.test_timeline_dot_dates import crowded_view
from ui.meetings.timeline_layout import anchor_day
from ui.meetings.timeline_paint import LABEL_WIDTH


def _click_badge(qtbot, timeline, badge):
    """A left click in the middle of the badge, as the user's mouse gives it."""
    centre = badge.mapToScene(badge.rect.center())
    qtbot.mouseClick(timeline.viewport(), Qt.LeftButton, pos=timeline.mapFromScene(centre))


def _days_in_sight(timeline):
    """The first and last day the viewport shows right of the row names."""
    left = timeline.mapToScene(LABEL_WIDTH, 0).x()
    right = timeline.mapToScene(timeline.viewport().width() - 1, 0).x()
    return timeline.day_at(left), timeline.day_at(right)


def test_a_click_on_a_pile_zooms_to_its_days_and_spreads_it(qtbot, seeds, library_of, make_window):
    view = crowded_view(qtbot, seeds, library_of, make_window)
    timeline = view.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key_Home)
    biggest = max(timeline.badges, key=lambda b: b.count)
    pile = {item["id"] for item in biggest.items}
    first, last = min(anchor_day(i) for i in biggest.items), max(anchor_day(i) for i in biggest.items)
    assert (last - first).days > 150  # the season's meetings, every five days for half a year
    assert "Click to zoom in to their days" in biggest.toolTip()
    fitted = timeline.ppd
    with qtbot.waitSignal(timeline.zoom_changed, timeout=2000):
        _click_badge(qtbot, timeline, biggest)
    assert timeline.ppd > 10 * fitted
    shown_first, shown_last = _days_in_sight(timeline)
    assert shown_first <= first and last <= shown_last  # the whole pile is in sight…
    assert (shown_last - shown_first).days < 1.5 * (last - first).days  # …and fills the width
    # the pile's meetings stand apart now: what is still piled holds far fewer of them
    assert max((sum(i["id"] in pile for i in b.items) for b in timeline.badges), default=0) < biggest.count / 4
    assert timeline.current is None and view.current is None  # a click on a count chooses no meeting


def test_a_pile_on_one_day_zooms_to_the_days_around_it(qtbot, seeds, library_of, make_window):
    view = crowded_view(qtbot, seeds, library_of, make_window)
    timeline = view.timeline
    timeline.set_ppd(1.0)  # some piles of a few meetings each
    small = min(timeline.badges, key=lambda b: (b.last - b.first).days)
    _click_badge(qtbot, timeline, small)
    shown_first, shown_last = _days_in_sight(timeline)
    assert shown_first <= small.first and small.last <= shown_last
    assert (shown_last - shown_first) <= (small.last - small.first) + timedelta(days=30)
    assert all(b.count < small.count for b in timeline.badges if set(map(id, b.items)) & set(map(id, small.items)))
