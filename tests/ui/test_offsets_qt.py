"""Kaidan's UTF-16 offsets agree with Qt's own counting."""

from PySide6.QtGui import QTextDocument

from core.offsets import from_utf16, to_utf16, utf16_length

TEXT = "𠮷野家で米中会談、𠮷田氏も同席"


def test_agrees_with_qtextdocument(qapp):
    document = QTextDocument()
    document.setPlainText(TEXT)
    cursor = document.find("会談")
    start = TEXT.index("会談")
    assert cursor.selectionStart() == to_utf16(TEXT, start)
    assert from_utf16(TEXT, cursor.selectionEnd()) == start + 2
    assert document.characterCount() - 1 == utf16_length(TEXT)


def test_article_spans_know_where_each_paragraph_starts():
    from ui.reader.highlighter import ArticleSpans

    body = "第一段落。\n𠮷田氏\n\n最後\n"
    assert ArticleSpans(body, []).block_starts == [0, 6, 10, 11, 14]
    assert ArticleSpans("", []).block_starts == [0]
    assert ArticleSpans(body, []).block_lengths() == [5, 3, 0, 2, 0]
