"""The reader: title, metadata line, captions and the clean body, paragraph by paragraph."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from core.model import Article
from ui.common.focus_ring import add_focus_ring
from ui.common.plain import cut, plain_label, tooltip, visible
from ui.common.theme import LINE_HEIGHT, READER_POINT_SIZE, cjk_font
from ui.reader.check_reasons import check_reasons
from ui.reader.pinned_header import PinnedHeader
from ui.reader.untitled import first_words, untitled_tip
from ui.common.words import counted

MIN_ZOOM, MAX_ZOOM = -5, 12
# Lines much wider than this are tiring to read, so the text column stops growing.
MAX_TEXT_WIDTH_EM = 40
# Left edge of the title, metadata and body text, so they line up.
SIDE_MARGIN = 24
# The header's labels wrap all they are given, and laying out wrapped text costs as much as it is long: a
# page whose every line was taken for a caption froze the window for minutes. The header shows at most this.
TITLE_CHARS, CAPTIONS_SHOWN, CAPTION_CHARS = 400, 6, 300
TITLE_SHOWN = 60  # of those, the header's title shows this many (two to four lines), the rest on hover
META_PART_CHARS = 100  # each part of the metadata line: a pasted paragraph as outlet or authors must not bury the body


def _in_body(dateline: str | None, body: str | None) -> bool:
    """True when the body opens with the dateline (【ワシントン共同】…), so it is shown once."""
    if not dateline or not body:
        return False
    start, bare = body.lstrip()[:len(dateline) + 2], dateline.strip("【】[]（）() 　")
    return bool(bare) and bare in start


def metadata_line(row: Article) -> str:
    """outlet · published · authors · dateline, skipping the missing ones and a dateline the body opens with;
    each part cut to META_PART_CHARS (the list's outlet cell shows a whole outlet on hover)."""
    published = row.published or ""
    if "T" in published:
        published = published.replace("T", " ")[:16]
    parts = [
        row.outlet or row.source_agency,
        published,
        "、".join(row.authors or []),
        None if _in_body(row.dateline, row.body) else row.dateline,
    ]
    return " · ".join(cut(p, META_PART_CHARS) for p in parts if p)


class _Body(QTextBrowser):
    """The body document; paragraphs are blocks, so block positions match body offsets.

    The header (title, metadata, captions) sits on the viewport above the text, in the
    document's top margin, and moves with the scroll bar: it scrolls away with the body.
    """

    header: QWidget | None = None

    def set_header(self, header: QWidget) -> None:
        self.header = header
        header.setParent(self.viewport())
        header.show()
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._place_header())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.limit_width()

    def _place_header(self) -> None:
        if self.header is not None:
            self.header.move(0, -self.verticalScrollBar().value())

    def limit_width(self) -> None:
        """Keep the text column readable: aligned with the header, at most MAX_TEXT_WIDTH_EM wide."""
        em = self.fontMetrics().horizontalAdvance("会")
        width = self.viewport().width()
        right = max(SIDE_MARGIN, width - SIDE_MARGIN - em * MAX_TEXT_WIDTH_EM)
        top = 12
        if self.header is not None:
            self.header.layout().setContentsMargins(SIDE_MARGIN, 20, right, 10)
            height = self.header.layout().totalHeightForWidth(width) if self.header.layout().hasHeightForWidth() \
                else self.header.sizeHint().height()
            self.header.setGeometry(0, -self.verticalScrollBar().value(), width, height)
            top = height + 12
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if (fmt.leftMargin(), fmt.rightMargin(), fmt.topMargin()) != (SIDE_MARGIN, right, top):
            fmt.setLeftMargin(SIDE_MARGIN)
            fmt.setRightMargin(right)
            fmt.setTopMargin(top)
            fmt.setBottomMargin(24)
            root.setFrameFormat(fmt)
        self._place_header()


