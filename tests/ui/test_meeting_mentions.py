"""Meeting mentions in the reader: dotted overlines, G to attach to a meeting or make one, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.store.meetings import get_meeting, meeting_mentions_for, meeting_records
from tests.ui.entity_helpers import put_caret
from tests.ui.meeting_helpers import build_meetings


@pytest.fixture
def reader(qtbot, seeds, library_of, make_window, select_seed):
    """A window showing seed 000, whose meeting mention is tied to the Kuala Lumpur talks."""
    db_path = library_of(seeds)
    ids = build_meetings(db_path)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    select_seed(window, "000_")
    return window, ids


def test_mentions_are_marked_with_an_overline(reader):
    window, ids = reader
    layer = window.meetings.layer
    ours = next(m for m in layer.mentions if m.id == ids["mention"])
    segments = layer.marks.segments(ours)
    assert len(segments) == 1
    left, right, _top = segments[0]
    assert right > left
    assert layer.labels[ids["kl"]] == "ルビオ–王毅"


def test_g_attaches_the_mention_at_the_caret_with_undo(qtbot, reader):
    window, ids = reader
    layer = window.meetings.layer
    put_caret(window, ids["mention_start"] + 1)
    qtbot.keyClick(layer.body, Qt.Key_G)
    dialog = window.meetings.attach_dialog
    assert dialog is not None and dialog.list.count() == 5
    # The meeting whose participants the sentence names comes first.
    assert dialog.list.item(0).data(Qt.UserRole) == ids["kl"]
    dialog.search.setText("ラブロフ 2025-07-10")
    assert dialog.list.count() == 1
    dialog.accept()
    row = next(m for m in meeting_mentions_for(window.db, ids["article"]) if m.id == ids["mention"])
    assert row.meeting_id == ids["wang_lavrov"]
    window.undo_stack.undo()
    row = next(m for m in meeting_mentions_for(window.db, ids["article"]) if m.id == ids["mention"])
    assert row.meeting_id == ids["kl"]


def test_new_meeting_from_a_selection(qtbot, reader):
    window, ids = reader
    body = window.reader.reader.body_text()
    start = body.index("会談", ids["mention_start"] + 2)
    window.entities.layer.select_span(start, start + 2)
    qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
    dialog = window.meetings.attach_dialog
    dialog.new_button.click()
    records = meeting_records(window.db)
    assert len(records) == 6
    new = max(records, key=lambda r: r["id"])
    assert new["mentions"] == [{"article_id": ids["article"], "start": start, "end": start + 2}]
    assert new["kind"] == "talks" and new["state"] == "confirmed"
    assert any(m.start == start for m in window.meetings.layer.mentions)
    window.undo_stack.undo()
    assert len(meeting_records(window.db)) == 5
    # A detected mention goes back to waiting for a meeting; one the selection made is gone.
    assert not any(m.start == start and m.meeting_id for m in window.meetings.layer.mentions)
    window.undo_stack.redo()
    assert get_meeting(window.db, new["id"]) is not None
    assert any(m.start == start and m.meeting_id == new["id"] for m in window.meetings.layer.mentions)


def test_g_without_a_mention_or_selection_explains(qtbot, reader):
    window, _ids = reader
    put_caret(window, 0)
    qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
    assert window.meetings.attach_dialog is None
    assert "press G" in window.statusBar().currentMessage()


def test_a_selection_without_a_mention_becomes_one(qtbot, reader):
    window, ids = reader
    body = window.reader.reader.body_text()
    start = body.index("記者団")
    window.entities.layer.select_span(start, start + 3)
    qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
    dialog = window.meetings.attach_dialog
    dialog.list.setCurrentRow(0)
    dialog.accept()
    mine = [m for m in meeting_mentions_for(window.db, ids["article"]) if m.start == start]
    assert len(mine) == 1 and mine[0].origin == "user" and mine[0].meeting_id == ids["kl"]
    window.undo_stack.undo()
    assert not [m for m in meeting_mentions_for(window.db, ids["article"]) if m.start == start]
    window.undo_stack.redo()
    assert [m.meeting_id for m in meeting_mentions_for(window.db, ids["article"]) if m.start == start] \
        == [ids["kl"]]
