"""The window's first frame: the list's first page is painted before the rest of the list and the first article load."""

import pytest
from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QLabel

from core.store import open_db
from tests.ui.long_library import ARTICLES, write_long_library
from tests.ui.waits import WAIT_MS, timers_due
from ui.common.after_paint import after_first_paint
from ui.reader.article_model import BATCH, ArticleListModel


class Paints(QObject):
    """Counts a widget's paint events, and what had happened when the first one came."""

    def __init__(self, widget, seen) -> None:
        super().__init__(widget)
        self.count, self.seen, self.at_first = 0, seen, None
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            self.count += 1
            if self.at_first is None:
                self.at_first = self.seen()
        return False


@pytest.fixture
def library(tmp_path):
    return write_long_library(tmp_path / "library.db")


def test_the_work_runs_after_the_first_paint_once(qtbot):
    label = QLabel("一覧")
    qtbot.addWidget(label)
    calls = []
    after_first_paint(label, lambda: calls.append(paints.count), fallback_ms=60_000)
    paints = Paints(label, lambda: list(calls))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT_MS)
    assert paints.at_first == [] and calls[0] >= 1  # the paint came first
    label.update()
    qtbot.waitUntil(lambda: paints.count > calls[0], timeout=WAIT_MS)
    assert len(calls) == 1


def test_a_widget_never_painted_gets_the_work_after_the_fallback(qtbot):
    label = QLabel("一覧")
    qtbot.addWidget(label)
    calls = []
    after_first_paint(label, lambda: calls.append(1), fallback_ms=50)
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT_MS)
    paints = Paints(label, lambda: list(calls))
    label.show()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=WAIT_MS)
    timers_due(qtbot)  # what a paint would have queued for the next turn of the loop has run
    assert calls == [1]


def test_the_rest_of_the_list_is_read_once_its_view_is_painted(library, qtbot, monkeypatch):
    import ui.common.after_paint

    monkeypatch.setattr(ui.common.after_paint, "FALLBACK_MS", 600_000)  # a stall never reaches the fallback
    db = open_db(library)
    try:
        model = ArticleListModel(db, str(library))
        view = QLabel("一覧")
        qtbot.addWidget(view)
        model.reload_now(rest_after=view)
        qtbot.wait(50)
        assert model.rowCount() == BATCH and not model._workers  # the first page, nothing read beside it
        with qtbot.waitSignal(model.refreshed, timeout=10000) as blocker:
            view.show()
        assert blocker.args == [ARTICLES, ARTICLES] and model.rowCount() == ARTICLES
    finally:
        QThreadPool.globalInstance().waitForDone()
        db.close()


def test_a_newer_request_drops_the_rest_waiting_for_the_paint(library, qtbot):
    db = open_db(library)
    try:
        model = ArticleListModel(db, str(library))
        view = QLabel("一覧")
        qtbot.addWidget(view)
        model.reload_now(rest_after=view)
        with qtbot.waitSignal(model.refreshed, timeout=10000) as blocker:
            model.set_search("第1回")  # a short list: whole at once
        shown = blocker.args[0]
        assert 0 < shown < BATCH and blocker.args[1] == ARTICLES
        paints = Paints(view, lambda: None)
        view.show()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=WAIT_MS)
        timers_due(qtbot, 100)  # the work waiting for the paint has had its turn
        QThreadPool.globalInstance().waitForDone()
        timers_due(qtbot, 50)  # and what a read would have sent back has landed
        assert model.rowCount() == shown and model.search == "第1回"  # the unsearched rest never landed
    finally:
        QThreadPool.globalInstance().waitForDone()
        db.close()


def test_the_window_paints_its_list_before_it_reads_the_rest_and_opens_the_first_article(library, qtbot):
    from ui.window.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    paints = Paints(window.list_view.viewport(),
                    lambda: (window.model.rowCount(), window.reader.article_id, len(window.model._workers)))
    assert window.model.rowCount() == BATCH and window.reader.article_id is None
    window.show()
    qtbot.waitUntil(lambda: window.reader.article_id is not None and window.model.rowCount() == ARTICLES,
                    timeout=20000)
    assert paints.at_first == (BATCH, None, 0)  # the first frame: the first page, no article, no read running
    assert window.reader.article_id == window.model.article_id(0)  # the newest article, shown once painted
    window.close()


