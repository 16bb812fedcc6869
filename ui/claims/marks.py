"""Claims in the reader: stance-coloured underlines and margin bars, dashed candidates, claim keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextCharFormat, QTextCursor

from core.model import Claim
from ui.entities.reader_layer import EntityLayer
from ui.reader.highlighter import ArticleSpans
from ui.common.theme import is_dark_palette
from ui.common.viewport_sheet import ViewportSheet

BAR_X, BAR_WIDTH = 9, 4


def candidate_colour(palette: QPalette) -> QColor:
    """Candidates are Kaidan's guesses: a quiet grey that is still visible on both themes."""
    return QColor("#9aa0a8" if is_dark_palette(palette) else "#7d7a74")


def stance_colour(claim: Claim, colours: dict[str, str], palette: QPalette) -> QColor:
    """The claim's stance colour, lighter on a dark base; a neutral ink while no stance is set."""
    value = colours.get(claim.stance or "")
    if value is None:
        return QColor("#b8b4ac" if is_dark_palette(palette) else "#55524c")
    colour = QColor(value)
    return colour.lighter(150) if is_dark_palette(palette) else colour


class ClaimMargin(ViewportSheet):
    """A transparent sheet over the reader's viewport that draws a bar beside each claim's lines."""

    def __init__(self, layer: "ClaimLayer") -> None:
        super().__init__(layer.body.viewport())
        self.layer = layer

    def bar_rect(self, claim: Claim) -> QRect:
        """Where the bar of a claim goes, in viewport coordinates."""
        body, spans = self.layer.body, self.layer.spans
        cursor = QTextCursor(body.document())
        cursor.setPosition(spans.to_document(claim.start))
        top = body.cursorRect(cursor).top()
        cursor.setPosition(spans.to_document(claim.end))
        bottom = body.cursorRect(cursor).bottom()
        return QRect(BAR_X, top, BAR_WIDTH, max(bottom - top, 4))

    def paintEvent(self, _event) -> None:
        if not self.layer.claims:
            return
        painter = QPainter(self)
        palette = self.layer.body.palette()
        for claim in self.layer.claims:
            rect = self.bar_rect(claim)
            if rect.bottom() < 0 or rect.top() > self.height():
                continue
            if claim.state == "candidate":
                pen = QPen(candidate_colour(palette), 2, Qt.DashLine)
                painter.setPen(pen)
                painter.drawLine(rect.center().x(), rect.top(), rect.center().x(), rect.bottom())
            else:
                painter.fillRect(rect, stance_colour(claim, self.layer.colours, palette))
        painter.end()


class ClaimLayer(QObject):
    """Paints an article's claims and candidates, and turns C / Enter / Delete into requests."""

    claim_requested = Signal()  # C: a claim from the selection (or edit the one at the caret)
    accept_requested = Signal(int)  # Enter in a candidate or claim: its id
    remove_requested = Signal(int)  # Delete in a candidate (dismiss) or claim (delete), off any name

    def __init__(self, entity_layer: EntityLayer) -> None:
        super().__init__(entity_layer)
        self.entity_layer = entity_layer
        self.body = entity_layer.body
        self.highlighter = entity_layer.highlighter
        self.spans = ArticleSpans("", [])
        self.claims: list[Claim] = []
        self.colours: dict[str, str] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}
        self.margin = ClaimMargin(self)
        # Installed after the entity layer's filter, so this one sees keys first.
        self.body.installEventFilter(self)
        self.body.verticalScrollBar().valueChanged.connect(self.margin.update)
        self.body.document().documentLayout().documentSizeChanged.connect(self.margin.update)

    def show(self, body: str, claims: list[Claim], colours: dict[str, str]) -> None:
        """Paint these claims (accepted and candidates) over the body the reader shows."""
        self.spans = ArticleSpans(body, [])
        self.claims, self.colours = claims, colours
        self._formats.clear()
        self.repaint()

    def repaint(self) -> None:
        pieces = self.spans.split(self.claims, self._style)
        self.highlighter.set_claim_pieces(pieces, self.spans.block_lengths(), self._format)
        self.margin.update()

    def _style(self, claim: Claim) -> tuple[str, str]:
        if claim.state == "candidate":
            return ("candidate", "")
        return ("claim", stance_colour(claim, self.colours, self.body.palette()).name())

    def _format(self, style: str, colour: str) -> QTextCharFormat:
        fmt = self._formats.get((style, colour))
        if fmt is None:
            fmt = QTextCharFormat()
            if style == "candidate":
                fmt.setUnderlineStyle(QTextCharFormat.DashUnderline)
                fmt.setUnderlineColor(candidate_colour(self.body.palette()))
            else:
                fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                fmt.setUnderlineColor(QColor(colour))
            self._formats[(style, colour)] = fmt
        return fmt

    # where the user points ------------------------------------------------------------

    def caret_offset(self) -> int:
        return self.spans.to_body(self.body.textCursor().position())

    def at(self, offset: int) -> list[dict]:
        """Claims covering a body offset, the shortest (innermost) first."""
        found = [c for c in self.claims if c.start <= offset < c.end]
        return sorted(found, key=lambda c: c.end - c.start)

    def at_caret(self) -> dict | None:
        """The innermost claim or candidate under the caret (or just before it); with text selected, the one whose
        whole text it is (as a saved claim, a row chosen in the panel or the claims browser leave it selected)."""
        if self.body.textCursor().hasSelection():
            span = self.entity_layer.selection()
            return next((c for c in self.claims if (c.start, c.end) == span), None)
        offset = self.caret_offset()
        found = self.at(offset) or (self.at(offset - 1) if offset else [])
        return found[0] if found else None

    def overlapping(self, start: int, end: int) -> list[dict]:
        return [c for c in self.claims if c.start < end and start < c.end]

    # events ---------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        if obj is self.body and event.type() == QEvent.KeyPress:
            return self._key(event)
        elif obj is self.body and event.type() == QEvent.PaletteChange:
            self._formats.clear()
            self.repaint()
        return super().eventFilter(obj, event)

    def _name_first(self) -> bool:
        """Whether Delete is the entity layer's: a name at the caret is the innermost thing, and so is a selected
        name; a selected claim is the claim's, never a rejection of every name its quote holds."""
        if not self.body.textCursor().hasSelection():
            return bool(self.entity_layer.targets())
        span = self.entity_layer.selection()
        return any((m.start, m.end) == span for m in self.entity_layer.targets())

    def _key(self, event) -> bool:
        if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            return False
        key = event.key()
        if key == Qt.Key_C:
            self.claim_requested.emit()
            return True
        claim = self.at_caret()
        if claim is None:
            return False
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.accept_requested.emit(claim.id)
            return True
        if key in (Qt.Key_Delete, Qt.Key_Backspace) and not self._name_first():
            self.remove_requested.emit(claim.id)
            return True
        return False
