"""The window notices what another window or process changed in its library: the list and its count are read
again at once (selection and scroll kept) and the status bar says so in the window's language; an edit in
progress (a claim's editor, a meeting field being typed) is never dropped: then only the message. An undo of
an edit whose very row detection run elsewhere replaced is refused, of one it kept goes on; after the window's
own re-detection it still works.
The claims browser answers F5."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.analysis import analyze_library
from core.edits import SetStatus, UpdateClaim
from tests.ui.entity_helpers import find, put_caret, stored
from tests.ui.elsewhere_helpers import edit_elsewhere, same_place, scrolled_list, status_shown
from tests.ui.i18n_walk import language


def _looked(window) -> list:
    """Stop the watch's timer (the test looks by hand) and gather what it says."""
    window.library_watch.timer.stop()
    said = []
    window.library_watch.changed.connect(lambda: said.append("changed"))
    return said


def test_a_status_changed_elsewhere_shows_in_the_list_without_f5(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    scroll, kept_at = scrolled_list(qtbot, window)
    before = status_shown(window, article_id)
    edit_elsewhere(window, SetStatus.marking([article_id], "done"))
    qtbot.waitUntil(lambda: status_shown(window, article_id) != before, timeout=10000)  # the timer looked
    assert window.statusBar().currentMessage().startswith("The library was changed in another window or process")
    assert same_place(window, article_id, scroll, kept_at)


def test_the_message_is_in_the_windows_language(qtbot, entity_window):
    window = entity_window
    _looked(window)
    edit_elsewhere(window, SetStatus.marking([window.reader.article_id], "done"))
    with language(QApplication.instance(), "ja"):
        window.library_watch.check()
        message = window.statusBar().currentMessage()
    assert message.startswith("ライブラリがほかのウィンドウまたはプロセスで変更されました")
    assert "F5" in message


def test_the_windows_own_edits_are_not_changes_made_elsewhere(qtbot, entity_window):
    window = entity_window
    said = _looked(window)
    window.statuses.set_status("done", [window.reader.article_id])
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    window.library_watch.check()
    assert said == []
    edit_elsewhere(window, SetStatus.marking([window.reader.article_id], "new"))
    window.library_watch.check()
    assert said == ["changed"]
    window.library_watch.check()  # seen once: not said again
    assert said == ["changed"]


def test_a_claim_being_edited_is_kept_and_only_the_message_given(qtbot, entity_window):
    window = entity_window
    _looked(window)
    article_id = window.reader.article_id
    claim = window.claims.claims[0]
    window.claims.edit(claim.id)
    editor = window.claims.editor
    before = status_shown(window, article_id)
    edit_elsewhere(window, SetStatus.marking([article_id], "done"))
    window.library_watch.check()
    assert window.claims.editor is editor and editor.isVisible()
    assert "Your edit in progress is kept" in window.statusBar().currentMessage()
    assert status_shown(window, article_id) == before  # nothing read again under the edit


def test_a_meeting_field_being_typed_is_kept(qtbot, seeds, library_of, make_window):
    from tests.ui.meeting_helpers import build_meetings, open_meetings

    ids = build_meetings(library_of(seeds))
    window = make_window()
    _looked(window)
    view = open_meetings(qtbot, window, len(seeds))
    view.select(ids["visit"])
    view.card.place.setFocus()
    qtbot.waitUntil(view.card.place.hasFocus)
    qtbot.keyClicks(view.card.place, " Geneva")
    edit_elsewhere(window, SetStatus.marking([1], "done"))
    window.library_watch.check()
    assert "Your edit in progress is kept" in window.statusBar().currentMessage()
    assert view.card.place.text().endswith(" Geneva") and view.card.place.hasFocus()


def test_an_undo_of_a_name_analyze_kept_works_after_it_re_detected_the_article_elsewhere(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)  # rejected: a decision re-detection keeps
    analyze_library(window.db_path, [article_id])  # `main.py analyze` in a terminal
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Z, Qt.ControlModifier)
    assert find(stored(window), "ルビオ", start=rubio.start).state == "proposed"


def test_a_redo_of_a_name_analyze_replaced_elsewhere_is_refused_in_japanese(qtbot, entity_window):
    window = entity_window
    article_id = window.reader.article_id
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Z, Qt.ControlModifier)  # a proposal again
    analyze_library(window.db_path, [article_id])  # detection run again replaces that very proposal
    with language(QApplication.instance(), "ja"):
        window.undo_stack.redo()
        message = window.statusBar().currentMessage()
    assert find(stored(window), "ルビオ", start=rubio.start).state == "proposed"  # nothing written
    assert f"記事 {article_id} で再検出されたエンティティ" in message
    assert message.startswith("やり直せませんでした")
    qtbot.waitUntil(lambda: window.undo_stack.canRedo())  # the step is kept


def test_an_undo_after_the_windows_own_re_detection_works(qtbot, entity_window):
    window = entity_window
    said = _looked(window)
    rubio = find(stored(window), "ルビオ", type="PERSON")
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    with qtbot.waitSignal(window.entities.analysis.finished, timeout=60000):
        qtbot.keyClick(window.entities.layer.body, Qt.Key_F5, Qt.ControlModifier)  # re-run on the article
    window.library_watch.check()
    assert said == []  # the window's own job
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Z, Qt.ControlModifier)
    assert find(stored(window), "ルビオ", start=rubio.start).state == "proposed"


def test_f5_in_the_claims_browser_shows_a_stance_changed_elsewhere(qtbot, entity_window):
    window = entity_window
    _looked(window)
    article_id = window.reader.article_id
    claim = next(c for c in window.claims.claims if c.stance != "against")
    browser = window.claims.show_browser()
    qtbot.waitExposed(browser)

    def stance_shown() -> str | None:
        return next((r["stance"] for r in browser.claims.rows if r["id"] == claim.id), None)

    shown = stance_shown()
    edit_elsewhere(window, UpdateClaim(article_id, claim.id, {"state": "accepted", "stance": "against"}))
    assert stance_shown() == shown
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow)  # the browser's own F5, not the main window's
    qtbot.keyClick(browser, Qt.Key_F5)
    assert stance_shown() == "against"
    assert window.claims.claim(claim.id).stance == "against"  # the main window read it again too
