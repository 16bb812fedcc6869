"""Entity highlights in the reader: spans precomputed per block, painted by a QSyntaxHighlighter."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextLayout

from core.model import Mention
from core.offsets import OffsetMap
from ui.common.theme import entity_colours, entity_tint

# A painted piece of a mention inside one block: (UTF-16 start in the block, UTF-16 length,
# type, reviewed). Plain tuples, so a refresh can tell which blocks really changed.
Piece = tuple[int, int, str, bool]
_NEWLINE = re.compile("\n")
# More changed blocks than this are painted in one pass (see EntityHighlighter._paint_all).
BLOCKS_ONE_BY_ONE = 40
# A pass paints about this many characters (UTF-16 units) at a time: the blocks on the screen first, the rest
# in later turns of the event loop, so a long article is read and scrolled while its far paragraphs are painted.
# Each step lays its blocks out again (some 2 ms of CPU per 1,000 characters): a step stays a short pause.
PAINT_STEP = 20_000
# The first step paints about this many: a screen of text, so an article's opening waits for what it shows.
SCREEN_STEP = 4_000


def is_reviewed(mention: Mention) -> bool:
    """Accepted or added by the user (drawn stronger than a detected proposal)."""
    return mention.origin == "user" or mention.state == "accepted"


class ArticleSpans:
    """An article's mentions against its body: lookups by body offset and per-block pieces.

    Body offsets are code points; the reader's document holds the body as plain text,
    one block per paragraph, so a document position is the body's UTF-16 offset.
    """

    def __init__(self, body: str, mentions: list[Mention]) -> None:
        self.body = body
        self.mentions = mentions
        self.offsets = OffsetMap(body)
        # Code-point offset where each paragraph (document block) starts.
        self.block_starts = [0] + [m.end() for m in _NEWLINE.finditer(body)]

    def to_document(self, offset: int) -> int:
        """The document position of a body offset."""
        return self.offsets.to_utf16(offset)

    def to_body(self, position: int) -> int:
        """The body offset of a document position."""
        return self.offsets.from_utf16(min(position, self.to_document(len(self.body))))

    def at(self, offset: int) -> list[Mention]:
        """Mentions covering the character at a body offset, shortest first."""
        found = [m for m in self.mentions if m.start <= offset < m.end]
        return sorted(found, key=lambda m: m.end - m.start)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions sharing at least one character with [start, end)."""
        return [m for m in self.mentions if m.start < end and start < m.end]

    def block_pieces(self, hidden: set[str] = frozenset()) -> dict[int, list[Piece]]:
        """What each block paints, by block number; a mention across paragraphs is split."""
        shown = [m for m in self.mentions if m.type not in hidden]
        return self.split(shown, lambda m: (m.type, is_reviewed(m)))

    def split(self, items: list, style) -> dict[int, list[tuple]]:
        """Per-block (UTF-16 start in block, UTF-16 length, *style(item)) pieces of body spans.

        A span inside one paragraph of a body without characters outside the BMP (nearly every span of nearly
        every article) is placed by subtraction alone: a transcript's 40,000 mentions took the window a second
        of conversions."""
        pieces: dict[int, list[tuple]] = {}
        starts, to16, length = self.block_starts, self.offsets.to_utf16, len(self.body)
        last = len(starts) - 1
        bmp = self.offsets.utf16_length == length  # code points are UTF-16 units
        for item in items:
            start, end = max(0, item.start), min(length, item.end)
            block = bisect_right(starts, start) - 1
            if bmp and (block == last or end < starts[block + 1]):
                if end > start:
                    pieces.setdefault(block, []).append((start - starts[block], end - start, *style(item)))
                continue
            while start < end and block < len(starts):
                block_end = starts[block + 1] - 1 if block + 1 < len(starts) else len(self.body)
                piece_end = min(end, block_end)
                if piece_end > start:
                    pieces.setdefault(block, []).append((
                        to16(start) - to16(starts[block]), to16(piece_end) - to16(start), *style(item)))
                block += 1
                start = starts[block] if block < len(starts) else end
        return pieces

    def block_lengths(self) -> list[int]:
        """Length of each block's text (code points, as highlightBlock receives it)."""
        ends = self.block_starts[1:] + [len(self.body) + 1]
        return [e - 1 - s for s, e in zip(self.block_starts, ends)]


