"""Helpers for the entity tests: highlights as painted, mentions as stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from core.model import Mention
from core.store.mentions import mentions_for


def painted(window) -> list[tuple[int, int, str]]:
    """(document position, length, colour name) of every entity highlight (a tint) the reader paints.

    Claim marks only underline; where one crosses a name the name's run is split, so
    adjacent runs of one colour are joined again.
    """
    out: list[tuple[int, int, str]] = []
    block = window.reader.reader.body.document().firstBlock()
    while block.isValid():
        for r in sorted(block.layout().formats(), key=lambda r: r.start):
            if r.format.background().style() == Qt.NoBrush:
                continue
            position, colour = block.position() + r.start, r.format.background().color().name()
            if out and out[-1][0] + out[-1][1] == position and out[-1][2] == colour:
                out[-1] = (out[-1][0], out[-1][1] + r.length, colour)
            else:
                out.append((position, r.length, colour))
        block = block.next()
    return out


def painted_text(window) -> set[str]:
    """The highlighted pieces of text."""
    text = window.reader.reader.body.toPlainText()
    # Document positions are UTF-16 units: slice the UTF-16 encoding.
    units = text.encode("utf-16-le")
    return {units[2 * p: 2 * (p + n)].decode("utf-16-le") for p, n, _c in painted(window)}


def stored(window, with_rejected: bool = True) -> list[Mention]:
    return mentions_for(window.db, window.reader.article_id, with_rejected=with_rejected)


def find(mentions: list[Mention], text: str, **fields) -> Mention | None:
    """The first mention with this text (and fields)."""
    return next((m for m in mentions if m.text == text
                 and all(getattr(m, k) == v for k, v in fields.items())), None)


def put_caret(window, offset: int) -> None:
    """Put the reader's caret at a body offset (code points)."""
    layer = window.entities.layer
    cursor = QTextCursor(layer.body.document())
    cursor.setPosition(layer.spans.to_document(offset))
    layer.body.setTextCursor(cursor)
