"""Control characters in an article's title, outlet and body (BEL, ESC, a terminal's colour codes) show as a
visible mark in the list and the reader, never as empty boxes; what is stored and every offset stay as they are."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex

from core.store.articles import get_article
from tests.ui.entity_helpers import painted_text
from ui.common.plain import MARK

TITLE = "米中\x07外相\x1b[31m会談\x1b[0m\x01 <b>速報</b>"
BODY = ("ルビオ米国務長官と中国の王毅外相は11日、\x07マレーシアの首都クアラルンプールで初めて対面で会談した。"
        "\x1b[31m両国\x1b[0mの貿易摩擦が激化する中、\x7f\x85<b>会談</b>した。\n両外相は約1時間会談した。\t「協力する」と述べた。")


def _no_controls(text: str) -> bool:
    return not any(ord(c) < 0x20 and c not in "\t\n" or 0x7F <= ord(c) < 0xA0 for c in text)


def test_control_characters_show_as_a_mark_and_nothing_stored_moves(qtbot, window, import_and_wait, tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"title": TITLE, "body": BODY, "published": "2025-07-11", "outlet": "テスト\x07通信"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    import_and_wait(window, [rows], expected_rows=1)
    window.select_row(0)
    qtbot.waitUntil(lambda: window.reader.article_id is not None, timeout=30000)
    article = get_article(window.db, window.reader.article_id)
    assert article.title == TITLE and "\x07" in article.body  # stored as it came

    listed = [window.model.index(0, c, QModelIndex()).data() for c in (0, 1)]
    assert listed == ["米中�外相�[31m会談�[0m� <b>速報</b>", "テスト�通信"]
    reader = window.reader.reader
    assert reader.title.text() == listed[0] and reader.meta.text().startswith("テスト�通信")
    shown = reader.body.toPlainText()
    assert _no_controls(shown) and shown.count(MARK) == 5
    # one character for one: the text after each mark keeps its place, and so do the highlights
    assert len(shown) == len(article.body.replace("\n\n", "\n"))
    assert "マレーシア" in painted_text(window) or "クアラルンプール" in painted_text(window)
    assert "\t" in shown  # a tab is text, not a control to hide