class ArticleReader(QWidget):
    """One article, clean, in a CJK font with Japanese line spacing."""

    zoom_changed = Signal(int)
    raw_requested = Signal()  # the check line's button: show the raw page at the line in doubt

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.zoom = 0
        self.article_id: int | None = None
        # Title, metadata and captions come from the article: shown as text, never as HTML.
        self.title, self.meta, self.captions = plain_label(), plain_label(), plain_label()
        for label in (self.title, self.meta, self.captions):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # The cleaner's doubt stays in sight while the article is read (the status bar's word goes at the next
        # message), with the way to the raw page.
        self.check = QWidget()
        self.check.setObjectName("cleaningCheck")
        self.check_label = plain_label()  # the reasons: our words, or an older library's stored text
        self.check_label.setWordWrap(True)
        self.raw_button = QPushButton(self.tr("Show Raw Page"))
        self.raw_button.setToolTip(self.tr("The raw page, at the line in doubt (Ctrl+R)"))
        self.raw_button.clicked.connect(self.raw_requested)
        check_row = QHBoxLayout(self.check)
        check_row.setContentsMargins(0, 0, 0, 0)
        check_row.addWidget(self.check_label, 1)
        check_row.addWidget(self.raw_button, 0, Qt.AlignTop)
        self.body = _Body()
        self.body.setAccessibleName(self.tr("Article text"))
        self.body.focus_ring = add_focus_ring(self.body)
        self.body.setFrameShape(QFrame.NoFrame)
        self.body.setOpenLinks(False)

        header = QWidget()
        header.setObjectName("readerHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(SIDE_MARGIN, 20, SIDE_MARGIN, 10)
        head.setSpacing(6)
        head.addWidget(self.title)
        head.addWidget(self.meta)
        head.addWidget(self.check)
        head.addWidget(self.captions)
        rule = QFrame()
        rule.setFrameShape(QFrame.HLine)
        rule.setFrameShadow(QFrame.Plain)
        rule.setForegroundRole(QPalette.Mid)
        head.addWidget(rule)
        self.header = header
        self.body.set_header(header)  # scrolls with the body

        # Scrolled past the header, its title and date stay in sight above the body.
        self.pinned = PinnedHeader(SIDE_MARGIN)
        self.body.verticalScrollBar().valueChanged.connect(self._follow_header)
        self.body.verticalScrollBar().rangeChanged.connect(self._keep_end)
        self._end_kept = False  # the strip came as the body was scrolled to its end: the end stays in sight

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pinned)
        layout.addWidget(self.body, 1)
        self._apply_fonts()

    def show_article(self, row: Article) -> None:
        """Show an article from core.store.articles.get_article."""
        same = row.id == self.article_id
        scroll = self.body.verticalScrollBar().value() if same else 0
        self.article_id = row.id
        title = row.title
        self.untitled = not title
        # No title: the body's first words, in italics and the placeholder colour, so not taken for one.
        whole = visible(cut(title or first_words((row.body or "")[:80]) or Path(row.source or "").name
                            or "(untitled)", TITLE_CHARS))
        # A title of hundreds of characters (a transcript's whole first paragraph) would fill a screen of the
        # reader with heading: its head is shown, the whole on hover.
        self.title.setText(cut(whole, TITLE_SHOWN))
        self.title.setToolTip(untitled_tip() if self.untitled else tooltip(whole) if len(whole) > TITLE_SHOWN else "")
        self.title.setForegroundRole(QPalette.PlaceholderText if self.untitled else QPalette.WindowText)
        self._apply_title_font()
        meta = metadata_line(row)
        self.meta.setText(visible(meta))
        self.meta.setVisible(bool(meta))
        self.pinned.show_article(whole, self.meta.text(), self.untitled)
        self._show_check(row.cleaning_check)
        captions = row.captions or []
        self.captions.setText(visible(self._captions_text(captions)))
        self.captions.setVisible(bool(captions))
        self._end_kept = False  # the article before's end is not this one's
        self._set_body(row.body or "")  # the header's height follows its text there, once the text is laid out
        # A correction re-shows the same article: keep the reader where it was.
        self.body.verticalScrollBar().setValue(scroll)
        self._follow_header()

    def _follow_header(self) -> None:
        """Pin the title and date above the body once the header's date line has scrolled out of sight."""
        line, bar = (self.meta if self.meta.isVisibleTo(self.header) else self.title), self.body.verticalScrollBar()
        # The strip takes its height from the body, whose end would go below the window's edge (End, a search
        # hit on the last line): at the end, the body stays there (its range grows as the strip shows, at once or
        # once laid out).
        self._end_kept = 0 < bar.maximum() == bar.value()
        if not self.pinned.follow(bar.value(), line.geometry().bottom()):
            self._end_kept = False

    def _keep_end(self, _least: int, most: int) -> None:
        bar = self.body.verticalScrollBar()
        if self._end_kept and bar.value() < most:
            self._end_kept = False
            bar.setValue(most)

    def _captions_text(self, captions: list[str]) -> str:
        """The first captions, each cut short, and how many more there are."""
        lines = [cut(c, CAPTION_CHARS) for c in captions[:CAPTIONS_SHOWN]]
        if len(captions) > CAPTIONS_SHOWN:
            lines.append(counted(len(captions) - CAPTIONS_SHOWN, self.tr("… 1 more caption"),
                                 self.tr("… {n} more captions")))
        return "\n".join(lines)

    def _show_check(self, stored: str | None) -> None:
        """The cleaner's reasons for a look at the article beside a button to its raw page; hidden when it was sure."""
        self.check.setVisible(bool(stored))
        if stored:
            self.check_label.setText(self.tr("⚠ Check cleaning: {reasons}.").format(reasons=check_reasons(stored)))

    def body_text(self) -> str:
        """The body as shown (paragraphs joined by newlines)."""
        return self.body.toPlainText()

    def set_zoom(self, steps: int) -> None:
        """Make the text larger (positive) or smaller (negative) than the default."""
        steps = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        if steps != self.zoom:
            self.zoom = steps
            self._apply_fonts()
            self.zoom_changed.emit(steps)

    def point_size(self) -> float:
        return READER_POINT_SIZE * (1.1 ** self.zoom)

    def _apply_fonts(self) -> None:
        size = self.point_size()
        self._apply_title_font()
        self.meta.setFont(cjk_font(size * 0.8))
        self.pinned.set_point_size(size)
        self.captions.setFont(cjk_font(size * 0.75))
        self.check_label.setFont(cjk_font(size * 0.8))
        self.raw_button.setFont(QApplication.font())  # a button as every other, not in the reading size
        for label in (self.meta, self.captions):
            label.setForegroundRole(QPalette.PlaceholderText)
        self.body.setFont(cjk_font(size))
        self.body.document().setDefaultFont(cjk_font(size))
        self._format_blocks()
        self.body.limit_width()

    def _apply_title_font(self) -> None:
        font = cjk_font(self.point_size() * 1.6, QFont.Bold)
        font.setItalic(getattr(self, "untitled", False))
        self.title.setFont(font)

    def _set_body(self, text: str) -> None:
        # The scroll bar a long article leaves stays while the next one is set: Qt would hide it for the
        # empty document, lay the text out without it, show it again and lay everything out once more.
        # Once the new text is laid out it goes if this article does not need it.
        keep = self.body.verticalScrollBar().isVisible()
        if keep:
            self.body.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        # The text and its paragraphs' format in one edit: the document is laid out (and its highlighter run)
        # once, for the text as shown, not first for bare text and again for the format.
        edit = QTextCursor(self.body.document())
        edit.beginEditBlock()
        self.body.setPlainText(visible(text))  # one character for one: offsets hold
        self._format_blocks()
        edit.endEditBlock()
        self.body.limit_width()
        if keep:
            self.body.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)

    def _format_blocks(self) -> None:
        """Japanese line height and a gap between paragraphs, on every block."""
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(self.point_size() * 0.6)
        cursor = QTextCursor(self.body.document())
        cursor.select(QTextCursor.Document)
        cursor.mergeBlockFormat(fmt)
