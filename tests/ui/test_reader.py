"""The reader: body of the selected article, metadata line, zoom remembered."""

import json

from PySide6.QtCore import QSettings

from core.model import Article
from ui.reader.reader import metadata_line


def test_selecting_an_article_shows_its_body(qtbot, seeded_window, select_seed, seed_sentence):
    article = select_seed(seeded_window)
    reader = seeded_window.reader
    assert reader.currentWidget() is reader.reader
    assert seed_sentence in reader.reader.body_text()
    assert reader.reader.body_text() == article.body
    assert reader.reader.title.text()


def _article(**fields) -> Article:
    return Article(id=1, content_hash="h", source="a.txt", source_format="txt", imported_at="2025-07-12",
                   raw="本文", body="本文", cleaning_version=2, **fields)


def test_metadata_line_skips_missing_parts():
    row = _article(outlet="ロイター", published="2025-07-12T01:58:00", authors=["A", "B"], dateline=None)
    assert metadata_line(row) == "ロイター · 2025-07-12 01:58 · A、B"
    assert metadata_line(_article()) == ""


def test_zoom_changes_size_and_is_remembered(qtbot, seeded_window, select_seed, make_window):
    reader = seeded_window.reader.reader
    base = reader.body.font().pointSizeF()
    seeded_window.actions_by_name["zoom_in"].trigger()
    seeded_window.actions_by_name["zoom_in"].trigger()
    assert reader.body.font().pointSizeF() > base
    assert QSettings().value("reader/zoom", 0, type=int) == 2
    seeded_window.close()
    again = make_window()
    assert again.reader.reader.zoom == 2
    again.actions_by_name["zoom_reset"].trigger()
    assert again.reader.reader.body.font().pointSizeF() == base
    again.actions_by_name["zoom_out"].trigger()
    assert again.reader.reader.zoom == -1


def test_next_article_moves_down_the_list(qtbot, seeded_window, select_seed):
    seeded_window.select_row(0)
    qtbot.waitUntil(lambda: seeded_window.reader.article_id == seeded_window.model.article_id(0))
    with qtbot.waitSignal(seeded_window.article_shown, timeout=30000) as blocker:
        seeded_window.actions_by_name["next_article"].trigger()
    assert blocker.args == [seeded_window.model.article_id(1)]


def test_a_click_while_the_list_is_completed_is_not_undone(qtbot, seeded_window, select_seed):
    """The rest of the list arrives (rows appended, the count told) between a click and its article loading:
    the article clicked is shown, not the one shown before."""
    window = seeded_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(0))
    window.select_row(1)  # its article loads when the selection timer fires
    window._refreshed(window.model.rowCount(), window.model.rowCount())  # the list made whole meanwhile
    qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(1), timeout=30000)
    assert window.list_view.currentIndex().row() == 1


def test_a_metadata_part_of_hundreds_of_characters_is_cut(qtbot, window, import_and_wait, tmp_path):
    """A pasted paragraph as the outlet or the authors is cut, so the body stays in sight under the header."""
    row = _article(outlet="媒" * 500, published="2025-07-12", authors=["記者" * 10] * 30)
    assert metadata_line(row) == f"{'媒' * 100}… · 2025-07-12 · {'、'.join(['記者' * 10] * 30)[:100]}…"
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"title": "長い媒体", "outlet": "媒" * 500, "text": "日本と米国の首脳が会談した。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    window.resize(1200, 700)
    import_and_wait(window, [rows], expected_rows=1)
    reader = window.reader.reader
    qtbot.waitUntil(lambda: reader.meta.text().startswith("媒"), timeout=10000)
    assert len(reader.meta.text()) == 101
    assert reader.meta.height() < 6 * reader.meta.fontMetrics().lineSpacing()  # 500 characters took 16 lines
