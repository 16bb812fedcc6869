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
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=30000)
    assert window.reader.reader.title.text().startswith("米中首脳が11日")


def test_list_rows_read_a_snippet_only_for_untitled_articles(tmp_path, library_of):
    """The list's page of rows carries the body's first words of an untitled article (its line breaks as
    spaces) and none for a titled one, whose body it need not read."""
    from core.store import open_db
    from core.store.article_list import list_rows

    folder = tmp_path / "dump"
    folder.mkdir()
    untitled = "米中首脳が11日、電話会談した。\n両首脳は貿易問題について協議した。"
    titled = {"title": "日米外相が会談", "text": "日米外相は12日、東京で会談した。\n両外相は協力を確認した。"}
    lines = [json.dumps({"text": untitled}, ensure_ascii=False), json.dumps(titled, ensure_ascii=False)]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_db(library_of([folder]))
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    rows = list_rows(db, ids)
    by_title = {row["title"] or None: row for row in rows.values()}
    snippet = by_title[None]["snippet"]
    assert snippet.startswith("米中首脳が11日") and "\n" not in snippet and len(snippet) <= 40
    assert "両首脳" in snippet  # the second paragraph's start, after a space
    assert by_title["日米外相が会談"]["snippet"] is None
    db.close()