class EntityHighlighter(QSyntaxHighlighter):
    """Paints the pieces it is given; never looks at the text to find entities.

    One highlighter per document (a second one would overwrite the first's formats),
    so claim marks are painted here too, merged over the entity tints.
    """

    def __init__(self, document: QTextDocument, palette: QPalette,
                 first_shown: Callable[[], int] | None = None) -> None:
        super().__init__(document)
        self._first_shown = first_shown  # the number of the first block on the screen (None: the first block)
        self._pass = 0  # the number of the painting pass under way; an older pass's next step stops
        self.unpainted = 0  # blocks the pass under way has still to paint (0: every block painted)
        self._pieces: dict[int, list[Piece]] = {}
        self._claim_pieces: dict[int, list[tuple]] = {}
        self._claim_format = None  # (style, colour) -> QTextCharFormat, given by the claim layer
        self._lengths: list[int] = []
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self._palette = palette

    def set_pieces(self, pieces: dict[int, list[Piece]], lengths: list[int]) -> None:
        """New pieces; only the blocks whose pieces changed are painted again."""
        old, self._pieces = self._pieces, pieces
        self._repaint(old, pieces, lengths)

    def set_claim_pieces(self, pieces: dict[int, list[tuple]], lengths: list[int], format_of) -> None:
        """Claim marks (start, length, style, colour) per block; format_of turns style and colour into a format."""
        self._claim_format = format_of
        old, self._claim_pieces = self._claim_pieces, pieces
        self._repaint(old, pieces, lengths)

    def _repaint(self, old: dict, new: dict, lengths: list[int]) -> None:
        same_text = lengths == self._lengths
        self._lengths = lengths
        changed = [n for n in set(old) | set(new) if old.get(n) != new.get(n)] if same_text else None
        if changed is None or len(changed) > BLOCKS_ONE_BY_ONE:
            self._paint_all()
            return
        document = self.document()
        for number in changed:
            self.rehighlightBlock(document.findBlockByNumber(number))

    def set_palette(self, palette: QPalette) -> None:
        """Colours for a new light/dark palette."""
        self._palette = palette
        self._formats.clear()
        self._paint_all()

    def _paint_all(self) -> None:
        """Every block's formats, the blocks on the screen first, PAINT_STEP characters a turn of the event loop.

        rehighlight() has Qt lay the document out again after each block: minutes for an article of a few
        hundred thousand characters. Here the formats go straight to each block's layout and each step's
        blocks are marked changed once, with the document's signals held so the highlighter itself does not
        paint them again; a pass started later (new pieces, new text) ends the one under way.
        """
        self._pass += 1
        document = self.document()
        first = min(max(0, self._first_shown() if self._first_shown else 0), document.blockCount() - 1)
        self.unpainted = document.blockCount()
        # from the first block shown to the end, then the blocks above it
        self._paint_step(self._pass, first, document.blockCount(), first)

    def _paint_step(self, number: int, start: int, stop: int, first: int) -> None:
        """Paint blocks start.. (before stop) up to PAINT_STEP characters; the rest of the pass in a later turn."""
        if number != self._pass:
            return  # a newer pass paints everything again
        document = self.document()
        block, units = document.findBlockByNumber(start), 0
        if not block.isValid():  # the text became shorter meanwhile: its new pieces start a pass of their own
            self.unpainted = 0
            return
        begin = block.position()
        step = SCREEN_STEP if start == first and self.unpainted == document.blockCount() else PAINT_STEP
        while block.isValid() and block.blockNumber() < stop and units < step:
            count, length = block.blockNumber(), block.length() - 1  # pieces count UTF-16 units
            if count < len(self._lengths) and self._lengths[count] == len(block.text()):
                block.layout().setFormats(self._ranges(count, length))
            else:  # the text is not the one the pieces were made for (yet)
                block.layout().clearFormats()
            units += length + 1
            self.unpainted -= 1
            block = block.next()
        end = block.position() if block.isValid() else document.characterCount()
        held = document.blockSignals(True)
        try:
            document.markContentsDirty(begin, end - begin)
        finally:
            document.blockSignals(held)
        at = block.blockNumber() if block.isValid() else stop
        if at < stop:
            QTimer.singleShot(0, self, lambda: self._paint_step(number, at, stop, first))
        elif first > 0 and stop != first:  # the end reached: the blocks above the first one shown
            QTimer.singleShot(0, self, lambda: self._paint_step(number, 0, first, first))
        else:
            self.unpainted = 0

    def pieces(self, block_number: int) -> list[Piece]:
        return list(self._pieces.get(block_number, ()))

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        # The reader may already hold the next article's text before its pieces arrive.
        if number >= len(self._lengths) or self._lengths[number] != len(text):
            return
        pieces = self._pieces.get(number, ())
        for start, length, kind, reviewed in pieces:
            self.setFormat(start, length, self._format(kind, reviewed))
        for start, length, style, colour in self._claim_pieces.get(number, ()):
            mark = self._claim_format(style, colour)
            # Cut at the entity pieces' edges, so each run keeps its own tint under the mark.
            cuts = sorted({start, start + length, *(p for s, n, *_ in pieces for p in (s, s + n)
                                                    if start < p < start + length)})
            for a, b in zip(cuts, cuts[1:]):
                fmt = QTextCharFormat(self.format(a))
                fmt.merge(mark)
                self.setFormat(a, b - a, fmt)

    def _ranges(self, number: int, length: int) -> list[QTextLayout.FormatRange]:
        """What highlightBlock paints in block number, as format ranges (claim marks merged over tints).

        A sweep over the pieces' edges: the cost follows the pieces, not the block's characters (a
        paragraph of a million characters costs what its marks cost)."""
        tints = [(s, min(s + n, length), self._format(kind, reviewed))
                 for s, n, kind, reviewed in self._pieces.get(number, ())]
        marks = [(s, min(s + n, length), self._claim_format(style, colour))
                 for s, n, style, colour in self._claim_pieces.get(number, ())]
        edges: dict[int, list[tuple[int, int]]] = {}  # position -> (+1 start / -1 end, piece number)
        for kind, pieces in ((0, tints), (1, marks)):
            for i, (start, end, _fmt) in enumerate(pieces):
                if end > start:
                    edges.setdefault(start, []).append((1, kind, i))
                    edges.setdefault(end, []).append((-1, kind, i))
        active: tuple[set[int], set[int]] = (set(), set())
        merged: dict[tuple, QTextCharFormat] = {}
        ranges: list[QTextLayout.FormatRange] = []
        last = None  # the format of the last range
        cuts = sorted(edges)
        for position, following in zip(cuts, cuts[1:] + [length]):
            for step, kind, i in edges[position]:
                (active[kind].add if step > 0 else active[kind].discard)(i)
            if following <= position or not (active[0] or active[1]):
                continue
            under = tints[max(active[0])][2] if active[0] else None  # the later piece paints over
            fmt = under
            if active[1]:
                on = tuple(sorted(active[1]))
                fmt = merged.get((id(under), on))
                if fmt is None:
                    fmt = QTextCharFormat(under) if under is not None else QTextCharFormat()
                    for i in on:
                        fmt.merge(marks[i][2])
                    merged[(id(under), on)] = fmt
            if last is not None and fmt == last and ranges[-1].start + ranges[-1].length == position:
                ranges[-1].length += following - position
                continue
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = position, following - position, fmt
            ranges.append(item)
            last = fmt
        return ranges

    def _format(self, kind: str, reviewed: bool) -> QTextCharFormat:
        fmt = self._formats.get((kind, reviewed))
        if fmt is None:
            colour = entity_colours(self._palette).get(kind)
            fmt = QTextCharFormat()
            if colour is not None:
                fmt.setBackground(entity_tint(colour, self._palette, reviewed))
                if reviewed:
                    fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                    fmt.setUnderlineColor(colour)
            self._formats[(kind, reviewed)] = fmt
        return fmt
