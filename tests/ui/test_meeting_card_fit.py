"""A meeting card fits its pane: a proposed meeting's Confirm and Reject stay in sight, whatever the cue."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from core.store.meetings import get_meeting, meeting_records
from tests.ui.meeting_helpers import open_meetings
from tests.ui.waits import settle


def _right_edge(card, widget) -> int:
    return widget.mapTo(card.viewport(), QPoint(widget.width(), 0)).x()


def test_a_proposed_meetings_buttons_stay_inside_the_card(qtbot, seeds, library_of, make_window):
    library_of(seeds)  # detected meetings: proposed by Kaidan from a cue, with a confidence
    window = make_window()
    view = open_meetings(qtbot, window, len(seeds))
    view.resize(1200, 800)
    proposed = [m for m in meeting_records(window.db) if m["state"] == "proposed" and m["confidence"] is not None]
    assert proposed
    card = view.card
    for meeting in proposed:
        view.select(meeting["id"])
        settle(qtbot)  # the card lays out its new text
        assert card.proposal_label.text().startswith("Proposed by Kaidan from 「")
        for widget in (card.confirm_button, card.reject_button, card.kind, card.place):
            assert _right_edge(card, widget) <= card.viewport().width(), (meeting["id"], widget)
    qtbot.mouseClick(card.confirm_button, Qt.LeftButton)
    assert get_meeting(window.db, proposed[-1]["id"]).state == "confirmed"


def test_the_articles_a_meeting_is_mentioned_in_are_shown_whole(qtbot, seeds, library_of, make_window):
    library_of(seeds)
    window = make_window()
    view = open_meetings(qtbot, window, len(seeds))
    card = view.card
    for width in (1200, 1000):  # the card wraps its lines anew when it narrows
        view.resize(width, 800)
        for meeting in meeting_records(window.db)[:12]:
            view.select(meeting["id"])
            settle(qtbot)
            articles = card.articles
            if articles.height() < 280:  # the list grows with its lines up to a cap, then scrolls
                assert articles.verticalScrollBar().maximum() == 0, (width, meeting["id"])
