"""File → Import Pasted Text (Ctrl+Shift+V): an article copied from a browser becomes an article of the library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from core.store.articles import get_article
from tests.ui.day_helpers import GRANT_TEXT
from tests.ui.i18n_walk import english_only, language


def test_ctrl_shift_v_imports_the_clipboard_text_once(qtbot, window, tmp_path):
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)  # window shortcuts need the window active
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        qtbot.keyClick(window.search, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)  # not the search's paste
    summary = blocker.args[0]
    assert not summary.failed and len(summary.imported) == 1 and window.search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    article = get_article(window.db, window.reader.article_id)
    assert article.title == "英外相、対イラン制裁を協議" and "オリバー・グラント外相" in article.body
    saved = list((tmp_path / "pasted").glob("pasted-*.txt"))  # beside the library: the raw view reads it
    assert [p.read_text(encoding="utf-8") for p in saved] == [GRANT_TEXT]
    # the same text again is the same article: one row still, the notice says it was there
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as again:
        window.actions_by_name["import_pasted"].trigger()
    assert len(again.args[0].duplicates) == 1 and window.model.rowCount() == 1
    assert "Import &Pasted Text" in [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def test_an_empty_clipboard_says_what_to_do_and_imports_nothing(qtbot, window, tmp_path):
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)
    QGuiApplication.clipboard().setText("  \n")
    qtbot.keyClick(window, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.statusBar().currentMessage().startswith("The clipboard holds no text")
    assert not (tmp_path / "pasted").exists() and window.model.rowCount() == 0


def test_pasted_text_that_cannot_be_kept_says_why_and_imports_nothing(qtbot, window, tmp_path):
    (tmp_path / "pasted").write_text("a file where the folder of pasted pages goes", encoding="utf-8")
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    qtbot.keyClick(window.search, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    message = window.statusBar().currentMessage()
    assert message.startswith("The pasted text was not imported: it could not be kept in ")
    assert str(tmp_path / "pasted") in message
    assert not window.imports.is_running() and window.model.rowCount() == 0


def test_a_paste_that_gives_no_new_article_leaves_no_file(qtbot, window, tmp_path):
    """One character (no article text) and the same article twice: pasted/ keeps only the stored article's page."""
    for text in ("日", GRANT_TEXT, GRANT_TEXT):
        QGuiApplication.clipboard().setText(text)
        with qtbot.waitSignal(window.imports.finished, timeout=60000):
            window.actions_by_name["import_pasted"].trigger()
    saved = list((tmp_path / "pasted").glob("pasted-*.txt"))
    assert [p.read_text(encoding="utf-8") for p in saved] == [GRANT_TEXT]
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # the list is read again off the GUI thread


def test_a_paste_that_cannot_be_kept_says_why_in_japanese(qtbot, window, tmp_path):
    (tmp_path / "pasted").write_text("a file where the folder of pasted pages goes", encoding="utf-8")
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    with language(QApplication.instance(), "ja"):
        window.actions_by_name["import_pasted"].trigger()
        message = window.statusBar().currentMessage()
    assert message == (f"貼り付けたテキストは取り込まれませんでした: {tmp_path / 'pasted'} に保存できません "
                       "(同じ名前のファイルがあります（フォルダーではありません）)")
    assert english_only([message]) == []


def test_the_pasted_article_is_shown_and_selected(qtbot, entity_window):
    window = entity_window
    shown = window.reader.article_id
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        window.actions_by_name["import_pasted"].trigger()
    (_source, pasted), = blocker.args[0].imported.first
    assert pasted != shown
    qtbot.waitUntil(lambda: window.reader.article_id == pasted, timeout=10000)  # before: the article read stayed
    qtbot.waitUntil(lambda: window.model.article_id(window.list_view.currentIndex().row()) == pasted, timeout=10000)
    qtbot.wait(400)  # the list's refreshes after the import keep it
    assert window.reader.article_id == pasted
    assert window.model.article_id(window.list_view.currentIndex().row()) == pasted


def test_the_pasted_article_is_shown_over_a_search_that_leaves_it_out(qtbot, entity_window):
    """A search narrowing the list would leave the pasted article out: the list shows all again and the article
    is shown and selected (before: the list's refresh showed its first hit, neither the pasted article nor the
    one read before)."""
    window = entity_window
    window.search.setText("会談")
    window._search_now()
    qtbot.waitUntil(lambda: window.model.search == "会談" and window.reader.article_id is not None, timeout=10000)
    QGuiApplication.clipboard().setText(GRANT_TEXT)
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        window.actions_by_name["import_pasted"].trigger()
    (_source, pasted), = blocker.args[0].imported.first
    qtbot.waitUntil(lambda: window.model.article_id(window.list_view.currentIndex().row()) == pasted, timeout=10000)
    qtbot.wait(400)  # the list's refreshes after the import keep it
    assert window.reader.article_id == pasted and window.search.text() == ""
    assert window.model.article_id(window.list_view.currentIndex().row()) == pasted
