"""The meetings window: timeline, card, edits with undo, links, filters, graph, opening articles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.store.meetings import get_meeting, links_of, participants_of
from tests.ui.meeting_helpers import build_meetings, meetings_shown, open_meetings
from ui.meetings.glyph import glyph_style
from ui.meetings.model import MeetingsModel, date_range, load_meetings
from ui.meetings.timeline_paint import LABEL_WIDTH, ROW_HEIGHT


@pytest.fixture
def meetings(qtbot, seeds, library_of, make_window):
    """(main window, meetings window, ids) over the seeds with known meetings."""
    return meetings_shown(qtbot, seeds, library_of, make_window)


def glyph(view, meeting_id, row=0):
    return view.timeline.glyphs[meeting_id][row]


def click_glyph(qtbot, view, meeting_id):
    timeline = view.timeline
    timeline.select_meeting(meeting_id, emit=False)  # scrolls it into view
    point = timeline.mapFromScene(glyph(view, meeting_id).scenePos())
    qtbot.mouseClick(timeline.viewport(), Qt.LeftButton, pos=point)


def test_date_range_widens_vague_dates():
    assert date_range("2025-06", None, "month")[1].isoformat() == "2025-06-30"
    assert date_range("2025-07-07", None, "week")[1].isoformat() == "2025-07-13"
    first, last = date_range("2025-07-11", None, "day")
    assert first == last
    assert date_range(None, None, "unknown") is None


def test_timeline_orders_by_date_with_rows_per_country(meetings):
    _window, view, ids = meetings
    timeline = view.timeline
    xs = [glyph(view, ids[name]).scenePos().x() for name in ("june_call", "wang_lavrov", "kl", "call", "visit")]
    assert xs == sorted(xs) and len(set(xs)) == 5
    labels = [label for _key, label in timeline.rows]
    assert [key for key, _ in timeline.rows][:2] == ["CN", "US"]  # the busiest rows first
    assert {"中国 · CN", "米国 · US", "ロシア · RU"} <= set(labels)
    # A US–China meeting sits in both rows.
    assert len(timeline.glyphs[ids["kl"]]) == 2
    # (dots a day apart may be nudged up or down inside their row so both stay visible)
    rows = sorted(round((g.scenePos().y() - timeline.row_y(0)) / ROW_HEIGHT) for g in timeline.glyphs[ids["kl"]])
    assert rows == [0, 1]
    # A month-precision date is drawn as a span.
    bar = glyph(view, ids["june_call"]).bar
    assert bar and bar[1] - bar[0] == pytest.approx(30 * timeline.ppd)


def test_rows_per_participant(meetings):
    _window, view, ids = meetings
    view.filters.mode.setCurrentIndex(1)
    view.filters.mode.activated.emit(1)
    keys = [key for key, _label in view.timeline.rows]
    assert "person:wang-yi" in keys and "person:xi-jinping" in keys
    assert len(view.timeline.glyphs[ids["kl"]]) == 2


def test_zoom_changes_the_scale_and_keeps_the_order(qtbot, meetings):
    _window, view, ids = meetings
    timeline = view.timeline
    before = timeline.ppd
    gap = glyph(view, ids["call"]).scenePos().x() - glyph(view, ids["kl"]).scenePos().x()
    qtbot.keyClick(timeline, Qt.Key_Plus)
    assert timeline.ppd > before
    assert glyph(view, ids["call"]).scenePos().x() - glyph(view, ids["kl"]).scenePos().x() > gap
    assert view.filters.zoom.value() > 0
    view.filters.zoom.setValue(view.filters.zoom.maximum())
    assert timeline.ppd == pytest.approx(120.0)
    qtbot.keyClick(timeline, Qt.Key_Minus)
    assert timeline.ppd < 120.0


def test_held_and_scheduled_are_drawn_differently(meetings):
    _window, view, ids = meetings
    held, planned = glyph(view, ids["call"]), glyph(view, ids["visit"])
    assert (held.style, planned.style) == ("held", "planned")
    assert not held.proposal and planned.proposal
    assert glyph_style({"status": "cancelled"}) == "off"
    # The pixels differ too: a filled dot against an outlined one.
    def centre_colour(item):
        image = view.timeline.grab().toImage()
        point = view.timeline.mapFromScene(item.scenePos())
        return image.pixelColor(point.x(), point.y())
    view.timeline.select_meeting(ids["call"], emit=False)
    filled = centre_colour(held)
    view.timeline.select_meeting(ids["visit"], emit=False)
    hollow = centre_colour(planned)
    assert filled.name() == held.colour.name()
    assert hollow.name() != planned.colour.name()


def test_clicking_a_glyph_shows_the_card(qtbot, meetings):
    _window, view, ids = meetings
    click_glyph(qtbot, view, ids["kl"])
    card = view.card
    assert view.current == ids["kl"] and glyph(view, ids["kl"]).current
    assert card.title.text() == "ルビオ–王毅"
    names = [card.participants.item(r, 0).text() for r in range(card.participants.rowCount())]
    assert names == ["ルビオ", "王毅"]
    assert card.participants.cellWidget(0, 1).currentData() == "visitor"
    assert card.participants.item(1, 2).text() == "外相"
    assert card.start.text() == "2025-07-11" and "11日" in card.date_words.text()
    assert card.place.text() == "クアラルンプール"
    assert card.status.currentData() == "held" and card.kind.currentData() == "talks"
    assert card.articles.count() == 1 and "米中外相が初会談" in card.articles.item(0).text()
    assert "【会談】" in card.articles.item(0).text()


def test_clicking_an_article_opens_it_at_the_mention(qtbot, meetings, select_seed):
    window, view, ids = meetings
    select_seed(window, "004_")
    view.select(ids["kl"])
    card = view.card
    card.articles.itemClicked.emit(card.articles.item(0))
    assert window.reader.article_id == ids["article"]
    assert window.model.article_id(window.list_view.currentIndex().row()) == ids["article"]
    cursor = window.reader.reader.body.textCursor()
    assert cursor.selectedText() == "会談"
    layer = window.meetings.layer
    assert layer.spans.to_body(cursor.selectionStart()) == ids["mention_start"]


def test_status_edit_from_the_card_with_undo_and_redo(meetings):
    window, view, ids = meetings
    view.select(ids["visit"])
    status = view.card.status
    status.setCurrentIndex(status.findData("cancelled"))
    status.activated.emit(status.currentIndex())
    assert get_meeting(window.db, ids["visit"]).status == "cancelled"
    assert glyph(view, ids["visit"]).style == "off"
    assert "Cancelled" in window.actions_by_name["undo"].text()
    window.undo_stack.undo()
    assert get_meeting(window.db, ids["visit"]).status == "scheduled"
    assert view.card.status.currentData() == "scheduled"
    window.undo_stack.redo()
    assert get_meeting(window.db, ids["visit"]).status == "cancelled"


def test_confirm_a_proposed_meeting_and_edit_participants(meetings):
    window, view, ids = meetings
    view.select(ids["visit"])
    assert view.card.proposal.isVisibleTo(view.card)
    view.card.confirm_button.click()
    assert get_meeting(window.db, ids["visit"]).state == "confirmed"
    assert not glyph(view, ids["visit"]).proposal
    view.add_participant("person:wang-yi")
    assert [p["name"] for p in participants_of(window.db, ids["visit"])] == ["トランプ", "習近平", "王毅"]
    view.card.participants.selectRow(0)
    view.card.remove_button.click()
    assert [p["name"] for p in participants_of(window.db, ids["visit"])] == ["習近平", "王毅"]
    for _ in range(3):
        window.undo_stack.undo()
    meeting = get_meeting(window.db, ids["visit"])
    assert meeting.state == "proposed" and len(participants_of(window.db, ids["visit"])) == 2


def test_accepting_a_proposed_link(meetings):
    window, view, ids = meetings
    view.select(ids["call"])
    card = view.card
    assert card.link_tree.topLevelItem(0).text(0) == "prepares →"
    assert "北京" not in card.link_tree.topLevelItem(0).text(1)
    assert card.link_tree.topLevelItem(0).child(0).text(0) == "「習氏の訪中に向けて電話会談した」"
    assert card.link_tree.topLevelItem(0).text(2) == "Kaidan · proposed"
    assert card.accept_link.isEnabled()
    card.accept_link.click()
    state = {link.id: link.state for link in links_of(window.db, ids["call"])}
    assert state[ids["link"]] == "accepted"
    assert not view.card.accept_link.isEnabled()
    window.undo_stack.undo()
    assert {link.id: link.state for link in links_of(window.db)}[ids["link"]] == "proposed"


def test_filters_by_country_kind_and_proposals(meetings):
    _window, view, ids = meetings
    filters = view.filters
    filters.country.setCurrentIndex(filters.country.findData("RU"))
    filters.country.activated.emit(filters.country.currentIndex())
    assert set(view.timeline.glyphs) == {ids["wang_lavrov"], ids["june_call"]}
    assert view.model.rowCount() == 2
    filters.country.setCurrentIndex(0)
    filters.kind_actions["phone_call"].setChecked(True)
    assert set(view.timeline.glyphs) == {ids["june_call"], ids["call"]}
    filters.kind_actions["phone_call"].setChecked(False)
    filters.proposals.setChecked(False)
    assert ids["visit"] not in view.timeline.glyphs and len(view.timeline.glyphs) == 4
    filters.proposals.setChecked(True)
    filters.person.setCurrentIndex(filters.person.findData("person:xi-jinping"))
    filters.person.activated.emit(filters.person.currentIndex())
    assert set(view.timeline.glyphs) == {ids["call"], ids["visit"]}
    filters.person.setCurrentIndex(0)
    filters.date_from.setText("2025-07")
    filters.date_to.setText("2025-12")
    filters.date_to.editingFinished.emit()
    assert set(view.timeline.glyphs) == {ids["kl"], ids["wang_lavrov"]}


def test_graph_shows_linked_meetings(meetings):
    _window, view, ids = meetings
    view.select(ids["call"])
    assert set(view.graph.nodes) == {ids["call"], ids["visit"]}
    assert [(e.from_id, e.relation) for e in view.graph.edges] == [(ids["call"], "prepares")]
    view.select(ids["kl"])
    assert set(view.graph.nodes) == {ids["kl"], ids["wang_lavrov"]}
    view.select(ids["june_call"])
    assert set(view.graph.nodes) == {ids["june_call"]} and not view.graph_box.isVisibleTo(view)


def test_arrow_keys_step_through_meetings(qtbot, meetings):
    _window, view, ids = meetings
    view.select(ids["june_call"])
    qtbot.keyClick(view.timeline, Qt.Key_Right)
    assert view.current == ids["wang_lavrov"]
    qtbot.keyClick(view.timeline, Qt.Key_Left)
    assert view.current == ids["june_call"]


def test_meetings_model(qtmodeltester, meetings):
    window, _view, _ids = meetings
    model = MeetingsModel()
    from core.store.registry import registry_entities
    model.set_items(load_meetings(window.db, {e.id: e for e in registry_entities(window.db)}))
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_shortcut_and_help(meetings):
    from ui.window.help_dialog import shortcut_rows

    window, _view, _ids = meetings
    assert window.actions_by_name["meetings"].shortcut().toString() == "Ctrl+M"
    texts = " ".join(text for _keys, text in shortcut_rows())
    assert "meetings timeline" in texts and "Attach the meeting mention" in texts


def test_axis_labels_stay_beside_the_rows(meetings):
    _window, view, ids = meetings
    view.select(ids["call"])
    assert view.timeline.mapFromScene(glyph(view, ids["call"]).scenePos()).x() > LABEL_WIDTH



def test_fit_shows_the_first_and_last_meeting_whole_over_a_decade(qtbot, seeds, library_of, make_window):
    from core.store import open_db
    from core.store.meetings import create_meeting
    from tests.ui.meeting_helpers import RUBIO, WANG
    from ui.meetings.glyph import RADIUS

    db_path = library_of(seeds)
    ids = build_meetings(db_path)
    db = open_db(str(db_path))
    old = create_meeting(db, "talks", "held", [RUBIO, WANG], start_date="2015-04-24", precision="day")
    db.close()
    window = make_window()
    view = open_meetings(qtbot, window, len(seeds))
    view.resize(1200, 800)
    timeline = view.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key_Home)  # fit: a decade across the width
    ring = RADIUS + 6
    for meeting_id in (old, ids["call"], ids["visit"]):
        x = timeline.mapFromScene(glyph(view, meeting_id).scenePos()).x()
        assert LABEL_WIDTH <= x - ring and x + ring <= timeline.viewport().width(), meeting_id
    # zooming in around a point keeps the day under it, the margin following the scale
    anchor = timeline.mapFromScene(glyph(view, ids["kl"]).scenePos()).x()
    timeline.zoom_by(4, anchor)
    assert abs(timeline.mapFromScene(glyph(view, ids["kl"]).scenePos()).x() - anchor) <= 2


def test_the_timeline_has_the_keys_when_the_window_opens(qtbot, meetings):
    _window, view, _ids = meetings
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert QApplication.focusWidget() is view.timeline
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Right)  # → the first meeting, as the help says
    assert view.current is not None