def test_a_window_closed_before_it_was_painted_opens_nothing_afterwards(library, qtbot, monkeypatch):
    import ui.common.after_paint
    from ui.window.main_window import MainWindow

    monkeypatch.setattr(ui.common.after_paint, "FALLBACK_MS", 50)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.close()  # never shown: the fallback comes after the library is closed
    timers_due(qtbot, 200)  # past the fallback: an article read from the closed library would raise in the event loop and fail the test
    assert window.reader.article_id is None and window.model.rowCount() == BATCH


def test_the_window_shows_a_long_searchs_count_before_its_last_rows(library, qtbot, monkeypatch):
    import threading

    import ui.reader.article_model as article_model
    from ui.window.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == ARTICLES and not window.model._workers, timeout=20000)
    release = threading.Event()
    real = article_model.query_ids
    monkeypatch.setattr(article_model, "query_ids", lambda *args: release.wait(10) and real(*args))
    window.search.setText("会談")
    window._search_now()
    qtbot.waitUntil(lambda: window.count_label.text().startswith(f"{ARTICLES:,} of"), timeout=10000)
    assert window.model.rowCount() == BATCH  # the count is shown while the last rows are on their way
    release.set()
    qtbot.waitUntil(lambda: window.model.rowCount() == ARTICLES, timeout=10000)
    assert window.count_label.text().startswith(f"{ARTICLES:,} of")
    window.close()


def test_the_first_paint_bench_times_the_window_kaidan_starts(library, tmp_path):
    """bench/first_paint.py (issue 14's figure) launches main.py's window and reports its first list paint."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, str(root / "bench" / "first_paint.py"), str(library)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["rows"] > 0 and figures["began"][0] <= figures["created"][0] <= figures["painted"]


# What Kaidan loads on first use, never before the window's first paint: the command line's commands (the
# window parses the command line first), the import dialogs, pasting, the shortcuts and the claim editor; and
# sqlite-utils (with click), which the window's reads do without (the first edit loads it).
DEFERRED = ("core.cli.analysis_commands", "core.cli.import_command", "core.cli.library_commands",
            "core.cli.stats_command", "core.cli.progress", "core.team.merge", "core.team.agreement",
            "core.team.layers", "core.team.report", "statistics", "ui.jobs.batch_import_dialog",
            "ui.jobs.dataset_dialog", "ui.jobs.paste_import", "ui.window.help_dialog", "ui.claims.editor",
            "ui.common.completion", "sqlite_utils", "click", "core.store.db")
_PAINT_MODULES = """
import json, os, sys
sys.path.insert(0, sys.argv[1])
import main
from PySide6.QtCore import QEvent, QObject, QSettings
from ui.window import library_choice

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            print(json.dumps(sorted(sys.modules)), flush=True)
            os._exit(0)
        return False

class Watched(library_choice.MainWindow):
    def __init__(self, *args):
        QSettings().setValue("annotator/name", "test")
        super().__init__(*args)
        self.watch = Watch(self.list_view.viewport())
        self.list_view.viewport().installEventFilter(self.watch)

library_choice.MainWindow = Watched
main.main(["--db", sys.argv[2]])
"""


def test_the_window_paints_its_list_before_loading_what_it_uses_later(library, tmp_path):
    """Started as main.py starts it, the window's first paint comes before the modules it loads on first use."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", _PAINT_MODULES, str(root), str(library)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert {"main", "ui.window.main_window", "ui.reader.article_list", "ui.claims.controller"} <= loaded
    assert sorted(loaded.intersection(DEFERRED)) == []


def test_what_the_window_loads_on_first_use_opens_from_it(library, qtbot):
    """The shortcuts, the import dialogs and the claim editor (over a selected sentence) open from the window."""
    from PySide6.QtWidgets import QApplication, QDialog

    from tests.ui.claim_helpers import select_text
    from ui.window.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=20000)
    window.show_shortcuts()
    shortcuts = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert len(shortcuts) == 1
    shortcuts[0].close()
    dataset, batch = window.choose_import_dataset(), window.choose_import_batch()
    assert dataset.isVisible() and batch.isVisible()
    dataset.close()
    batch.close()
    select_text(window, "両国の外相が会談した。")
    window.claims.start_claim()
    assert window.claims.editor is not None and window.claims.editor.isVisible()
    assert "両国の外相が会談した" in window.claims.editor.heading.text()
    window.claims.close_editor()
    window.close()
