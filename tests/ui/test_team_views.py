"""The team views: File → Merge Libraries…, the agreement window and the curation view with its undo."""

from __future__ import annotations

import pytest

from tests.core.team.team_libraries import team_of_three


@pytest.fixture
def team_window(make_window, tmp_path, qtbot):
    """A window over an empty library, into which three annotators are merged through the menu's worker."""
    paths = team_of_three(tmp_path)
    window = make_window("team.db")
    assert window.actions_by_name["merge"] in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.team.merge([str(p) for p in paths]).signals.done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    return window


def test_agreement_window_shows_the_figures(team_window, qtbot):
    view = team_window.team.show_agreement()
    qtbot.waitUntil(lambda: view.figures is not None, timeout=30000)
    rows = {(view.overall.item(r, 0).text(), view.overall.item(r, 1).text()): view.overall.item(r, 2).text()
            for r in range(view.overall.rowCount())}
    assert rows[("Entities", "f1_exact")] == "0.833"
    assert view.pairs.rowCount() == 3
    assert view.confusion.rowCount() >= 2
    view.layer.setCurrentIndex(1)  # claims: the stance confusion
    assert "against" in [view.confusion.horizontalHeaderItem(c).text() for c in range(view.confusion.columnCount())]
    view.grab().save(str(team_window.db_path) + ".agreement.png")


def test_curation_takes_a_version_and_undoes_it(team_window, qtbot):
    view = team_window.team.show_curation()
    first = view.articles.item(0)
    assert first.text().startswith("[disagreeing]")
    view.articles.setCurrentItem(first)
    gold_column = view.table.columnCount() - 1
    before = [view.table.item(r, gold_column).text() for r in range(view.table.rowCount())]
    assert not any(before)
    view.take("baba")
    baba = view.members.index("baba") + 3
    layers = set()
    for r in range(view.table.rowCount()):  # entities, claims, meeting ties and links alike
        said = view.table.item(r, baba).text()
        assert view.table.item(r, gold_column).text() == ("" if said == "—" else said)
        layers.add(view.rows[r]["layer"])
    assert {"entity", "tie", "link"} <= layers
    assert view.articles.currentItem().text().startswith("[adjudicated]")
    view.undo_stack.undo()
    assert [view.table.item(r, gold_column).text() for r in range(view.table.rowCount())] == before
    assert view.articles.currentItem().text().startswith("[disagreeing]")
    tie_row = next(r for r, unit in enumerate(view.rows) if unit["layer"] == "tie")
    view.table.setCurrentCell(tie_row, baba)
    view.toggle_selected()  # (the T key) one meeting tie into the gold, and out again
    assert view.table.item(tie_row, gold_column).text() == view.table.item(tie_row, baba).text()
    view.undo_stack.undo()
    assert view.table.item(tie_row, gold_column).text() == ""
    view.take_majority()
    view.table.setCurrentCell(0, 3)
    view.grab().save(str(team_window.db_path) + ".curation.png")
    view.step(1)
    assert view.articles.currentItem().data(256 + 1) == "disagreeing"


def test_adopting_agreeing_articles_is_one_undo_step(make_window, tmp_path, qtbot):
    paths = team_of_three(tmp_path)
    window = make_window("pair.db")
    with qtbot.waitSignal(window.team.merge([str(paths[0]), str(paths[2])]).signals.done, timeout=30000):
        pass
    view = window.team.show_curation()
    states = lambda: [view.articles.item(i).text().split("]")[0] for i in range(view.articles.count())]  # noqa: E731
    assert states() == ["[disagreeing"] + ["[agreeing"] * (view.articles.count() - 1)  # one link's relation
    view.adopt_agreeing()
    assert states().count("[adjudicated") == 1
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert states().count("[adjudicated") == 0


def test_team_menus_on_a_one_person_library_say_what_to_do(make_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    window = make_window()
    assert window.team.show_agreement() is None and window.team.show_curation() is None
    assert len(said) == 2 and "Merge Libraries" in said[0]


@pytest.mark.parametrize("which", ["agreement", "curation"])
def test_esc_closes_a_team_window_and_gives_the_focus_back(team_window, qtbot, which):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = team_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    window.list_view.setFocus()
    view = window.team.show_agreement() if which == "agreement" else window.team.show_curation()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=10000)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=10000)  # before: Esc did nothing here
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    assert QApplication.focusWidget() is window.list_view
