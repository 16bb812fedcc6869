"""Meeting mentions in the reader: a dotted overline above each, and G to attach one to a meeting.

Drawn on a transparent sheet over the viewport rather than by the highlighter, so the
marks never fight the entity tints and claim underlines for the same character format.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QToolTip

from core.model import MeetingMention
from ui.reader.highlighter import ArticleSpans
from ui.reader.reader import ArticleReader
from ui.common.theme import mark_colour
from ui.common.viewport_sheet import ViewportSheet

OVERLINE_GAP = 2  # pixels above the line's ink


class MeetingMarks(ViewportSheet):
    """Paints the overlines; transparent to the mouse."""

    def __init__(self, layer: "MeetingMentionLayer") -> None:
        super().__init__(layer.body.viewport())
        self.layer = layer

    def segments(self, mention: MeetingMention) -> list[tuple[float, float, float]]:
        """(left, right, top) in viewport pixels of each line a mention covers."""
        body, spans = self.layer.body, self.layer.spans
        document = body.document()
        start, end = spans.to_document(mention.start), spans.to_document(mention.end)
        dx, dy = body.horizontalScrollBar().value(), body.verticalScrollBar().value()
        out = []
        block = document.findBlock(start)
        while block.isValid() and block.position() <= end:
            layout = block.layout()
            origin = layout.position()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                a = max(start - block.position(), line.textStart())
                b = min(end - block.position(), line.textStart() + line.textLength())
                if a >= b:
                    continue
                left, right = line.cursorToX(a)[0], line.cursorToX(b)[0]  # PySide returns (x, position)
                # The ink starts below the line's leading: JP line height adds space above.
                top = origin.y() + line.y() + line.height() - line.ascent() - line.descent() - OVERLINE_GAP
                out.append((origin.x() + left - dx, origin.x() + right - dx, top - dy))
            block = block.next()
        return out

    def paintEvent(self, _event) -> None:
        if not self.layer.mentions or not self.layer.visible:
            return
        painter = QPainter(self)
        palette = self.layer.body.palette()
        for mention in self.layer.mentions:
            pen = QPen(mark_colour(bool(mention.meeting_id), palette), 2, Qt.DotLine)
            pen.setCapStyle(Qt.FlatCap)
            painter.setPen(pen)
            for left, right, top in self.segments(mention):
                if -4 <= top <= self.height() + 4:
                    painter.drawLine(QPointF(left, top), QPointF(right, top))
        painter.end()


class MeetingMentionLayer(QObject):
    """Holds the article's meeting mentions, draws them and turns G into a request."""

    attach_requested = Signal()

    def __init__(self, reader: ArticleReader) -> None:
        super().__init__(reader)
        self.body = reader.body
        self.spans = ArticleSpans("", [])
        self.mentions: list[MeetingMention] = []
        self.labels: dict[int, str] = {}
        self.visible = True
        self.marks = MeetingMarks(self)
        self.viewport = self.body.viewport()
        self.viewport.installEventFilter(self)
        self.body.installEventFilter(self)
        self.body.verticalScrollBar().valueChanged.connect(self.marks.update)
        self.body.document().documentLayout().documentSizeChanged.connect(self.marks.update)

    def show(self, body: str, mentions: list[MeetingMention], labels: dict[int, str] | None = None) -> None:
        """Mark these meeting mentions over the body the reader shows."""
        self.spans = ArticleSpans(body, [])
        self.mentions = mentions
        self.labels = labels or {}
        self.marks.raise_()
        self.marks.update()

    def at(self, offset: int) -> MeetingMention | None:
        """The shortest meeting mention covering a body offset (one tied to a meeting first)."""
        found = [m for m in self.mentions if m.start <= offset < m.end]
        return min(found, key=lambda m: (m.end - m.start, not m.meeting_id)) if found else None

    def at_caret(self) -> MeetingMention | None:
        """The meeting mention at the caret (or just before it), or inside the selection."""
        cursor = self.body.textCursor()
        if cursor.hasSelection():
            start = self.spans.to_body(cursor.selectionStart())
            end = self.spans.to_body(cursor.selectionEnd())
            found = [m for m in self.mentions if m.start < end and start < m.end]
            return found[0] if len(found) == 1 else None
        offset = self.spans.to_body(cursor.position())
        return self.at(offset) or (self.at(offset - 1) if offset else None)

    def selection(self) -> tuple[int, int] | None:
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.spans.to_body(cursor.selectionStart()), self.spans.to_body(cursor.selectionEnd())
        text = self.spans.body
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select a body span and scroll it into the middle of the reader."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(self.spans.to_document(min(start, len(self.spans.body))))
        cursor.setPosition(self.spans.to_document(min(end, len(self.spans.body))), QTextCursor.KeepAnchor)
        self.body.setTextCursor(cursor)
        rect = self.body.cursorRect(cursor)
        bar = self.body.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport.height() // 2)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.viewport and kind == QEvent.ToolTip:
            return self._tooltip(event)
        elif obj is self.body and kind == QEvent.KeyPress:
            if not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier) \
                    and event.text().upper() == "G":
                self.attach_requested.emit()
                return True
        return super().eventFilter(obj, event)

    def _tooltip(self, event) -> bool:
        # The overline band and the words under it (names there keep their own entity tooltips).
        pos = event.pos()
        below = self.body.fontMetrics().height() + 4
        for mention in self.mentions:
            for left, right, top in self.marks.segments(mention):
                if left <= pos.x() <= right and top - 6 <= pos.y() <= top + below:
                    label = self.labels.get(mention.meeting_id or 0)
                    text = (self.tr("Meeting: {label}").format(label=label) if label
                            else self.tr("Meeting mention, not tied to a meeting yet"))
                    hint = self.tr("G: attach to a meeting…")
                    QToolTip.showText(event.globalPos(), f"{escape(text)}<br><span style='color:gray'>"
                                      f"{escape(hint)}</span>", self.viewport)
                    return True
        return False
