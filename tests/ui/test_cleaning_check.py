"""An article the cleaner is unsure of is marked in the list; its raw view opens at the doubt."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from core.store.articles import get_article
from ui.reader.article_model import COLUMNS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"
CHECK = COLUMNS.index("cleaning_check")


def _window_of(names, qtbot, tmp_path, library_of, make_window):
    """A window on a library of the cleaning fixtures named, once listed; (window, row of each file name)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    library_of([folder])
    window = make_window()
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == len(names), timeout=10000)
    return window, {Path(get_article(window.db, model.article_id(r)).source).name: r for r in range(len(names))}


def _raw_view_of(window, qtbot, row):
    """(stored article, raw view) once a list row is selected as a user does, with the raw view on."""
    window.set_raw_mode(True)
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(row)
    return get_article(window.db, window.model.article_id(row)), window.reader.raw


def test_unsure_article_is_flagged_and_raw_view_opens_at_the_decision(qtbot, tmp_path, library_of, make_window):
    window, rows = _window_of(("footer_directory.txt", "anchored_article.txt"), qtbot, tmp_path, library_of, make_window)
    model = window.model
    unsure, sure = rows["footer_directory.txt"], rows["anchored_article.txt"]
    assert model.headerData(CHECK, Qt.Horizontal) == "Cleaning"
    assert model.data(model.index(unsure, CHECK)) == "check cleaning"
    assert "very short body" in model.data(model.index(unsure, CHECK), Qt.ToolTipRole)
    assert model.data(model.index(sure, CHECK)) == ""
    assert model.data(model.index(sure, CHECK), Qt.ToolTipRole) is None

    _, raw = _raw_view_of(window, qtbot, sure)
    assert raw.current_line() == 1  # a sure article opens at the top

    article, raw = _raw_view_of(window, qtbot, unsure)
    assert article.cleaning_check_line > 1
    assert raw.current_line() == article.cleaning_check_line
    assert raw.label_of(raw.current_line()) == "body"
    assert "check cleaning" in window.reader.raw_source.text()
    assert "very short body" in window.reader.raw_source.text()
    assert window.statusBar().currentMessage().startswith("Check cleaning: very short body")


def test_a_page_whose_date_cannot_be_told_is_flagged_and_raw_view_opens_at_its_date_line(qtbot, tmp_path, library_of,
                                                                                          make_window):
    window, rows = _window_of(("unsure_date_article.txt", "anchored_article.txt"), qtbot, tmp_path, library_of, make_window)
    model = window.model
    unsure, sure = rows["unsure_date_article.txt"], rows["anchored_article.txt"]
    assert model.data(model.index(unsure, CHECK)) == "check cleaning"
    tip = model.data(model.index(unsure, CHECK), Qt.ToolTipRole)  # rich text: the label escaped, shown plain
    assert "the page's date could not be told" in html.unescape(tip)
    assert model.data(model.index(sure, CHECK)) == ""

    article, raw = _raw_view_of(window, qtbot, unsure)
    date_line = article.raw.split("\n").index("10/02/2016 15:40") + 1
    assert article.published is None
    assert article.cleaning_check_line == date_line
    assert raw.current_line() == date_line  # the decision: the date line, not the body's start
    assert "the page's date could not be told (line 10)" in html.unescape(window.reader.raw_source.text())
    assert window.statusBar().currentMessage().startswith("Check cleaning: the page's date could not be told")


def test_a_page_whose_headline_cannot_be_told_is_flagged_and_raw_view_opens_at_the_headline(qtbot, tmp_path, library_of,
                                                                                           make_window):
    window, rows = _window_of(("unsure_headline_article.txt", "anchored_article.txt"), qtbot, tmp_path, library_of,
                              make_window)
    model = window.model
    unsure, sure = rows["unsure_headline_article.txt"], rows["anchored_article.txt"]
    assert model.data(model.index(unsure, CHECK)) == "check cleaning"
    assert "the headline could not be told" in html.unescape(model.data(model.index(unsure, CHECK), Qt.ToolTipRole))
    assert model.data(model.index(sure, CHECK)) == ""

    article, raw = _raw_view_of(window, qtbot, unsure)
    headline_line = article.raw.split("\n").index(article.title) + 1
    assert article.cleaning_check_line == headline_line
    assert raw.current_line() == headline_line  # the decision: the headline, not the body's start
    assert raw.label_of(raw.current_line()) == "meta"
    assert f"the headline could not be told (line {headline_line})" in html.unescape(window.reader.raw_source.text())
    assert window.statusBar().currentMessage().startswith("Check cleaning: the headline could not be told")


