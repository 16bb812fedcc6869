"""New Meeting from Mention is prefilled with what Kaidan read of the mention's sentence: the proposal detection
makes of it (its people, its day, scheduled or held), so the user corrects a reading instead of typing one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.store.meetings import meeting_records
from tests.ui.entity_helpers import put_caret


def test_a_new_meeting_from_a_mention_takes_the_proposals_reading(qtbot, seeds, library_of, make_window,
                                                                  select_seed):
    window = make_window(library_of(seeds))
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    article = select_seed(window, "002_")
    body = window.reader.reader.body_text()
    # 石破茂首相とトランプ大統領の初の首脳会談に向けて論点整理した。首脳会談は2月前半で調整が進む。
    # the second 首脳会談: its own sentence names nobody, the one before names both leaders
    start = body.index("首脳会談は2月前半")
    put_caret(window, start + 1)
    qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
    dialog = window.meetings.attach_dialog
    assert dialog is not None
    before = {r["id"] for r in meeting_records(window.db)}
    qtbot.mouseClick(dialog.new_button, Qt.LeftButton)
    made = [r for r in meeting_records(window.db) if r["id"] not in before]
    assert len(made) == 1
    new = made[0]
    assert {"article_id": article.id, "start": start, "end": start + 4} in new["mentions"]
    assert sorted(p["name"] for p in new["participants"]) == ["トランプ", "石破茂"]
    assert all(p["entity_id"] for p in new["participants"])
    assert new["start"] == "2025-02-01" and new["date_text"] == "2月前半"
    assert new["status"] == "scheduled" and new["kind"] == "talks" and new["state"] == "confirmed"
    window.undo_stack.undo()
    assert {r["id"] for r in meeting_records(window.db)} == before


def test_a_selection_detection_did_not_read_keeps_the_sentences_guess(qtbot, seeds, library_of, make_window,
                                                                      select_seed):
    window = make_window(library_of(seeds))
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    select_seed(window, "002_")
    body = window.reader.reader.body_text()
    start = body.index("記者団")  # no meeting word: no proposal reads it
    window.entities.layer.select_span(start, start + 3)
    qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
    before = {r["id"] for r in meeting_records(window.db)}
    window.meetings.attach_dialog.new_button.click()
    new, = [r for r in meeting_records(window.db) if r["id"] not in before]
    assert [p["name"] for p in new["participants"]] == ["岩屋毅"]  # the person its sentence names
    assert new["kind"] == "talks" and new["status"] == "held"
