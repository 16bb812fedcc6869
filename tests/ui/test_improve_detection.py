"""Tools → Improve Detection: training in the background from the user's corrections, then re-detection."""

import pytest
from PySide6.QtCore import Qt

from core import learning
from tests.ui.entity_helpers import find, stored


@pytest.fixture
def small_base(monkeypatch):
    """The bundled training set cut to 200 texts: the same path through the code, test-sized."""
    cut = learning.base_examples()[:200]
    monkeypatch.setattr(learning, "base_examples", lambda: cut)


def test_nothing_to_learn_says_so_and_changes_nothing(qtbot, entity_window, small_base):
    window = entity_window
    with qtbot.waitSignal(window.entities.improve.finished, timeout=60000) as blocker:
        window.actions_by_name["improve"].trigger()
    assert blocker.args[0].model is None
    assert not window.entities.analysis.is_running()


def test_improve_trains_the_librarys_model_then_detects_again_keeping_decisions(qtbot, entity_window, small_base):
    window = entity_window
    body = window.entities.layer.body
    rubio = find(stored(window), "ルビオ", type="PERSON")
    window.entities.layer.select_span(rubio.start, rubio.start)
    text = window.reader.reader.body_text()
    start = text.index("記者団")
    window.entities.layer.select_span(start, start + 3)
    qtbot.keyClick(body, Qt.Key_4)

    with qtbot.waitSignal(window.entities.analysis.finished, timeout=120000):
        window.actions_by_name["improve"].trigger()
        assert window.entities.improve.progress.isVisible()
    model = learning.library_model_path(window.db)
    assert model is not None and model.exists()
    assert find(stored(window), "記者団", type="ORG", origin="user")
    assert not window.entities.improve.progress.isVisible()
