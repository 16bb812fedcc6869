"""Helpers for the claim tests: selecting in the reader, claims as stored."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from core.model import Claim
from core.store.claims import claims_for

QUOTE = "「われわれは2つの大国であり、合意できない問題は常に存在する。"


def select_text(window, text: str, end_text: str | None = None) -> tuple[int, int]:
    """Select body text in the reader (from text to the end of end_text), as a user would."""
    body = window.reader.reader.body_text()
    start = body.index(text)
    end = body.index(end_text, start) + len(end_text) if end_text else start + len(text)
    window.entities.layer.select_span(start, end)
    window.entities.layer.body.setFocus()
    return start, end


def stored_claims(window, states=("accepted",)) -> list[Claim]:
    return claims_for(window.db, window.reader.article_id, states)


def caret_off_names(window, claim: Claim) -> int:
    """A body offset inside the claim where no entity name is under (or just before) the caret."""
    spans = window.entities.layer.spans
    for offset in range(claim.start + 1, claim.end):
        if not spans.at(offset) and not spans.at(offset - 1):
            return offset
    raise AssertionError("no offset outside names")


def put_caret(window, offset: int) -> None:
    layer = window.entities.layer
    cursor = QTextCursor(layer.body.document())
    cursor.setPosition(layer.spans.to_document(offset))
    layer.body.setTextCursor(cursor)
    layer.body.setFocus()


def type_japanese(widget, text: str) -> None:
    """Type text as a Japanese input method commits it (QTest's key clicks are ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
