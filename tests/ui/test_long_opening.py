"""A very long article opens at the cost of what the screen shows: its mentions read in one query, the highlights
of the screen painted first and no more, the entity panel's thousands of names listed once the text is painted;
a title of hundreds of characters is shown cut, whole on hover."""

from __future__ import annotations

import re

from core.article import Article
from core.model import Mention
from core.store import open_db
from core.store.articles import insert_article
from core.store.mentions import mentions_for, replace_detected
from core.store.records import record_of
from tests.ui.test_long_article import highlighted, news_paragraphs, painted
from ui.common.plain import tooltip, visible
from ui.entities.controller import PANEL_AFTER_PAINT
from ui.reader.highlighter import SCREEN_STEP, ArticleSpans
from ui.reader.reader import TITLE_SHOWN

NAMES = re.compile("日本|中国|政府|首相|大統領|外相|会談")
PARTICLES = re.compile("[のがはを]")  # not names, but as many as a transcript's mentions


def library_with(path, articles: list[tuple[str, str]], names: re.Pattern = NAMES) -> list[int]:
    """A library of (title, body) articles, each with a detected mention on every match of names; their ids."""
    db = open_db(path)
    ids = []
    for title, body in articles:
        article_id, _new = insert_article(db, Article(source=f"{len(ids)}.txt", source_format="txt", raw=body,
                                                      title=title, paragraphs=body.split("\n")))
        stored = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        found = [Mention(m.start(), m.end(), m.group(), "GPE", source="test") for m in names.finditer(stored)]
        replace_detected(db, article_id, stored, found, 1)
        ids.append(article_id)
    db.close()
    return ids


def test_mentions_are_read_whole_in_reading_order(tmp_path):
    (article_id,) = library_with(tmp_path / "library.db", [("会談", "日本と中国の首相が会談した。\n外相も同席した。")])
    db = open_db(tmp_path / "library.db")
    rows = db.query("SELECT * FROM mentions WHERE article_id = ? ORDER BY start_char", [article_id])
    assert mentions_for(db, article_id) == [record_of(Mention, r) for r in rows]  # every field, as a record
    assert [m.text for m in mentions_for(db, article_id)] == ["日本", "中国", "首相", "会談", "外相"]


def test_pieces_are_placed_alike_with_and_without_characters_outside_the_bmp():
    body = "日本と中国。\n首相が\n会談した𠮷日本"
    mentions = [Mention(0, 2, "日本", "GPE"), Mention(3, 5, "中国", "GPE"), Mention(5, 9, "。\n首相", "ORG"),
                Mention(13, 15, "した", "ORG"), Mention(16, 18, "日本", "GPE")]
    pieces = ArticleSpans(body, mentions).block_pieces()
    assert pieces == {0: [(0, 2, "GPE", False), (3, 2, "GPE", False), (5, 1, "ORG", False)],
                      1: [(0, 2, "ORG", False)], 2: [(2, 2, "ORG", False), (6, 2, "GPE", False)]}  # 𠮷 two units
    plain = body.replace("𠮷", "吉")
    assert ArticleSpans(plain, mentions).block_pieces()[2] == [(2, 2, "ORG", False), (5, 2, "GPE", False)]


def test_a_long_article_paints_a_screen_of_text_at_once_and_no_more(qtbot):
    body = news_paragraphs(SCREEN_STEP * 20)
    document, highlighter, _spans = highlighted(qtbot, body)
    block = document.begin()
    while block.isValid() and block.position() < SCREEN_STEP * 2:  # past the first step's paragraphs
        block = block.next()
    assert painted(document.begin()) and block.isValid() and not painted(block)
    qtbot.waitUntil(lambda: highlighter.unpainted == 0, timeout=30000)
    assert painted(block) or "日本" not in block.text()


def test_a_body_with_line_breaks_is_shown_as_it_is_without_a_copy():
    body = "日本と中国。\n外相が会談した。\t了"
    assert visible(body) is body
    assert visible("a\x1b[31mb\nc") == "a\ufffd[31mb\nc"


def test_many_names_are_listed_once_the_text_is_painted_and_a_short_article_lists_at_once(
        qtbot, tmp_path, make_window):
    long_body = news_paragraphs(60_000)
    assert len(PARTICLES.findall(long_body)) > PANEL_AFTER_PAINT
    long_id, short_id = library_with(tmp_path / "library.db", [("長い記録", long_body), ("短い記事", "日米の外相が会談")],
                                     PARTICLES)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.reader.article_id is not None, timeout=10000)
    panel = window.entities.panel
    window.go_to_article(short_id)
    assert [g.name for g in panel.groups] == ["の", "が"]  # filled with the opening
    window.go_to_article(long_id)
    assert window.reader.article_id == long_id
    assert panel.groups == [] and panel.tree.topLevelItemCount() == 0  # not yet: the text comes first, and
    # meanwhile no entry of the article before, whose span chosen would select other words of this one
    qtbot.waitUntil(lambda: panel.article_id == long_id, timeout=10000)
    assert sum(len(g.mentions) for g in panel.groups) == len(PARTICLES.findall(long_body))
    # an article opened before the long one's list came keeps its own
    window.go_to_article(short_id)
    window.go_to_article(long_id)
    window.go_to_article(short_id)
    qtbot.wait(400)
    assert panel.article_id == short_id and len(panel.groups) == 2


def test_a_title_hundreds_of_characters_long_is_cut_and_whole_on_hover(qtbot, tmp_path, make_window):
    title = "<b>日米首脳会談</b>" + "両首脳は安全保障と経済で協力を確認した" * 20
    library_with(tmp_path / "library.db", [(title, "日本と中国の外相が会談した。"), ("短い見出し", "首相が会談した。")])
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.reader.article_id is not None, timeout=10000)
    reader = window.reader.reader
    for row in range(2):
        window.select_row(row)
        qtbot.waitUntil(lambda: window.reader.article_id == window.model.article_id(row), timeout=5000)
        if window.reader.row.title == title:
            assert reader.title.text() == title[:TITLE_SHOWN] + "…"
            assert reader.title.toolTip() == tooltip(title)  # whole, as plain text
            assert reader.pinned.title.whole_text() == title
        else:
            assert reader.title.text() == "短い見出し" and reader.title.toolTip() == ""
