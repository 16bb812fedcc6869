"""At "fit all" a crowded season's dots stack on a few spots; each pile says how many it holds and names them."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from tests.ui.test_timeline_dot_dates import crowded_view
from ui.meetings.pile_badge import TOOLTIP_TITLES, pile_tooltip
from ui.meetings.timeline_layout import COVER_PX, GAP, piles
from ui.meetings.timeline_zoom import MAX_PPD


def test_piles_group_dots_on_one_spot():
    # dots that cover each other, directly or through a neighbour, make one pile; touching dots do not
    assert piles([(100, 50), (100.4, 50), (130, 50), (100.2, 62), (100 + GAP, 50)]) == [[0, 1, 3], [2], [4]]
    assert piles([(100, 50), (108, 50), (116, 50), (100, 50 + GAP)]) == [[0, 1, 2], [3]]
    assert piles([]) == []


def test_a_pile_at_fit_all_shows_its_count_and_names_its_meetings(qtbot, seeds, library_of, make_window):
    view = crowded_view(qtbot, seeds, library_of, make_window)
    timeline = view.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key_Home)
    badges = timeline.badges
    assert badges, "a crowded season at fit all has piles, and they say so"
    dots = [g for glyphs in timeline.glyphs.values() for g in glyphs]
    for badge in badges:
        assert badge.count > 1 and badge.text == str(badge.count)
        assert badge.scene() is timeline.scene() and badge.zValue() > dots[0].zValue()
        members = [g for g in dots if g.item in badge.items]
        assert len(members) >= badge.count
        assert any(math.hypot(g.pos().x() - badge.pos().x(), g.pos().y() - badge.pos().y()) < COVER_PX
                   for g in members)  # the badge sits on its pile
        tip = badge.toolTip()
        assert str(badge.count) in tip
        for item in badge.items[:TOOLTIP_TITLES]:
            assert item["label"] in tip
    assert sum(b.count for b in badges) <= len(dots)  # every dot is in one pile at most
    assert max(b.count for b in badges) > TOOLTIP_TITLES  # the season's forty meetings in a row's blob
    assert any("more" in b.toolTip() for b in badges)
    timeline.set_ppd(MAX_PPD)  # zoomed in to days, every dot has its own place: no pile to count
    assert timeline.badges == []


def test_a_long_pile_tooltip_is_cut_and_counts_the_rest(qtbot):
    items = [{"label": f"<b>会談 {n}</b>", "start": f"2025-07-{n + 1:02d}", "end": ""} for n in range(15)]
    tip = pile_tooltip(items)
    assert "15 meetings here" in tip
    assert "会談 11" in tip and "会談 12" not in tip
    assert f"…and {15 - TOOLTIP_TITLES} more" in tip
    assert "&lt;b&gt;会談 0&lt;/b&gt;" in tip  # a title is plain text, never markup
