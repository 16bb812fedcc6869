"""G on a mention Kaidan already tied to a meeting: that meeting is first and chosen, Enter confirms the tie."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.store.meetings import meeting_mentions_for
from tests.ui.entity_helpers import put_caret


def test_g_then_enter_confirms_the_proposed_tie_instead_of_moving_it(qtbot, seeds, library_of, make_window,
                                                                    select_seed):
    library_of(seeds)  # meetings and their mentions as detection proposes them
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    article = select_seed(window, "000_")
    tied = [m for m in meeting_mentions_for(window.db, article.id) if m.meeting_id and m.state == "proposed"]
    assert tied
    spans = {}
    for mention in tied:
        spans.setdefault(mention.start, mention)
    for start in spans:
        put_caret(window, start + 1)
        mention = window.meetings.layer.at_caret()  # two meetings can be read from one word: the one shown
        qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
        dialog = window.meetings.attach_dialog
        first = dialog.list.item(0)
        assert first.data(Qt.UserRole) == mention.meeting_id and first.text().endswith(" · tied now")
        assert dialog.list.currentRow() == 0
        assert sum(dialog.list.item(r).text().endswith("tied now") for r in range(dialog.list.count())) == 1
        qtbot.keyClick(dialog.list, Qt.Key_Return)
        now = next(m for m in meeting_mentions_for(window.db, article.id) if m.id == mention.id)
        assert (now.meeting_id, now.state) == (mention.meeting_id, "confirmed")
    window.undo_stack.undo()
    last = next(m for m in meeting_mentions_for(window.db, article.id) if m.id == mention.id)
    assert (last.meeting_id, last.state) == (mention.meeting_id, "proposed")


def test_g_again_on_a_confirmed_tie_changes_nothing_and_says_so(qtbot, seeds, library_of, make_window, select_seed):
    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    article = select_seed(window, "000_")
    mention = next(m for m in meeting_mentions_for(window.db, article.id) if m.meeting_id and m.state == "proposed")

    def g_then_enter():
        put_caret(window, mention.start + 1)
        qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
        dialog = window.meetings.attach_dialog
        assert dialog.list.item(0).data(Qt.UserRole) == window.meetings.layer.at_caret().meeting_id
        qtbot.keyClick(dialog.list, Qt.Key_Return)

    g_then_enter()  # confirms the proposal: a change, with its Undo entry
    steps = window.undo_stack.count()
    logged = window.db.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    g_then_enter()  # the same meeting again: nothing to do
    assert window.undo_stack.count() == steps
    assert window.db.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == logged
    assert "is already attached to" in window.statusBar().currentMessage()
    window.undo_stack.undo()  # the one step undoes the confirmation
    assert next(m for m in meeting_mentions_for(window.db, article.id) if m.id == mention.id).state == "proposed"
