"""The raw page text with line numbers and the cleaner's decision marked on each line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from ui.common.plain import visible
from ui.common.shortcuts import RAW_VIEW_KEYS
from ui.common.theme import cjk_font, marks

MENU_TEXT = {
    "body": QT_TRANSLATE_NOOP("RawView", "Mark as Body"),
    "drop": QT_TRANSLATE_NOOP("RawView", "Mark as Boilerplate"),
    "auto": QT_TRANSLATE_NOOP("RawView", "Let the Cleaner Decide"),
}
BAR_WIDTH = 4
# Lines decorated before the first line on the screen, and twice as many from it (a screen shows fewer).
DECORATED_AROUND = 200


class _Gutter(QWidget):
    """Line numbers and the body bar, painted by the raw view."""

    def __init__(self, view: "RawView") -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(self._view.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self._view.paint_gutter(event)


class RawView(QPlainTextEdit):
    """Read-only raw text; the user marks lines as body / boilerplate / automatic."""

    # (1-based raw line, "body" | "drop" | None)
    label_requested = Signal(int, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Keep the cursor visible so the keyboard can move between lines to mark.
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setFont(cjk_font(11))
        self.labels: list[str] = []
        self.overrides: dict[int, str] = {}
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._scroll_gutter)
        self._label_selections: list[QTextEdit.ExtraSelection] = []
        self._decorated_from = 0  # the first line on the screen when the lines around it were decorated
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.cursorPositionChanged.connect(self._show_cursor_line)
        self.customContextMenuRequested.connect(self._context_menu)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self._update_margins()

    def show_raw(self, raw: str, labels: list[str], overrides: dict[int, str] | None = None,
                 start_line: int | None = None) -> None:
        """Show raw text with one label per line (body/meta/drop/blank; may be empty).

        A new text opens at start_line (the line the cleaner was unsure of), else at the top;
        the same text keeps the cursor where it was.
        """
        raw = visible(raw)  # control characters as a visible mark, one for one: lines and columns hold
        same = self.toPlainText() == raw
        keep = self.textCursor().blockNumber() + 1 if same else (start_line or 1)
        self.labels = list(labels)
        self.overrides = dict(overrides or {})
        if not same:
            self.setPlainText(raw)
        self.go_to_line(keep)
        if not same and start_line:
            self.centerCursor()
        self._decorate()
        self._gutter.update()

    def label_of(self, line: int) -> str | None:
        """The cleaner's label of a 1-based raw line (None when the cleaner gave none)."""
        return self.labels[line - 1] if 0 < line <= len(self.labels) else None

    def current_line(self) -> int:
        """The 1-based line the cursor is on."""
        return self.textCursor().blockNumber() + 1

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of a 1-based line."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            self.setTextCursor(QTextCursor(block))

    def request(self, choice: str) -> None:
        """Ask to mark the cursor's line: 'body', 'drop' or 'auto'."""
        self.label_requested.emit(self.current_line(), None if choice == "auto" else choice)

    # painting ---------------------------------------------------------------------

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return BAR_WIDTH + 14 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_margins(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(), rect.height()))
        self._decorate()  # a taller view shows more lines

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._decorate()

    def paint_gutter(self, event) -> None:
        colours = marks(self.palette())
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setFont(self.font())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        width = self._gutter.width()
        while block.isValid() and top <= event.rect().bottom():
            height = round(self.blockBoundingRect(block).height())
            line = block.blockNumber() + 1
            if block.isVisible() and top + height >= event.rect().top():
                if self.label_of(line) == "body":
                    painter.fillRect(width - BAR_WIDTH, top, BAR_WIDTH, height, colours["body_bar"])
                number_colour = colours["override"] if line in self.overrides else colours["gutter_text"]
                painter.setPen(number_colour)
                painter.drawText(0, top, width - BAR_WIDTH - 6, self.fontMetrics().height(),
                                 Qt.AlignRight, str(line))
            top += height
            block = block.next()
        painter.end()

    def _decorate(self) -> None:
        """Tint body lines, dim meta and dropped lines: those on the screen and a screenful around them.

        A page of a hundred thousand lines decorated whole took half a minute to open, and every cursor
        move handed Qt all its selections again; the lines around the screen are decorated as it scrolls.
        """
        colours = marks(self.palette())
        selections = []
        first = self.firstVisibleBlock().blockNumber()
        block = self.document().findBlockByNumber(max(0, first - DECORATED_AROUND))
        last = first + 2 * DECORATED_AROUND
        while block.isValid() and block.blockNumber() <= last:
            fmt = self._format(self.label_of(block.blockNumber() + 1), colours)
            if fmt is not None:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(self.document())
                selection.cursor.setPosition(block.position())
                selection.cursor.setPosition(block.position() + block.length() - 1, QTextCursor.KeepAnchor)
                selection.format = fmt
                selections.append(selection)
            block = block.next()
        self._decorated_from = first
        self._label_selections = selections
        self._show_cursor_line()

    def _scrolled(self, _value: int) -> None:
        # decorated again only when the screen nears the edge of the lines decorated
        if abs(self.firstVisibleBlock().blockNumber() - self._decorated_from) > DECORATED_AROUND // 2:
            self._decorate()

    def _show_cursor_line(self) -> None:
        current = QTextEdit.ExtraSelection()
        current.format.setProperty(QTextFormat.FullWidthSelection, True)
        current.format.setBackground(self.palette().color(self.palette().ColorRole.AlternateBase))
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        self.setExtraSelections([current] + self._label_selections)
        self._gutter.update()

    @staticmethod
    def _format(label: str | None, colours: dict[str, QColor]) -> QTextCharFormat | None:
        fmt = QTextCharFormat()
        if label == "body":
            fmt.setBackground(colours["body_tint"])
            fmt.setProperty(QTextFormat.FullWidthSelection, True)
        elif label == "meta":
            fmt.setForeground(colours["meta_text"])
            fmt.setFontItalic(True)
        elif label == "drop":
            fmt.setForeground(colours["drop_text"])
        else:
            return None
        return fmt

    # interaction ------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            for choice, (key, _) in RAW_VIEW_KEYS.items():
                if event.text().upper() == key:
                    self.request(choice)
                    return
        super().keyPressEvent(event)

    def menu_actions(self, parent) -> list[QAction]:
        """The three marking actions for the cursor's line."""
        actions = []
        line = self.current_line()
        current = self.overrides.get(line)
        for choice, text in MENU_TEXT.items():
            key = RAW_VIEW_KEYS[choice][0]
            action = QAction(f"{self.tr(text)}\t{key}", parent)
            action.setCheckable(True)
            action.setChecked(current == choice or (choice == "auto" and current is None))
            action.triggered.connect(lambda _=False, c=choice: self.request(c))
            actions.append(action)
        return actions

    def _context_menu(self, pos) -> None:
        # Right-click marks the line under the mouse, not where the cursor was.
        self.setTextCursor(self.cursorForPosition(pos))
        menu = QMenu(self)
        menu.addSection(self.tr("Line {line}").format(line=self.current_line()))
        for action in self.menu_actions(menu):
            menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(pos))
