"""The curation view's edits on what another window or a command removed meanwhile (an annotator's decision
gone with a merge of the team's libraries run again, the article deleted): refused in one line that says what
is gone, with nothing written and no traceback, instead of a bare "KeyError: 12"."""

from __future__ import annotations

from tests.ui.elsewhere import elsewhere, refusals
from tests.ui.test_team_views import team_window  # noqa: F401 - the fixture


def gold_rows(window, article_id: int) -> int:
    return window.db.execute("SELECT count(*) FROM mentions WHERE article_id = ? AND state = 'accepted'",
                             [article_id]).fetchone()[0]


def chosen(view, qtbot):
    view.articles.setCurrentItem(view.articles.item(0))
    row = next(r for r, unit in enumerate(view.rows) if unit["layer"] == "entity" and unit["by"])
    decision = next(iter(view.rows[row]["by"].values()))
    view.table.setCurrentCell(row, 3 + view.members.index(decision["annotator"]) if "annotator" in decision else 3)
    return decision


def test_a_decision_toggled_after_a_merge_elsewhere_dropped_it_is_refused_in_words(team_window, qtbot,  # noqa: F811
                                                                                   capsys):
    window = team_window
    view = window.team.show_curation()
    decision = chosen(view, qtbot)
    said = refusals(view)
    elsewhere(window, lambda db: db.execute("DELETE FROM team_decisions WHERE id = ?", [decision["id"]]))
    before = gold_rows(window, view.article_id)
    view.toggle_selected()
    assert len(said) == 1 and "decision is no longer in the library" in said[0] and "KeyError" not in said[0]
    assert "decision is no longer in the library" in view.help.text()
    assert gold_rows(window, view.article_id) == before and not view.undo_stack.canUndo()
    assert "Traceback" not in capsys.readouterr().err


def test_a_version_taken_for_an_article_deleted_elsewhere_is_refused_in_words(team_window, qtbot,  # noqa: F811
                                                                              capsys):
    window = team_window
    view = window.team.show_curation()
    chosen(view, qtbot)
    article_id = view.article_id
    said = refusals(view)
    elsewhere(window, lambda db: db.execute("DELETE FROM articles WHERE id = ?", [article_id]))
    view.take(view.members[0])
    assert len(said) == 1 and "article is no longer in the library" in said[0]
    assert window.db.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [article_id]).fetchone()[0] == 0
    assert "Traceback" not in capsys.readouterr().err