def test_undated_article_shows_its_inferred_day_marked_as_such(qtbot, tmp_path, library_of, make_window):
    window, _ = _window_of(("undated_article.txt",), qtbot, tmp_path, library_of, make_window)
    model = window.model
    date_column = COLUMNS.index("published")
    assert model.data(model.index(0, date_column)) == "≈2025-11-14"
    assert "Inferred" in model.data(model.index(0, date_column), Qt.ToolTipRole)


def test_check_reasons_in_english_from_their_codes(qapp):
    from ui.reader.check_reasons import check_reasons

    assert check_reasons("competing_blocks,no_running_text") == "two blocks of text compete; no running text found"
    assert check_reasons(None) == ""
    assert check_reasons("date_unsure") == "the page's date could not be told"
    assert check_reasons("headline_unsure") == "the headline could not be told"


def test_the_reader_keeps_the_doubt_in_sight_and_its_button_opens_the_raw_page_there(qtbot, tmp_path, library_of,
                                                                                     make_window):
    window, rows = _window_of(("unsure_date_article.txt", "anchored_article.txt"), qtbot, tmp_path, library_of,
                              make_window)
    reader = window.reader.reader
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(rows["anchored_article.txt"])
    assert not reader.check.isVisible()  # a sure article: no line, nothing to click
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(rows["unsure_date_article.txt"])
    # the status bar's word goes with the next message; the reader's line stays while the article is read
    window.statusBar().showMessage("something else")
    assert reader.check.isVisible()
    assert reader.check_label.text() == "⚠ Check cleaning: the page's date could not be told."
    assert not window.reader.raw_mode
    qtbot.mouseClick(reader.raw_button, Qt.LeftButton)
    article = get_article(window.db, window.reader.article_id)
    assert window.reader.raw_mode and window.actions_by_name["raw"].isChecked()
    assert window.reader.raw.current_line() == article.cleaning_check_line
    window.set_raw_mode(False)  # Ctrl+R again: back in the reader, the line still there
    assert reader.check.isVisible()


def test_reading_a_checks_reasons_does_not_load_the_cleaner():
    """The window words the reasons of a flagged article without the cleaner's modules (hundreds of patterns,
    a stall of up to seconds at the first flagged article opened); cleaning itself still loads them."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = ("import sys\n"
              "from core.cleaning.checks import reason_codes\n"
              "assert reason_codes('short_body,no_headline') == ['short_body', 'no_headline']\n"
              "print('core.cleaning.dump' in sys.modules)\n"
              "from core.cleaning.apply import apply_cleaning\n"
              "from core.article import Article\n"
              "article = Article(source='page.txt', raw='日米首脳が会談\\n\\n両首脳は東京で会談し、協力を確認した。', source_format='txt')\n"
              "apply_cleaning(article)\n"
              "print('core.cleaning.dump' in sys.modules, bool(article.body))\n")
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "True"]


def test_the_warning_of_the_article_before_leaves_the_status_line_with_it(qtbot, tmp_path, library_of, make_window):
    window, rows = _window_of(("footer_directory.txt", "anchored_article.txt"), qtbot, tmp_path, library_of, make_window)
    status = window.statusBar()
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(rows["footer_directory.txt"])
    assert status.currentMessage().startswith("Check cleaning: very short body")
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(rows["anchored_article.txt"])
    assert status.currentMessage() == ""  # a sure article is not shown under the other's doubt
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(rows["footer_directory.txt"])
    status.showMessage("Imported 2 files")  # a message of other work stays when the next article is sure
    with qtbot.waitSignal(window.article_shown, timeout=30000):
        window.select_row(rows["anchored_article.txt"])
    assert status.currentMessage() == "Imported 2 files"
