"""A name corrected in the reader after its article was cleaned again in another window (its line dropped there):
the refusal says the article was cleaned again, not that detection ran again (its Japanese words are those of
every edit refused after a re-cleaning: test_recleaned_refusal_words)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.edits import SetLineLabel
from tests.ui.day_helpers import write_article
from tests.ui.elsewhere import refusals
from tests.ui.elsewhere_helpers import edit_elsewhere
from tests.ui.entity_helpers import put_caret, stored
from tests.ui.waits import WAIT_MS

TEXT = ("日米外相が会談\n\n"
        "【ワシントン共同】岩屋外相は11日、ワシントンでルビオ国務長官と会談した。\n"
        "両氏は日米同盟の強化で一致した。\n")


def test_a_name_refused_after_its_line_was_dropped_elsewhere_says_the_article_was_cleaned_again(
        qtbot, tmp_path, library_of, make_window):
    library_of([write_article(tmp_path / "talks", "talks.txt", TEXT)])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=WAIT_MS)
    window.library_watch.timer.stop()  # the seconds before the window looks, or an F5 never pressed
    article_id = window.reader.article_id
    rubio = next(m for m in stored(window) if m.text == "ルビオ" and m.state == "proposed")
    line = TEXT.split("\n").index(next(t for t in TEXT.split("\n") if "ルビオ" in t)) + 1
    edit_elsewhere(window, SetLineLabel(article_id, line, "drop"))  # the name's line dropped in another window
    said = refusals(window)
    put_caret(window, rubio.start + 1)  # the window still shows the name where it was
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Delete)
    assert len(said) == 1 and "cleaned the article again" in said[0], said
    assert "detection" not in said[0]  # before: "another window or a command ran detection again"
