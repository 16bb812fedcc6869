"""The timeline's Fit (Home) on a library whose meetings lie centuries apart (a date misread a century off, a
library of history, a date typed as year 1): every meeting is across the width, the axis names a year now and
then instead of a heap of labels, and nothing fails at the ends of the calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt

from core.store import open_db
from core.store.meetings import create_meeting, delete_meeting, meeting_records
from tests.ui.meeting_helpers import RUBIO, WANG, open_meetings
from ui.meetings.glyph import RADIUS
from ui.meetings.timeline_layout import tick_unit, ticks
from ui.meetings.timeline_paint import LABEL_WIDTH
from ui.meetings.timeline_zoom import FLOOR_PPD, MIN_PPD


def timeline_of(qtbot, seeds, library_of, make_window, days):
    """The timeline of a meetings window (760 × 600) whose only meetings are talks on days, fitted by Home."""
    db_path = library_of(seeds)
    db = open_db(str(db_path))
    for record in meeting_records(db):
        delete_meeting(db, record["id"])
    for day in days:
        create_meeting(db, "talks", "held", [RUBIO, WANG], start_date=day, precision="day")
    db.close()
    view = open_meetings(qtbot, make_window(), len(seeds))
    view.resize(760, 600)
    view.show()
    qtbot.waitExposed(view)
    timeline = view.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key_Home)
    return timeline


def dots_in_sight(timeline) -> bool:
    xs = [timeline.mapFromScene(g.scenePos()).x() for glyphs in timeline.glyphs.values() for g in glyphs]
    return bool(xs) and all(LABEL_WIDTH <= x <= timeline.viewport().width() for x in xs)


def test_fit_shows_meetings_a_century_and_a_half_apart(qtbot, seeds, library_of, make_window):
    timeline = timeline_of(qtbot, seeds, library_of, make_window, ["1868-10-23", "2025-07-11"])
    assert dots_in_sight(timeline)
    unit, years = tick_unit(timeline.ppd)
    assert unit == "year" and years * 365.25 * timeline.ppd >= 64  # labels apart, not one over another
    qtbot.keyClick(timeline, Qt.Key_Minus)  # no further out than every meeting in sight
    assert dots_in_sight(timeline)
    qtbot.keyClick(timeline, Qt.Key_Plus)
    qtbot.keyClick(timeline, Qt.Key_Plus)
    assert not dots_in_sight(timeline)
    qtbot.keyClick(timeline, Qt.Key_Home)
    assert dots_in_sight(timeline)


def test_fit_over_the_whole_calendar_paints_without_failing(qtbot, seeds, library_of, make_window, capsys):
    timeline = timeline_of(qtbot, seeds, library_of, make_window, ["0001-01-01", "9999-12-31"])
    assert dots_in_sight(timeline)
    assert not timeline.grab().isNull()
    left = timeline.day_at(timeline.mapToScene(0, 0).x() - 10_000)  # the margin before year 1
    assert left.year == 1 and ticks(left, timeline.day_at(timeline.x_of(timeline.end)), timeline.ppd)
    assert timeline.mapFromScene(QPointF(timeline.x_of(timeline.end), 0)).x() > LABEL_WIDTH
    assert "Traceback" not in capsys.readouterr().err


def test_months_at_the_calendars_end_are_ticked_and_painted_without_failing(qtbot, seeds, library_of, make_window,
                                                                            capsys):
    timeline = timeline_of(qtbot, seeds, library_of, make_window, ["9999-12-20"])
    while tick_unit(timeline.ppd)[0] == "day":  # zoomed out by keys to a month a tick
        qtbot.keyClick(timeline, Qt.Key_Minus)
    timeline.horizontalScrollBar().setValue(timeline.horizontalScrollBar().maximum())
    assert not timeline.grab().isNull()
    assert "Traceback" not in capsys.readouterr().err
    assert [label for _day, label in ticks(date(9999, 10, 15), date.max, 2.2)] == ["9999-10", "9999-11", "9999-12"]
    assert ticks(date(9999, 10, 15), date.max, 0.8) == [(date(9999, 10, 1), "9999-10")]  # a quarter a tick


def test_year_ticks_fall_on_round_years_and_never_closer_than_a_label(qtbot):
    whole = ticks(date.min, date.max, 2e-4)  # 1000 years a tick
    assert [label for _day, label in whole] == [str(year) for year in range(1000, 10000, 1000)]
    assert ticks(date(1, 3, 1), date(200, 1, 1), 64 / (365.25 * 50))[0][1] == "50"
    ppd = FLOOR_PPD
    while ppd < MIN_PPD:  # every scale Fit may reach over meetings centuries apart
        days = [day for day, _label in ticks(date.min, date.max, ppd)]
        assert all((b - a).days * ppd >= 64 for a, b in zip(days, days[1:])), ppd
        ppd *= 1.3


def test_a_meeting_of_year_one_fitted_clears_the_row_names(qtbot, seeds, library_of, make_window):
    def first_dot_left(timeline):
        first = min((g for glyphs in timeline.glyphs.values() for g in glyphs), key=lambda g: g.scenePos().x())
        assert timeline.day_at(first.scenePos().x()) == date(1, 1, 1)  # the axis still reads its day there
        return timeline.mapFromScene(first.scenePos()).x() - RADIUS

    timeline = timeline_of(qtbot, seeds, library_of, make_window, ["0001-01-01", "2025-07-11"])
    # before: the calendar has no day before year 1, so its margin was lost and the dot sat on the row names' edge
    assert first_dot_left(timeline) >= LABEL_WIDTH + 4
    qtbot.keyClick(timeline, Qt.Key_Plus)  # zoomed in about the middle, then fitted again: clear again
    qtbot.keyClick(timeline, Qt.Key_Home)
    assert first_dot_left(timeline) >= LABEL_WIDTH + 4
