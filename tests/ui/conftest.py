"""Fixtures for window tests: isolated settings, temporary libraries, seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import require
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
# A sentence of the body of seed 000 that any correct cleaner keeps.
SEED_SENTENCE = "ルビオ米国務長官と中国の王毅外相は11日"
ANNOTATOR = "テスト太郎"


@pytest.fixture(autouse=True, scope="session")
def isolated_settings(tmp_path_factory):
    """QSettings go to a temporary folder, never the user's real settings."""
    QCoreApplication.setOrganizationName("KaidanTests")
    QCoreApplication.setApplicationName("KaidanTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    folder = str(tmp_path_factory.mktemp("settings"))
    for settings_format in (QSettings.IniFormat, QSettings.NativeFormat):  # (Qt's file dialog keeps its own
        QSettings.setPath(settings_format, QSettings.UserScope, folder)  # history in the native format)


@pytest.fixture(autouse=True)
def fresh_settings(qapp):
    """Each test starts from empty settings (but a known annotator); the pool is drained afterwards."""
    QSettings().clear()
    QSettings().setValue("annotator/name", ANNOTATOR)  # so no first-run question pops up
    yield
    QThreadPool.globalInstance().waitForDone()
    QSettings().clear()


@pytest.fixture
def seeds() -> list[Path]:
    require(SEEDS, "the seed pages")
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seed_sentence() -> str:
    return SEED_SENTENCE


@pytest.fixture
def import_and_wait(qtbot):
    """Import through a window's background worker; returns the ImportSummary."""

    def run(window, paths, expected_rows: int | None = None):
        with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
            window.import_paths(paths)
        if expected_rows is not None:
            qtbot.waitUntil(lambda: window.model.rowCount() == expected_rows, timeout=10000)
        return blocker.args[0]

    return run


def _drop_unsaved(window) -> None:
    """A test may end over an edit not saved: dropped, so closing the window asks nothing (a modal box)."""
    if not window.library_closed:
        window.claims.close_editor()
        if window.meetings.meetings_window is not None:
            window.meetings.meetings_window.card.discard_typing()


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Factory of main windows over a library in tmp_path (closed at teardown)."""
    from ui.window.main_window import MainWindow

    windows = []

    def make(name: str = "library.db"):
        window = MainWindow(tmp_path / name)
        qtbot.addWidget(window, before_close_func=_drop_unsaved)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def seeded_window(window, seeds, import_and_wait):
    """A window whose library holds the shared seeds, imported through the worker."""
    import_and_wait(window, seeds, expected_rows=len(seeds))
    return window


@pytest.fixture
def select_seed(qtbot):
    """Select the seed whose file name contains name; wait until the reader shows it."""
    from core.store.articles import get_article

    def select(window, name: str = "000_"):
        for row in range(window.model.rowCount()):
            article = get_article(window.db, window.model.article_id(row))
            if name in article.source:
                if window.reader.article_id != article.id:
                    with qtbot.waitSignal(window.article_shown, timeout=30000):
                        window.select_row(row)
                return article
        raise AssertionError(f"{name} not in the list")

    return select


YOSHI_TEXT = (
    "𠮷田外相、米国務省と協議\n\n"
    "【ワシントン共同】𠮷田外相は11日、ワシントンで米国務省のルビオ国務長官と会談した。"
    "両氏は同盟の強化を確認した。\n\n"
    "𠮷田氏は会談後、記者団に対し「率直な意見交換ができた」と述べた。\n"
)


@pytest.fixture
def library_of(tmp_path):
    """Import paths straight into tmp_path/library.db with core.jobs (no window, fast)."""
    from core.jobs import import_paths

    def make(paths, name: str = "library.db") -> Path:
        db_path = tmp_path / name
        summary = import_paths(paths, db_path)
        assert not summary.failed, summary.failed
        return db_path

    return make


@pytest.fixture
def entity_window(qtbot, seeds, library_of, make_window, select_seed):
    """A window over the seeds (imported, so detected) showing seed 000."""
    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    select_seed(window, "000_")
    return window


@pytest.fixture
def yoshi_window(qtbot, tmp_path, library_of, make_window):
    """A window over one article with 𠮷 (outside the BMP) before its mentions."""
    folder = tmp_path / "yoshi"
    folder.mkdir()
    (folder / "yoshi.txt").write_text(YOSHI_TEXT, encoding="utf-8")
    library_of([folder])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    return window


@pytest.fixture
def grant_window(qtbot, tmp_path, library_of, make_window):
    """A window over one article naming オリバー・グラント, a minister the registry lacks."""
    from tests.ui.day_helpers import GRANT_TEXT, write_article

    library_of([write_article(tmp_path / "grant", "grant.txt", GRANT_TEXT)])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    return window
