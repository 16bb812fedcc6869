"""An untitled article is listed by its first words, cleanly, and marked as having no title."""

import json

from PySide6.QtCore import Qt

from ui.reader.untitled import first_words


def test_first_words_drop_datelines_and_stray_brackets():
    assert first_words("（米中首脳が11日、電話会談した。") == "米中首脳が11日、電話会談した。…"
    assert first_words("【北京共同】 中国外務省は12日、会見で") == "中国外務省は12日、会見で…"
    assert first_words("「対話を続ける」と述べた") == "対話を続ける」と述べた…"
    assert first_words("   ") == "" and first_words(None) == ""


def test_untitled_article_is_listed_cleanly_and_marked(qtbot, tmp_path, library_of, make_window):
    folder = tmp_path / "dump"
    folder.mkdir()
    body = "（米中首脳が11日、電話会談した。両首脳は貿易問題について協議した。"
    (folder / "dump.jsonl").write_text(json.dumps({"text": body}, ensure_ascii=False) + "\n", encoding="utf-8")
    library_of([folder])
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    index = window.model.index(0, 0)
    qtbot.waitUntil(lambda: bool(index.data()))
    shown = index.data()
    assert shown.startswith("米中首脳が11日") and shown.endswith("…")
    assert index.data(Qt.FontRole).italic()
    assert "No title" in index.data(Qt.ToolTipRole)
    # Clicking it opens the article; the reader says the same.
    view = window.list_view
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=5000)
    assert window.reader.reader.title.text().startswith("米中首脳が11日")
