"""The meetings timeline tells the truth about time: a crowded season stacks its dots, never spreads them later."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.ui.meeting_helpers import RUBIO, WANG, build_meetings, open_meetings
from ui.meetings.timeline_layout import anchor_day


def crowded_view(qtbot, seeds, library_of, make_window):
    """A meetings window over a decade: one meeting in 2015 and forty between July 2025 and February 2026."""
    from core.store import open_db
    from core.store.meetings import create_meeting

    db_path = library_of(seeds)
    build_meetings(db_path)
    db = open_db(str(db_path))
    create_meeting(db, "talks", "held", [RUBIO, WANG], start_date="2015-04-24", precision="day")
    for n in range(40):
        day = date(2025, 7, 1) + timedelta(days=n * 5)
        create_meeting(db, "talks", "held", [RUBIO, WANG], start_date=day.isoformat(), precision="day")
    db.close()
    view = open_meetings(qtbot, make_window(), len(seeds))
    view.resize(1200, 800)
    return view


def test_fit_all_keeps_every_dot_on_its_date(qtbot, seeds, library_of, make_window):
    view = crowded_view(qtbot, seeds, library_of, make_window)
    timeline = view.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key_Home)  # fit all: a decade across the width, the last season crowded
    dots = [(g.item, g.scenePos().x()) for glyphs in timeline.glyphs.values() for g in glyphs]
    assert len(dots) > 80
    for item, x in dots:
        assert abs(x - timeline.x_of(anchor_day(item))) < 0.01, item["id"]  # a dot's place is its date
    # and so the dots read in date order along the axis
    ordered = sorted(dots, key=lambda d: anchor_day(d[0]))
    xs = [x for _item, x in ordered]
    assert xs == sorted(xs)
    last = max(item["last"] for item, _x in dots)
    assert max(xs) <= timeline.x_of(last + timedelta(days=1))


def test_the_fit_holds_when_the_window_grows_until_the_user_zooms(qtbot, seeds, library_of, make_window):
    view = crowded_view(qtbot, seeds, library_of, make_window)  # fitted when it opened, then made larger
    timeline = view.timeline

    def last_dot_x():  # where the latest meeting sits in the viewport
        return max(timeline.mapFromScene(g.scenePos()).x() for glyphs in timeline.glyphs.values() for g in glyphs)

    qtbot.waitUntil(lambda: timeline.viewport().width() > 700)
    width = timeline.viewport().width()
    assert width * 0.8 < last_dot_x() < width  # the meetings span the whole width, not the width it opened at
    view.resize(1500, 800)
    qtbot.waitUntil(lambda: timeline.viewport().width() > width + 200)
    assert timeline.viewport().width() * 0.8 < last_dot_x() < timeline.viewport().width()
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key_Plus)  # a scale of the user's own stays as it is
    ppd = timeline.ppd
    view.resize(1200, 800)
    qtbot.waitUntil(lambda: timeline.viewport().width() < width + 100)
    assert timeline.ppd == ppd
