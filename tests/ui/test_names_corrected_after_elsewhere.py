"""A name corrected in the reader after detection ran again on its article elsewhere (`main.py analyze` in a
terminal, which writes the article's proposals again under new ids): the correction reaches the name shown."""

from PySide6.QtCore import Qt

from core.analysis import analyze_library
from core.edits import SetLineLabel
from core.store.articles import get_article
from tests.ui.elsewhere_helpers import edit_elsewhere
from tests.ui.entity_helpers import find, put_caret, stored


def test_a_name_rejected_after_analyze_elsewhere_is_rejected(qtbot, entity_window):
    window = entity_window
    window.library_watch.timer.stop()  # the seconds before the window looks, or an F5 never pressed
    article_id = window.reader.article_id
    rubio = find(stored(window), "ルビオ", type="PERSON")
    analyze_library(window.db_path, [article_id])
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    assert find(stored(window), "ルビオ", start=rubio.start).state == "rejected"


def test_a_name_corrected_after_its_article_was_recleaned_elsewhere_is_that_name_where_it_moved(qtbot, entity_window):
    window = entity_window
    window.library_watch.timer.stop()  # the seconds before the window looks, or an F5 never pressed
    article_id = window.reader.article_id
    body = window.entities.layer.body
    rubio = max((m for m in stored(window) if m.text == "ルビオ"), key=lambda m: m.start)  # the last one
    put_caret(window, rubio.start + 1)
    qtbot.keyClick(body, Qt.Key_1)  # typed a person, as it is: the user's now, so re-cleaning keeps it (moved)
    article = get_article(window.db, article_id)
    line = next(number for number, text in enumerate(article.raw.split("\n"), 1)  # a body line long before it
                if len(text.strip()) > 10 and 0 < article.body.find(text.strip()) < rubio.start - 40)
    edit_elsewhere(window, SetLineLabel(article_id, line, "drop"))  # dropped in another window
    moved = {m.id: m for m in stored(window)}[rubio.id]
    assert moved.start < rubio.start and moved.state == "accepted"
    under_old = {m.id for m in stored(window) if (m.start, m.end) == (rubio.start, rubio.end)}
    put_caret(window, rubio.start + 1)  # the window still shows the name where it was
    qtbot.keyClick(body, Qt.Key_Delete)
    now = {m.id: m for m in stored(window)}
    assert (now[rubio.id].text, now[rubio.id].state) == ("ルビオ", "rejected")
    assert all(now[i].state != "rejected" for i in under_old)
