"""The meetings window in a day's use: a glyph click selects one row; a busy month stays readable."""

from tests.ui.test_meetings_view import click_glyph, meetings  # noqa: F401 - the fixture


def test_clicking_glyphs_leaves_one_row_selected(qtbot, meetings):  # noqa: F811
    _window, view, ids = meetings
    table = view.table
    first, second = ids["kl"], next(i for k, i in ids.items() if i != ids["kl"] and i in view.timeline.glyphs)
    # The user first picks a row in the list, then clicks glyphs on the timeline.
    table.selectRow(view.model.row_of(first))
    heard = []  # the view repaints selected rows only when told: the list must hear of the change
    table.selectionModel().selectionChanged.connect(lambda selected, deselected: heard.append(
        ({i.row() for i in selected.indexes()}, {i.row() for i in deselected.indexes()})))
    click_glyph(qtbot, view, second)
    rows = {i.row() for i in table.selectionModel().selectedIndexes()}
    assert rows == {view.model.row_of(second)}
    assert heard and heard[-1] == ({view.model.row_of(second)}, {view.model.row_of(first)})
    click_glyph(qtbot, view, first)
    rows = {i.row() for i in table.selectionModel().selectedIndexes()}
    assert rows == {view.model.row_of(first)}



def test_dots_in_a_busy_row_stay_apart_on_their_days(meetings):  # noqa: F811
    from datetime import timedelta

    from ui.meetings.timeline_layout import DODGE

    _window, view, _ids = meetings
    timeline = view.timeline
    dots = [g for glyphs in timeline.glyphs.values() for g in glyphs]
    for a in dots:
        end = timeline.x_of(a.item["last"] + timedelta(days=1))
        assert timeline.x_of(a.item["first"]) <= a.scenePos().x() < end  # each within its own date
        for b in dots:
            if a is not b:
                d = a.scenePos() - b.scenePos()
                # neighbours a day apart are nudged up or down: at most a sliver of overlap, no hidden dot
                assert (d.x() ** 2 + d.y() ** 2) ** 0.5 >= max(DODGE) - 0.01, (a.meeting_id, b.meeting_id)


def test_fan_out_keeps_a_free_place_and_stacks_a_pile_on_its_day():
    from ui.meetings.timeline_layout import GAP, fan_out

    assert fan_out(100, 50, []) == (100, 50)
    taken: list[tuple[float, float]] = []
    for _ in range(7):  # seven meetings on one day in one row
        taken.append(fan_out(100, 50, taken))
    assert len(set(taken[:3])) == 3  # the first three side by side, up and down
    assert all(abs(y - 50) <= 12 for _x, y in taken)  # inside the row
    assert all(x == 100 for x, _y in taken)  # and on their day: a pile, never a later date
    assert fan_out(100 + GAP, 50, taken) == (100 + GAP, 50)  # a day a dot's width later is free again
    wide: list[tuple[float, float]] = []
    for _ in range(7):  # the same seven where a day is 30 px wide: they spread within it
        wide.append(fan_out(100, 50, wide, room_px=30))
    assert len(set(wide)) == 7
    assert all(100 <= x <= 130 for x, _y in wide)
