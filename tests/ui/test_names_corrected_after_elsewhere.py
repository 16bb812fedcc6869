"""A name corrected in the reader after detection ran again on its article elsewhere (`main.py analyze` in a
terminal, which writes the article's proposals again under new ids): the correction reaches the name shown."""

from PySide6.QtCore import Qt

from core.analysis import analyze_library
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
