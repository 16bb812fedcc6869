"""The side panels (entities, claims) join the window after its first paint, where the user left them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from core.store.mentions import mentions_for
from tests.ui.waits import WAIT_MS, settle


class FirstPaint(QObject):
    """What the window held when its article list was first painted."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.seen = window, None
        window.list_view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint and self.seen is None:
            reader = self.window.reader
            self.seen = (self.window.findChildren(QDockWidget), self.window.entities.dock.isVisible(),
                         reader.currentWidget() is reader.nothing and reader.nothing.text())
        return False


def layout(window) -> dict[str, tuple]:
    """Each panel's place: its area, whether it is open, floats, the panels tabbed with it, its geometry when it
    is on the screen (of tabbed panels, the one in front)."""
    return {dock.objectName(): (window.dockWidgetArea(dock), dock.isVisible(), dock.isFloating(),
                                sorted(d.objectName() for d in window.tabifiedDockWidgets(dock)),
                                None if dock.visibleRegion().isEmpty() else dock.geometry().getRect())
            for dock in window.docks}


def opened(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.docks_placed and window.reader.article_id is not None, timeout=WAIT_MS)
    window.resize(780, 560)  # on the screen whole, so that the next window opens at this size
    settle(qtbot)
    return window


def test_the_first_paint_comes_before_the_panels_which_then_work(qtbot, seeds, library_of, make_window):
    library_of(seeds)
    window = make_window()
    first = FirstPaint(window)
    qtbot.waitUntil(lambda: window.docks_placed and window.reader.article_id is not None, timeout=WAIT_MS)
    # the list and the reader alone in the first frame, the reader blank until its article opens (before, it said
    # "Your library is empty" beside the list's rows)
    assert first.seen == ([], False, "")
    entities, claims = window.entities.dock, window.claims.dock
    assert entities.parent() is window and claims.parent() is window
    assert window.dockWidgetArea(entities) == window.dockWidgetArea(claims) == Qt.RightDockWidgetArea
    qtbot.waitUntil(lambda: entities.isVisible() and claims.isVisible(), timeout=WAIT_MS)
    # the entities panel lists the names of the article shown, and its toggle hides and shows it
    shown = mentions_for(window.db, window.reader.article_id)
    assert shown and window.entities.panel.tree.topLevelItemCount() > 0
    assert sum(len(g.mentions) for g in window.entities.panel.groups) == len(shown)
    toggle = window.actions_by_name["entities_panel"]
    assert toggle.isEnabled() and toggle.isChecked()
    toggle.trigger()
    assert not entities.isVisible() and not toggle.isChecked()
    toggle.trigger()
    assert entities.isVisible()
    # choosing a name in the panel selects its first mention in the reader
    item = window.entities.panel.tree.topLevelItem(1)
    window.entities.panel.tree.setCurrentItem(item)
    assert window.entities.layer.body.textCursor().selectedText() == window.entities.panel.group_of(item).first.text


def _claims_left_entities_closed(window) -> None:
    window.addDockWidget(Qt.LeftDockWidgetArea, window.claims.dock)
    window.resizeDocks([window.claims.dock], [260], Qt.Horizontal)
    window.entities.dock.close()


def _tabbed_claims_on_top(window) -> None:
    window.tabifyDockWidget(window.entities.dock, window.claims.dock)
    window.claims.dock.raise_()
    window.resizeDocks([window.entities.dock], [340], Qt.Horizontal)


def _entities_floating(window) -> None:
    window.entities.dock.setFloating(True)
    window.entities.dock.setGeometry(120, 140, 300, 420)


@pytest.mark.parametrize("arrange", [_claims_left_entities_closed, _tabbed_claims_on_top, _entities_floating])
def test_the_saved_layout_of_the_panels_is_restored_when_they_come(qtbot, seeds, library_of, make_window, arrange):
    library_of(seeds[:2])
    window = opened(qtbot, make_window)
    default = layout(window)
    arrange(window)
    settle(qtbot)
    left = layout(window)
    splitter = window.splitter.sizes()
    assert left != default
    window.close()

    again = make_window()
    first = FirstPaint(again)
    qtbot.waitUntil(lambda: again.docks_placed and again.reader.article_id is not None, timeout=WAIT_MS)
    settle(qtbot)
    assert first.seen == ([], False, "")
    assert layout(again) == left and again.splitter.sizes() == splitter


def test_a_window_closed_before_its_panels_came_keeps_their_saved_places(qtbot, seeds, library_of, make_window):
    from ui.window.main_window import MainWindow

    library = library_of(seeds[:2])
    window = opened(qtbot, make_window)
    _claims_left_entities_closed(window)
    settle(qtbot)
    left = layout(window)
    window.close()

    never_shown = MainWindow(library)  # closed before it was painted: its panels never joined it
    qtbot.addWidget(never_shown)
    never_shown.close()
    assert not never_shown.docks_placed
    again = opened(qtbot, make_window)
    assert layout(again) == left
