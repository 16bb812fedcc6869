"""A very long article: its highlights are painted where it is read first and the rest in later turns of the
event loop; one too long to analyse whole says so when it opens."""

from __future__ import annotations

import json

import core.analysis_limit
from PySide6.QtWidgets import QTextEdit

from core.model import Mention
from tests.shared_data import SHARED, require
from tests.ui.waits import timers_due
from ui.reader.highlighter import PAINT_STEP, ArticleSpans, EntityHighlighter

WORD = "日本"


def news_paragraphs(chars: int) -> str:
    """Real news paragraphs, the Wikinews articles one after another (again from the first) up to chars."""
    paragraphs = []
    for path in sorted(require(SHARED / "corpus" / "wikinews" / "txt").glob("*.txt")):
        paragraphs += [line for line in path.read_text(encoding="utf-8").splitlines()[2:] if line.strip()]
    text = "\n".join(paragraphs)
    return "\n".join([text] * (chars // len(text) + 1))[:chars]


def painted(block) -> list[tuple[int, int, str]]:
    return sorted((r.start, r.length, r.format.background().color().name()) for r in block.layout().formats())


def highlighted(qtbot, body: str, first_shown=None):
    """A text box showing body, every WORD in it a GPE mention, painted by the reader's highlighter."""
    view = QTextEdit()
    qtbot.addWidget(view)
    view.setPlainText(body)
    mentions, at = [], body.find(WORD)
    while at >= 0:
        mentions.append(Mention(at, at + len(WORD), WORD, "GPE"))
        at = body.find(WORD, at + len(WORD))
    spans = ArticleSpans(body, mentions)
    highlighter = EntityHighlighter(view.document(), view.palette(), *([first_shown] if first_shown else []))
    highlighter.set_pieces(spans.block_pieces(), spans.block_lengths())
    highlighter.view = view  # the box lives as long as the test holds its highlighter
    return view.document(), highlighter, spans


def blocks_with_word(document) -> list:
    block, out = document.begin(), []
    while block.isValid():
        if WORD in block.text():
            out.append(block)
        block = block.next()
    return out


def test_a_long_article_is_painted_from_the_screen_on_and_whole_in_later_turns(qtbot):
    body = news_paragraphs(PAINT_STEP * 4)
    document, highlighter, _spans = highlighted(qtbot, body)
    marked = blocks_with_word(document)
    assert painted(marked[0]) and not painted(marked[-1])  # the top at once, the far end not yet
    assert 0 < highlighter.unpainted < document.blockCount()
    qtbot.waitUntil(lambda: highlighter.unpainted == 0, timeout=30000)
    for block in marked:  # every WORD tinted, exactly where it stands
        starts = {r[0] for r in painted(block)}
        text, at = block.text(), block.text().find(WORD)
        while at >= 0:
            assert len(text[:at].encode("utf-16-le")) // 2 in starts
            at = text.find(WORD, at + 1)


def test_a_long_article_scrolled_down_paints_the_paragraphs_on_the_screen_first(qtbot):
    body = news_paragraphs(PAINT_STEP * 4)
    lines = body.count("\n") + 1
    middle = lines // 2
    document, highlighter, _spans = highlighted(qtbot, body, first_shown=lambda: middle)
    marked = blocks_with_word(document)
    shown = next(b for b in marked if b.blockNumber() >= middle)
    assert painted(shown) and not painted(marked[0])  # the screen first; the top waits
    qtbot.waitUntil(lambda: highlighter.unpainted == 0, timeout=30000)
    assert all(painted(block) for block in marked)


def test_a_new_text_ends_the_painting_of_the_last(qtbot):
    body = news_paragraphs(PAINT_STEP * 4)
    document, highlighter, spans = highlighted(qtbot, body)
    short = "日本と中国の外相が会談した。"
    document.setPlainText(short)
    new = ArticleSpans(short, [Mention(0, 2, "日本", "GPE"), Mention(3, 5, "中国", "GPE")])
    highlighter.set_pieces(new.block_pieces(), new.block_lengths())
    assert highlighter.unpainted == 0  # short: painted at once
    timers_due(qtbot, 50)  # the long text's next step, queued before, would have run by now
    assert [r[:2] for r in painted(document.begin())] == [(0, 2), (3, 2)]


def test_opening_a_text_too_long_to_analyse_whole_says_so(qtbot, tmp_path, monkeypatch, library_of, make_window):
    monkeypatch.setattr(core.analysis_limit, "ANALYSIS_LIMIT", 20_000)
    folder = tmp_path / "long"
    folder.mkdir()
    row = {"title": "長い記録", "text": news_paragraphs(50_000)}
    (folder / "long.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    library_of([folder])
    window = make_window()
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=10000)
    message = window.statusBar().currentMessage()
    assert "too long to analyse whole" in message and "20,000" not in message and "first 19," in message
