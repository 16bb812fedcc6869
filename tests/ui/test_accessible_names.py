"""A screen reader names every control of every window, in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.a11y_walk import spoken_names, twin_names, unnamed_controls
from ui.common.accessible import spoken_name
from tests.ui.claim_helpers import select_text
from tests.ui.i18n_walk import english_only, language
from tests.ui.menu_windows import menu_windows


def every_view(window, qtbot) -> list:
    """The main window with its claim editor open, and each secondary window and dialog, shown."""
    select_text(window, "王毅外相")
    qtbot.keyClick(window.entities.layer.body, Qt.Key_C)
    qtbot.waitUntil(lambda: window.claims.editor is not None and window.claims.editor.isVisible(), timeout=10000)
    views = list(menu_windows(window).values())
    for view in views[1:]:
        view.show()
        qtbot.waitExposed(view)
    return views


@pytest.mark.parametrize("code", ["en", "ja"])
def test_every_control_has_a_spoken_name(qapp, qtbot, make_window, seeds, import_and_wait, select_seed, code):
    with language(qapp, code):
        window = make_window(f"{code}.db")
        import_and_wait(window, seeds, expected_rows=len(seeds))
        select_seed(window, "000_")
        views = every_view(window, qtbot)
        meetings = window.meetings.meetings_window
        meetings.select(next(i for i, item in meetings.by_id.items() if item["participants"]))
        card = meetings.card
        assert card.isVisible() and card.participants.rowCount()  # the card's fields (a role per row) are walked too
        missing = [line for view in views for line in unnamed_controls(view)]
        assert missing == [], "\n".join(missing)
        # no two controls of a window share a name (before: the export's two dates were both "Articles", the
        # registry's type filter and its editor's type both "Type", in Japanese the meetings' participant
        # filter and the card's participants both 参加者)
        twins = [line for view in views for line in twin_names(view)]
        assert twins == [], "\n".join(twins)
        if code == "ja":  # spoken in the window's language
            assert english_only([n for view in views for n in spoken_names(view)]) == []
        names = [spoken_name(window.list_view), spoken_name(window.entities.layer.body),
                 spoken_name(window.claims.editor.holder)]  # a form row's label names the field beside a button
        expected = ["Articles", "Article text", "Holder"] if code == "en" else ["記事一覧", "記事本文", "保持者"]
        assert names == expected


def test_the_window_is_named_once_its_list_is_painted_and_its_side_panels_joined(qtbot, tmp_path, monkeypatch):
    """Naming the fields waits for the first frame, and reaches the side panels (they join the window after it)."""
    from PySide6.QtWidgets import QLineEdit

    import ui.window.main_window as main_window

    seen = []
    monkeypatch.setattr(main_window, "keyboard_ready", lambda root: seen.append(root))
    window = main_window.MainWindow(tmp_path / "library.db")
    qtbot.addWidget(window)
    assert seen == []  # made, not yet painted: not yet named (before: named here, without its side panels)
    monkeypatch.undo()
    field = QLineEdit()
    field.setPlaceholderText("Filter claims")  # a field of a side panel with only a hint shown
    window.claims.dock.widget().layout().addWidget(field)
    window.show()
    qtbot.waitUntil(lambda: window.docks_placed, timeout=10000)
    assert spoken_name(field) == "Filter claims"  # before: unnamed (the panels were not the window's yet)
