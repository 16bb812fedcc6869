"""Two windows on one library: window A's undo never overwrites what window B changed later; it says so in the
window's language and keeps the step. A's undo still works when B changed something else."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from core.jobs import import_paths
from tests.reliability.helpers import SEEDS, statuses_seen_by_a_new_process
from tests.shared_data import require
from tests.ui.i18n_walk import language


@pytest.fixture
def two_windows(qtbot, tmp_path, make_window):
    """Two windows over one library of two seeds."""
    require(SEEDS)
    assert len(import_paths(sorted(SEEDS.glob("*.txt"))[:2], tmp_path / "library.db").imported) == 2
    a, b = make_window(), make_window()
    for window in (a, b):
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    return a, b


def test_an_undo_of_a_status_changed_in_another_window_is_refused_in_japanese(qtbot, two_windows):
    a, b = two_windows
    a.statuses.set_status("done", [1])
    b.statuses.set_status("in progress", [1])
    with language(QApplication.instance(), "ja"):
        a.undo_stack.undo()
        message = a.statusBar().currentMessage()
    assert statuses_seen_by_a_new_process(a.db_path)[1] == "in progress"  # B's change kept
    qtbot.waitUntil(lambda: a.undo_stack.index() == 1)  # the step is kept, to undo once reloaded
    assert a.undo_stack.canUndo() and not a.undo_stack.canRedo()
    assert message.startswith("元に戻せませんでした: 「")
    assert "ほかの場所で変更されています: 記事 1 の状態（" in message
    assert "再読み込みすると表示されます" in message
    assert message.endswith("何も変更されていません。編集は保存されたままです。")


def test_an_undo_works_when_the_other_window_changed_another_article(qtbot, two_windows):
    a, b = two_windows
    a.statuses.set_status("done", [1])
    b.statuses.set_status("in progress", [2])
    a.undo_stack.undo()
    assert statuses_seen_by_a_new_process(a.db_path) == {1: "new", 2: "in progress"}
    assert a.undo_stack.canRedo()


def test_the_same_windows_own_later_edits_do_not_stop_its_undo(qtbot, two_windows):
    a, _ = two_windows
    a.statuses.set_status("done", [1])
    a.statuses.set_status("in progress", [1])
    a.undo_stack.undo()
    a.undo_stack.undo()
    assert statuses_seen_by_a_new_process(a.db_path)[1] == "new"


def test_a_redo_after_another_window_changed_the_status_is_refused_and_kept(qtbot, two_windows):
    a, b = two_windows
    failed = []
    a.undo_stack.failed.connect(failed.append)
    a.statuses.set_status("done", [1])
    a.undo_stack.undo()
    b.statuses.set_status("in progress", [1])
    a.undo_stack.redo()
    assert statuses_seen_by_a_new_process(a.db_path)[1] == "in progress"
    qtbot.waitUntil(lambda: a.undo_stack.index() == 0)  # still to redo, nothing written
    assert a.undo_stack.canRedo()
    assert failed and failed[0].startswith("Could not redo “") and "changed elsewhere since: " in failed[0]
