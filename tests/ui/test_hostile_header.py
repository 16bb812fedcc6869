"""A page whose thousands of lines were all taken for captions, or whose title is a page long, opens like any
other: the reader's header and the list show the first of it, cut short, and say how much more there is."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from core.article import Article
from core.store import open_db
from core.store.articles import insert_article

CAPTION = "ルビオ米国務長官と中国の王毅外相は11日、クアラルンプールで会談した。"


def test_a_page_of_captions_and_a_page_long_title_open_with_a_short_header(qtbot, tmp_path, make_window):
    db = open_db(tmp_path / "library.db")
    title = "米中外相会談" * 20_000
    insert_article(db, Article(source="flood.txt", source_format="txt", raw="本文", title=title,
                               captions=[f"{n}: {CAPTION}" for n in range(20_000)],
                               paragraphs=["両外相は約1時間会談した。"]))
    db.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.select_row(0)
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=30000)
    reader = window.reader.reader
    lines = reader.captions.text().split("\n")
    assert lines[0].startswith("0: ルビオ") and lines[-1] == "… 19,994 more captions"
    assert len(reader.captions.text()) < 3000
    assert reader.title.text().startswith("米中外相会談") and reader.title.text().endswith("…")
    assert len(reader.title.text()) < 1000
    cell = window.model.index(0, 0, QModelIndex()).data()
    assert cell.startswith("米中外相会談") and len(cell) < 1000
    assert reader.body_text() == "両外相は約1時間会談した。"
