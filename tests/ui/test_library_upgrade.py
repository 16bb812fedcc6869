"""Opening an old library whose upgrade is long: a modal dialog says which step runs, the window opens after,
and an upgrade that cannot be made is named while the library stays as it was."""

from __future__ import annotations

import fcntl
import os
import sqlite3

import pytest

from core.store import migrations
from core.store.errors import LibraryBusy
from core.store.migrations import MIGRATIONS
from tests.core.test_migration_large_texts import old_library
from tests.core.test_migration_mention_order import old_library_of_many_mentions
from tests.core.test_upgrade_progress import no_room_to_compact, written_by_another_task
from tests.ui.i18n_walk import language
from ui.window.library_choice import open_main_window
from ui.window import upgrade_dialog
from ui.window.upgrade_dialog import LibraryUpgrade


def version_of(path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_the_dialog_tells_each_step_in_plain_text(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "REBUILD_BATCH", 3)
    path = tmp_path / "old <b>library.db"
    old_library(path)
    articles, mentions = (sqlite3.connect(path).execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                          for table in ("articles", "mentions"))
    job = LibraryUpgrade(path, show_after_ms=0)
    visible = []
    job.stepped.connect(lambda *_: visible.append(job.dialog.isVisible()))
    job.run()
    assert version_of(path) == len(MIGRATIONS)
    assert job.shown[0] == "Backing up the library (the copy is kept beside it)…"
    assert "Rebuilding the articles table: 3 of {:,} articles copied…".format(articles) in job.shown
    assert f"Rebuilding the articles table: {articles:,} of {articles:,} articles copied…" in job.shown
    assert f"Indexing the marks of every article for search: {articles:,} of {articles:,} articles…" in job.shown
    assert f"Indexing every article's mentions in reading order: {mentions:,} of {mentions:,} mentions…" in job.shown
    assert job.shown[-1] == "Compacting the library (giving back the old table's space)…"
    assert any(visible) and not job.dialog.isVisible()  # shown while it ran, closed after
    label = next(w for w in job.dialog.children() if w.metaObject().className() == "QLabel")
    assert label.textFormat().name == "PlainText" and "old <b>library.db" in label.text()


def test_the_window_opens_after_the_upgrade(qtbot, tmp_path):
    path = tmp_path / "old.db"
    old_library(path)
    window = open_main_window(path, ask=lambda exc, db_path: pytest.fail(str(exc)))
    qtbot.addWidget(window)
    assert version_of(path) == len(MIGRATIONS)
    assert (tmp_path / "old.db.v13.bak").is_file()
    window.close()


def test_an_upgrade_that_cannot_be_made_is_named_and_changes_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.3")
    path = tmp_path / "old.db"
    old_library(path)
    reasons = []
    with written_by_another_task(path), pytest.raises(LibraryBusy):
        open_main_window(path, ask=lambda exc, db_path: reasons.append(str(exc)) or "")
    assert len(reasons) == 1 and "busy" in reasons[0]
    assert version_of(path) == 13 and not (tmp_path / "old.db.v13.bak").exists()


def test_a_compaction_without_room_is_told_once_after_the_upgrade(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old_library(path)
    no_room_to_compact(monkeypatch)
    told = []
    monkeypatch.setattr(upgrade_dialog.QMessageBox, "information", lambda *args: told.append(args[1:]))
    window = open_main_window(path, ask=lambda exc, db_path: pytest.fail(str(exc)))
    qtbot.addWidget(window)
    assert version_of(path) == len(MIGRATIONS)
    assert len(told) == 1
    title, text = told[0]
    assert title == "Kaidan — library upgraded"
    assert text.startswith("The library was upgraded but not compacted: that needs about ")
    assert text.endswith(" MB free on its disk. Its file keeps the old table's space, which new articles fill "
                         "first.")
    window.close()


def test_the_dialog_says_it_waits_for_another_process_s_upgrade(qtbot, tmp_path, monkeypatch):
    """The library's write lock held by another process that is upgrading it (its name in the lock file):
    the dialog says so instead of a step of its own, and the upgrade is made once the lock is let go."""
    path = tmp_path / "old.db"
    old_library(path)
    fd = os.open(tmp_path / "old.db-writer.lock", os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, f"{os.getppid()} the Kaidan window, upgrading the library\n".encode(), 0)
    job = LibraryUpgrade(path, show_after_ms=0)
    waiting = "Another Kaidan is upgrading this library: waiting until it is done…"
    job.stepped.connect(lambda _done, _total, what: what == "waiting" and os.close(fd))  # let go once told
    monkeypatch.setenv("KAIDAN_LOCK_WAIT", "0.2")  # far shorter than the wait below: it is not what ends it
    job.run()
    assert version_of(path) == len(MIGRATIONS)
    assert job.shown[:2] == ["Backing up the library (the copy is kept beside it)…", waiting]
    assert job.shown.count(waiting) == 1


def test_the_dialog_counts_the_mentions_indexed_in_english_and_japanese(qapp, qtbot, tmp_path):
    """The mentions index is one SQLite statement: the dialog still shows how far it is, with a bar that fills."""
    path = tmp_path / "old.db"
    total = old_library_of_many_mentions(path)
    job = LibraryUpgrade(path, show_after_ms=0)
    bars = []
    job.stepped.connect(lambda done, of, what: bars.append((job.dialog.value(), job.dialog.maximum()))
                        if what == "index mentions" else None)
    job.run()
    counted = [line for line in job.shown if line.startswith("Indexing every article's mentions")]
    assert len(counted) >= 5
    assert counted[0] == f"Indexing every article's mentions in reading order: 0 of {total:,} mentions…"
    assert counted[-1] == f"Indexing every article's mentions in reading order: {total:,} of {total:,} mentions…"
    assert bars[-1] == (total, total) and len({value for value, _ in bars}) >= 5  # a bar that fills, not a busy one
    with language(qapp, "ja"):
        assert upgrade_dialog.step_text(5_000, total, "index mentions") == (
            f"各記事の言及を読む順に索引にしています: {total:,} 件中 5,000 件…")
