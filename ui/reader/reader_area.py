"""The centre of the window: empty state, the clean reader or the raw view."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from core.model import Article
from ui.common.empty_state import EmptyState
from ui.reader.file_name import FileName
from ui.reader.check_reasons import check_reasons
from ui.reader.raw_view import RawView
from ui.reader.reader import ArticleReader
from ui.common.theme import READER_POINT_SIZE, cjk_font, marks

RAW_LEGEND = QT_TRANSLATE_NOOP(
    "ReaderArea",
    "Raw text as imported. <span style='color:{bar}'>▌</span>tinted lines became the body; "
    "<span style='color:{meta}'>coloured</span> lines gave metadata; "
    "<span style='color:{drop}'>grey</span> lines were dropped. "
    "Right-click a line or press B (body), D (boilerplate), U (let the cleaner decide)."
)
# The narrowest reader, in characters (not pixels, which a larger font or a denser screen outgrows): a line of
# the article's text at its default size, and the claim editor that opens over it, in the window's font, with its
# stance keys in one row (some 26 characters of that font with the form's labels and margins).
LEAST_TEXT_CHARS, LEAST_EDITOR_CHARS = 22, 28
LEAST_MARGINS = 26  # a little room either side of that line


class ReaderArea(QStackedWidget):
    """Switches between the pages; holds the article currently shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.raw_mode = False
        self.row: Article | None = None
        # The raw view is filled when it is shown: laying out a raw page nobody looks at cost an opening
        # up to a dozen milliseconds. (overrides of the article shown, or None when the raw view holds it)
        self._raw_pending: dict[int, str] | None = None
        self.empty = EmptyState()
        self.nothing = QLabel(self.tr("Select an article in the list"))
        self.nothing.setWordWrap(True)
        self.nothing.setTextFormat(Qt.PlainText)  # a query is shown as typed
        self.nothing.setAlignment(Qt.AlignCenter)
        self.nothing.setFont(cjk_font(12))
        self.nothing.setEnabled(False)
        self.reader = ArticleReader()
        self.raw = RawView()
        self.raw_legend = QLabel()
        self.raw_legend.setWordWrap(True)
        self.raw_legend.setTextFormat(Qt.RichText)
        # The file's name on one line, shortened in its middle when longer than the reader is wide (whole on
        # hover): a name of one unbroken word ("reuters_world_…_2025_07_11.txt") could not wrap, was cut at the
        # reader's edge and held the reader as wide as itself.
        # (selectable, and copied whole: ui.reader.file_name)
        self.raw_name = FileName()
        self.raw_source = QLabel()  # the cleaner's doubts, under the name
        self.raw_source.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.raw_source.setWordWrap(True)  # they wrap, never cut
        raw_page = QWidget()
        raw_layout = QVBoxLayout(raw_page)
        raw_layout.setContentsMargins(8, 8, 8, 0)
        raw_layout.addWidget(self.raw_name)
        raw_layout.addWidget(self.raw_source)
        raw_layout.addWidget(self.raw_legend)
        raw_layout.addWidget(self.raw, 1)
        self.raw_page = raw_page
        for page in (self.empty, self.nothing, self.reader, raw_page):
            self.addWidget(page)
        # Blank until the list says what there is: an empty library's first frame shows how to import, a full
        # one's its first article once the list is painted (never "Your library is empty" beside its rows).
        self.nothing.clear()
        self.setCurrentWidget(self.nothing)
        self.currentChanged.connect(lambda _i: self.updateGeometry())
        self._legend()

    def least_width(self) -> int:
        """The narrowest the window's panes may make the reader, from its fonts on this screen."""
        text = QFontMetrics(cjk_font(READER_POINT_SIZE), self).horizontalAdvance("会" * LEAST_TEXT_CHARS)
        editor = self.fontMetrics().horizontalAdvance("会" * LEAST_EDITOR_CHARS)
        return max(text + LEAST_MARGINS, editor)

    def minimumSizeHint(self):
        """The page shown's: the empty library's row of buttons (wide in Japanese) does not hold the
        window's panes apart while an article is read."""
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    @property
    def article_id(self) -> int | None:
        return self.row.id if self.row else None

    def show_article(self, row: Article, overrides: dict[int, str]) -> None:
        """Show an article row in the view the mode asks for (the other is filled when it is shown)."""
        self.row = row
        self.reader.show_article(row)
        self._raw_pending = overrides
        if self.raw_mode:
            self._fill_raw()
        self.setCurrentWidget(self.raw_page if self.raw_mode else self.reader)

    def _fill_raw(self) -> None:
        """The raw page of the article shown, with the cleaner's marks and the user's corrections."""
        row, overrides, self._raw_pending = self.row, self._raw_pending, None
        if row is None or overrides is None:
            return
        check = row.cleaning_check
        line = row.cleaning_check_line if check else None
        self.raw.show_raw(row.raw or "", row.line_labels or [], overrides, line)
        self.raw_name.set_path(row.source or "")
        source = ""
        if check:
            where = self.tr(" (line {line})").format(line=line) if line else ""
            source = self.tr("<b>check cleaning</b>: {reasons}").format(reasons=escape(check_reasons(check))) + where
        self.raw_source.setText(source)
        self.raw_source.setVisible(bool(source))

    def show_empty(self) -> None:
        """The library is empty: explain how to import."""
        self.row = None
        self.setCurrentWidget(self.empty)

    def show_nothing(self, why: str | None = None) -> None:
        """No article selected (why: the reason the list gives none, shown in its place)."""
        self.row = None
        self.nothing.setText(why or self.tr("Select an article in the list"))
        self.setCurrentWidget(self.nothing)

    def set_raw_mode(self, on: bool) -> None:
        """Show the raw text instead of the clean reader."""
        self.raw_mode = on
        if self.row is not None:
            if on:
                self._fill_raw()
            self.setCurrentWidget(self.raw_page if on else self.reader)
            (self.raw if on else self.reader.body).setFocus()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._legend()
        elif event.type() == QEvent.FontChange:
            self.setMinimumWidth(self.least_width())  # a larger font: the least width follows

    def _legend(self) -> None:
        colours = marks(self.palette())
        self.raw_legend.setText(self.tr(RAW_LEGEND).format(
            bar=colours["body_bar"].name(), meta=colours["meta_text"].name(),
            drop=colours["drop_text"].name()))
