"""The library refuses a write while the command line imports into it: an edit in a Japanese window and entity
detection say so in Japanese, naming the process that holds the library (core's refusal is English and names
the library's path); the command line keeps its English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from core.jobs import import_paths
from core.store.errors import DiskFull, LibraryBusy, LibraryReadOnly
from tests.reliability.test_write_failures import Holder
from tests.reliability.helpers import SEEDS, statuses_seen_by_a_new_process
from tests.shared_data import require
from tests.ui.i18n_walk import language


@pytest.fixture
def busy_window(qtbot, tmp_path, monkeypatch, make_window):
    """A window over two seeds, with another process (a `kaidan import`) in the middle of a write."""
    require(SEEDS)
    assert len(import_paths(sorted(SEEDS.glob("*.txt"))[:2], tmp_path / "library.db").imported) == 2
    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.5")
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    holder = Holder(tmp_path / "library.db")
    yield window, holder
    if holder.proc.returncode is None:
        holder.release()


def test_an_edit_refused_while_the_command_line_imports_is_said_in_japanese(busy_window):
    window, holder = busy_window
    with language(QApplication.instance(), "ja"):
        window.statuses.set_status("done", [1])
        message = window.statusBar().currentMessage()
    holder.release()
    assert window.undo_stack.count() == 0
    assert statuses_seen_by_a_new_process(window.db_path)[1] == "new"
    assert message.startswith("保存されませんでした: 「")
    assert message.endswith(f"」: ライブラリは使用中です（pid {holder.proc.pid} (kaidan import) が書き込んでいます。"
                            "0.5 秒待ちました）。何も変更されていません。少し待ってからもう一度編集してください。")


def test_entity_detection_stopped_by_the_command_line_is_said_in_japanese(qtbot, busy_window):
    window, holder = busy_window
    with language(QApplication.instance(), "ja"):
        with qtbot.waitSignal(window.entities.analysis.finished, timeout=60000) as finished:
            assert window.entities.analysis.start(None)
        message = window.statusBar().currentMessage()
    holder.release()
    summary = finished.args[0]
    assert summary.stopped.startswith("library.db is busy: pid")  # the command line's words, as they were
    assert message == (f"エンティティ検出を中断しました: ライブラリは使用中です（pid {holder.proc.pid} (kaidan import) "
                       "が書き込んでいます。0.5 秒待ちました）。記事 2 件のうち 0 件を解析しました。残りは解析していません")


def test_each_refusal_is_worded_without_core_s_english():
    from ui.common.refusals import refusal_of

    with language(QApplication.instance(), "ja"):
        words = [refusal_of(DiskFull("disk full: /x/library.db could not be written")),
                 refusal_of(LibraryReadOnly("/x/library.db is read-only: nothing can be saved into it")),
                 refusal_of(LibraryBusy("library.db is busy: another task of this process is writing to it"))]
    assert words == ["ディスクがいっぱいで、ライブラリに書き込めませんでした", "ライブラリは読み取り専用で、何も保存できません",
                     "ライブラリは使用中です（ほかのプログラムが書き込んでいます）"]
