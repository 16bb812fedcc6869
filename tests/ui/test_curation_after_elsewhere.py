"""The curation view's edits on what another window or a command removed meanwhile (an annotator's decision
gone with a merge of the team's libraries run again, the article deleted): refused in one line that says what
is gone, with nothing written and no traceback, instead of a bare "KeyError: 12"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from core.store.errors import RowGone
from tests.ui.elsewhere import elsewhere, refusals
from tests.ui import test_team_views
from tests.ui.i18n_walk import language

team_window = test_team_views.team_window  # its fixture: three annotators merged


def gold_rows(window, article_id: int) -> int:
    return window.db.execute("SELECT count(*) FROM mentions WHERE article_id = ? AND state = 'accepted'",
                             [article_id]).fetchone()[0]


def chosen(view):
    """The first article chosen, and on it the first annotator's decision on a name; that decision."""
    view.articles.setCurrentItem(view.articles.item(0))
    row, name = next((r, name) for r, unit in enumerate(view.rows) if unit["layer"] == "entity"
                     for name in view.members if name in unit["by"])
    view.table.setCurrentCell(row, 3 + view.members.index(name))
    return view.rows[row]["by"][name]


def test_a_decision_toggled_after_a_merge_elsewhere_dropped_it_is_refused_in_words(team_window, qtbot,
                                                                                   capsys):
    window = team_window
    view = window.team.show_curation()
    decision = chosen(view)
    said = refusals(view)
    elsewhere(window, lambda db: db.execute("DELETE FROM team_decisions WHERE id = ?", [decision["id"]]))
    before = gold_rows(window, view.article_id)
    view.toggle_selected()
    assert len(said) == 1 and "decision is no longer in the library" in said[0] and "KeyError" not in said[0]
    assert "decision is no longer in the library" in view.help.text()
    assert gold_rows(window, view.article_id) == before and not view.undo_stack.canUndo()
    assert "Traceback" not in capsys.readouterr().err


def test_a_version_taken_for_an_article_deleted_elsewhere_is_refused_in_words(team_window, qtbot,
                                                                              capsys):
    window = team_window
    view = window.team.show_curation()
    chosen(view)
    article_id = view.article_id
    said = refusals(view)
    elsewhere(window, lambda db: db.execute("DELETE FROM articles WHERE id = ?", [article_id]))
    view.take(view.members[0])
    assert len(said) == 1 and "article is no longer in the library" in said[0]
    assert window.db.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [article_id]).fetchone()[0] == 0
    assert "Traceback" not in capsys.readouterr().err


def test_the_refusal_of_a_decision_gone_reads_in_the_glossarys_japanese(window):
    said = refusals(window)
    with language(QApplication.instance(), "ja"):
        window.undo_stack.report(False, "Toggle Decision", RowGone("decision", 3))
    assert len(said) == 1 and "注釈者の判断" in said[0]  # the glossary's word for annotator, as every other view
    assert "別のウィンドウかコマンド" in said[0] and "別の場所" not in said[0]  # where, as every other refusal says it
