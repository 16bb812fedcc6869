"""The reader's entity layer: highlights, legend, tooltips and the correction keys."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolTip

from core.model import Mention
from core.registry import Entity
from ui.common.entity_types import TYPE_OF_KEY, type_label
from ui.common.shortcuts import READER_KEYS
from ui.reader.highlighter import ArticleSpans, EntityHighlighter
from ui.reader.legend import LegendBar
from ui.reader.reader import ArticleReader

translate = QCoreApplication.translate

# ] and [ step the selection from name to name.
STEP_OF_KEY = {READER_KEYS["next_name"][0]: 1, READER_KEYS["previous_name"][0]: -1}

STATE_TEXT = {"proposed": QT_TRANSLATE_NOOP("EntityTooltip", "detected, not reviewed"),
              "accepted": QT_TRANSLATE_NOOP("EntityTooltip", "accepted")}


def mention_tooltip(mention: Mention, entity: Entity | None, day: str | None) -> str:
    """Rich text for hovering a mention: names, reading, type, office then or date value."""
    kind = escape(type_label(mention.type))  # an imported dataset may bring any type name
    lines = []
    if entity is not None:
        head = f"<b>{escape(entity.name)}</b>"
        if entity.en:
            head += f" · {escape(entity.en)}"
        lines.append(head)
        if entity.reading:
            lines.append(escape(entity.reading))
        office = entity.office_on(day) if entity.type == "PERSON" else None
        if office:
            title = escape(office.get("office") or "")
            if office.get("office_en"):
                title += f" ({escape(office['office_en'])})"
            kind += f" · {title}"
        lines.append(kind)
    else:
        lines.append(f"<b>{escape(mention.text)}</b>")
        if mention.type == "DATE":
            value = mention.value or translate("EntityTooltip", "not resolved")
            lines.append(f"{kind} · {escape(value)}")
        else:
            lines.append(f"{kind} · " + translate("EntityTooltip", "not linked to the registry (L to link)"))
    state = (translate("EntityTooltip", "added by you") if mention.origin == "user"
             else translate("EntityTooltip", STATE_TEXT.get(mention.state, "")) if mention.state in STATE_TEXT else "")
    if state:
        lines.append(f"<span style='color:gray'>{state}</span>")
    return "<br>".join(lines)


class EntityLayer(QObject):
    """Paints an article's mentions in the reader and turns keys into correction requests."""

    type_requested = Signal(str)  # 1–7: mark the selection (or re-type the mention) as a type
    reject_requested = Signal()  # Delete
    link_requested = Signal()  # L
    new_entity_requested = Signal()  # N
    step_requested = Signal(int)  # ] and [: the next (1) or previous (-1) name
    menu_requested = Signal(QPoint)  # global position of a context menu

    def __init__(self, reader: ArticleReader) -> None:
        super().__init__(reader)
        self.reader = reader
        self.body = reader.body
        self.spans = ArticleSpans("", [])
        self.entities: dict[str, Entity] = {}
        self.day: str | None = None
        self.legend = LegendBar()
        # Between the rule under the header and the body.
        reader.layout().insertWidget(0, self.legend)  # stays while the article scrolls
        # a long article is painted from the paragraph at the top of the screen
        self.highlighter = EntityHighlighter(self.body.document(), self.body.palette(),
                                             lambda: self.body.cursorForPosition(QPoint(0, 0)).blockNumber())
        self.legend.changed.connect(self.repaint)
        # A caret the keyboard can move, so keys act on the mention under it.
        self.body.setTextInteractionFlags(
            Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard | Qt.LinksAccessibleByMouse)
        self.body.setContextMenuPolicy(Qt.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._context_menu)
        self.viewport = self.body.viewport()
        self.body.installEventFilter(self)
        self.viewport.installEventFilter(self)

    def show(self, body: str, mentions: list[Mention], entities: dict[str, Entity], day: str | None) -> None:
        """Paint these mentions over the body the reader shows."""
        self.spans = ArticleSpans(body, mentions)
        self.entities, self.day = entities, day
        self.repaint()

    def repaint(self) -> None:
        """Paint again (types toggled, mentions changed)."""
        self.highlighter.set_pieces(self.spans.block_pieces(self.legend.hidden()),
                                    self.spans.block_lengths())

    def palette_changed(self) -> None:
        self.highlighter.set_palette(self.body.palette())

    # where the user points ------------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        """The selected body span without surrounding white space, or None."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.spans.to_body(cursor.selectionStart())
        end = self.spans.to_body(cursor.selectionEnd())
        text = self.spans.body
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def targets(self) -> list[dict]:
        """The mentions a key acts on: those in the selection, else the one at the caret."""
        cursor = self.body.textCursor()
        if cursor.hasSelection():
            span = self.selection()
            return self.spans.overlapping(*span) if span else []
        offset = self.spans.to_body(cursor.position())
        found = self.spans.at(offset) or (self.spans.at(offset - 1) if offset else [])
        return found[:1]

    def step_name(self, direction: int) -> tuple[int, int] | None:
        """Select the next (1) or previous (-1) highlighted name from the caret or selection, so the keys that
        correct a name act on it without the mouse; None (nothing moves) past the last or first name."""
        hidden = self.legend.hidden()
        spans = sorted({(m.start, m.end) for m in self.spans.mentions if m.type not in hidden})
        cursor = self.body.textCursor()
        here = self.spans.to_body(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        if direction > 0:
            found = next((s for s in spans if s[0] > here or (s[0] == here and not cursor.hasSelection())), None)
        else:
            found = next((s for s in reversed(spans) if s[0] < here), None)
        if found is not None:
            self.select_span(*found)
        return found

    def mention_at_point(self, pos: QPoint) -> Mention | None:
        """The mention under a viewport point, or None."""
        offset = self._char_at(pos)
        found = self.spans.at(offset) if offset is not None else []
        return found[0] if found else None

    def _char_at(self, pos: QPoint) -> int | None:
        scroll = QPointF(self.body.horizontalScrollBar().value(), self.body.verticalScrollBar().value())
        if self.body.document().documentLayout().hitTest(QPointF(pos) + scroll, Qt.ExactHit) < 0:
            return None
        cursor = self.body.cursorForPosition(pos)
        position = cursor.position()
        if pos.x() < self.body.cursorRect(cursor).x() and position > 0:
            position -= 1  # the point is on the character before the caret's place
        return self.spans.to_body(position)

    def select_span(self, start: int, end: int) -> None:
        """Select a body span in the reader and scroll it into view."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(self.spans.to_document(start))
        cursor.setPosition(self.spans.to_document(end), QTextCursor.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()

    def tooltip(self, mention: Mention) -> str:
        return mention_tooltip(mention, self.entities.get(mention.entity_id or ""), self.day)

    # events ---------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        # Compares the wrappers only: during teardown the C++ widgets may already be gone.
        if obj is self.viewport and event.type() == QEvent.ToolTip:
            mention = self.mention_at_point(event.pos())
            if mention is None:
                QToolTip.hideText()
                return False  # no name here: another mark (a meeting's) may explain itself
            QToolTip.showText(event.globalPos(), self.tooltip(mention), self.viewport)
            return True
        if obj is self.body and event.type() == QEvent.KeyPress:
            return self._key(event)
        if obj is self.body and event.type() == QEvent.PaletteChange:
            self.palette_changed()
        return super().eventFilter(obj, event)

    def _key(self, event) -> bool:
        if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            return False
        key, text = event.key(), event.text().upper()
        if text in TYPE_OF_KEY:
            self.type_requested.emit(TYPE_OF_KEY[text])
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            self.reject_requested.emit()
        elif text == "L":
            self.link_requested.emit()
        elif text == "N":
            self.new_entity_requested.emit()
        elif text in STEP_OF_KEY:
            self.step_requested.emit(STEP_OF_KEY[text])
        else:
            return False
        return True

    def _context_menu(self, pos: QPoint) -> None:
        # Right-click on a mention outside the selection acts on that mention.
        mention = self.mention_at_point(pos)
        span = self.selection()
        inside = span and mention and span[0] <= mention.start < span[1]
        if mention is not None and not inside:
            self.select_span(mention.start, mention.end)
        self.menu_requested.emit(self.body.viewport().mapToGlobal(pos))
