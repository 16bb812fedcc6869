"""The article list's columns: the title takes the room the others leave; the date as wide as a date,
status and cleaning as small marks (hover for the words); the widths a user drags are kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionHeader, QTableView, QToolTip,
)

from ui.common.plain import tooltip
from ui.common.roles import DISPLAY
from ui.reader.article_model import STATUS_LABELS
from ui.common.settings_read import read_setting

TITLE, OUTLET, DATE, STATUS, CLEANING = range(5)
MARKED = (STATUS, CLEANING)
# Settings keys of the widths a user dragged (no key: Kaidan sizes the column).
WIDTH_KEYS = {OUTLET: "list/outlet_width", DATE: "list/date_width"}
MAX_WIDTH = 4000  # pixels: a stored width beyond any screen is not the user's (a settings file gone wrong)
MARK = 14  # a mark's side, in pixels
_PAD = 16  # a cell's margins and a little air


def _text_width(view: QTableView, text: str) -> int:
    return view.fontMetrics().horizontalAdvance(text)


def date_width(view: QTableView) -> int:
    """As wide as the widest date the list shows (≈2026-12-28, inferred) or its header with the sort arrow."""
    header = view.model().headerData(DATE, Qt.Horizontal) or ""
    return max(_text_width(view, "≈0000-00-00"), _text_width(view, header) + 18) + _PAD


def outlet_width(view: QTableView) -> int:
    """Room for an outlet of six wide characters (日本経済新聞, ニュースウィーク…)."""
    return _text_width(view, "日本経済新聞") + _PAD


def least_outlet(view: QTableView) -> int:
    return _text_width(view, "日本") + _PAD


def least_title(view: QTableView) -> int:
    """What the title keeps before the outlet gives way: about ten wide characters."""
    return _text_width(view, "米中首脳会談を控える") + _PAD


# A title's wide characters the list keeps in sight at its narrowest (日英外相が会談 …): below them a row reads as
# nothing, and the list's least width and its title's hold them.
LEAST_CHARS = 6


def readable_title(view: QTableView) -> int:
    """The least a title shows before the other columns go a scroll away: some LEAST_CHARS wide characters, and
    the … after them when the title is longer (measured without it, a cut title showed one character fewer)."""
    return _text_width(view, "会" * LEAST_CHARS + "…") + _PAD


def mark_width() -> int:
    return MARK + 14


def status_key(shown: str | None) -> str | None:
    """The stored status behind the word the model shows (in the interface language)."""
    for key, label in STATUS_LABELS.items():
        if shown in (label, QCoreApplication.translate("ArticleListModel", label)):
            return key
    return None


def paint_status(painter: QPainter, rect: QRect, status: str | None, colour: QColor) -> None:
    """An empty ring for new, half filled in progress, full for done (an unknown status: nothing)."""
    if status not in STATUS_LABELS:
        return
    side = MARK - 2
    box = QRectF(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5, side, side)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QPen(colour, 1.4))
    painter.setBrush(Qt.NoBrush)
    painter.drawEllipse(box)
    painter.setPen(Qt.NoPen)
    painter.setBrush(colour)
    if status == "in progress":
        painter.drawPie(box, 90 * 16, 180 * 16)  # the left half: begun
    elif status == "done":
        painter.drawEllipse(box)
    painter.restore()


# Marks drawn once and then copied into each cell: a paint of the list draws one in every visible row, and
# drawing it anew (pen, brush, antialiasing) cost about a tenth of the list's repaint.
_drawn: dict[tuple, QPixmap] = {}


def status_mark(status: str, colour: QColor, ratio: float) -> QPixmap:
    """The status mark of paint_status, centred in a pixmap a pixel wider each side, for a screen of this ratio."""
    key = (status, colour.rgba(), ratio)
    pixmap = _drawn.get(key)
    if pixmap is None:
        side = MARK + 2  # the ring's antialiased edge stays inside
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        paint_status(painter, QRect(1, 1, MARK, MARK), status, colour)
        painter.end()
        _drawn[key] = pixmap
    return pixmap


def paint_check(painter: QPainter, rect: QRect, style: QStyle) -> None:
    """The warning sign of a cleaning to check."""
    icon = style.standardIcon(QStyle.SP_MessageBoxWarning)
    side = MARK + 2
    icon.paint(painter, QRect(rect.center().x() - side // 2 + 1, rect.center().y() - side // 2 + 1, side, side))


# Read once: each read of a PySide6 enum member costs microseconds, and a paint asks them of every mark.
_ITEM, _SELECTED = QStyle.CE_ItemViewItem, QStyle.State_Selected


class MarkDelegate(QStyledItemDelegate):
    """Status and cleaning cells as marks; the words they stand for on hover."""

    def paint(self, painter, option, index) -> None:
        # The view's option holds the cell's place, state and row colour, and the model gives these columns
        # nothing but their words (no font, colour, icon or check): the words are read alone, not the seven
        # roles initStyleOption asks the model for (a call into Python each, some 30 cells a screen).
        shown = index.data(DISPLAY)
        widget = option.widget
        style = widget.style() if widget is not None else QStyle()
        style.drawControl(_ITEM, option, painter, widget)  # the background and the selection, without the words
        if index.column() == STATUS:
            status = status_key(shown)
            if status is None:
                return
            colour = option.palette.highlightedText().color() if option.state & _SELECTED else option.palette.text().color()
            centre = option.rect.center()
            # where paint_status would centre it in this cell
            painter.drawPixmap(centre.x() - MARK // 2, centre.y() - MARK // 2,
                               status_mark(status, colour, painter.device().devicePixelRatioF()))
        elif shown:
            paint_check(painter, option.rect, style)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(mark_width())
        return size

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() != QEvent.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ToolTipRole) or index.data(Qt.DisplayRole)  # the cleaning reasons, or the word
        if text:
            QToolTip.showText(event.globalPos(), tooltip(text) if index.column() == STATUS else text, view)
        else:
            QToolTip.hideText()
        return True


class ElidedDelegate(QStyledItemDelegate):
    """A cell cut short (an outlet, a title) shows its whole text on hover, as plain text."""

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.ToolTip and index.isValid() and index.data(Qt.ToolTipRole) is None:
            text = index.data(Qt.DisplayRole) or ""
            if text and option.fontMetrics.horizontalAdvance(text) > option.rect.width() - 8:
                QToolTip.showText(event.globalPos(), tooltip(text), view)
                return True
        return super().helpEvent(event, view, option, index)


class ListHeader(QHeaderView):
    """The list's header: the status and cleaning columns headed by their mark, named on hover."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.by_hand = False  # a mouse button is down on the header: a width changing now is the user's

    def mousePressEvent(self, event) -> None:
        self.by_hand = True
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.by_hand = True  # a double click on a divider fits the column to its cells
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.by_hand = False

    def selectionChanged(self, selected, deselected) -> None:
        # A row chosen covers every column, so Qt repaints the whole header at each row selected, for
        # sections this header never highlights.
        if self.highlightSections():
            super().selectionChanged(selected, deselected)

    def paintSection(self, painter, rect, logical) -> None:
        if logical not in MARKED:
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect, option.text = rect, ""
        painter.save()
        self.style().drawControl(QStyle.CE_Header, option, painter, self)
        painter.restore()
        if logical == STATUS:
            paint_status(painter, rect, "in progress", self.palette().text().color())
        else:
            paint_check(painter, rect, self.style())

    def sectionSizeFromContents(self, logical):
        size = super().sectionSizeFromContents(logical)
        if logical in MARKED:
            size.setWidth(mark_width())
        return size

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.ToolTip and self.model() is not None:
            logical = self.logicalIndexAt(event.position().toPoint() if hasattr(event, "position") else event.pos())
            if logical in MARKED:
                QToolTip.showText(event.globalPos(), self.model().headerData(logical, Qt.Horizontal) or "", self)
                return True
        return super().viewportEvent(event)


class ColumnFitter(QObject):
    """Sizes the columns to the list's width: the title stretches; when the list is narrow, the outlet
    gives way (down to three characters) before the title goes under ten. A width the user drags
    (outlet, date) is kept, across restarts too."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.header = header = ListHeader(view)
        view.setHorizontalHeader(header)
        self._fitting = False
        settings = QSettings()
        self.chosen = {c: w for c, key in WIDTH_KEYS.items()
                       if (w := read_setting(key, 0, high=MAX_WIDTH, settings=settings)) > 0}
        header.setMinimumSectionSize(mark_width())
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        for column in MARKED:
            header.setSectionResizeMode(column, QHeaderView.Fixed)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Size every column but the title (which takes the rest) for the list's present width."""
        view, header = self.view, self.header
        marks = mark_width()
        date = self.chosen.get(DATE) or date_width(view)
        outlet = self.chosen.get(OUTLET)
        if outlet is None:
            room = view.viewport().width() - date - 2 * marks - least_title(view)
            outlet = max(least_outlet(view), min(outlet_width(view), room))
        # A list too narrow for every column (a large font, a narrow window) gives its whole width to the title,
        # the other columns a scroll away: left to stretch, the title kept a width of its own, a few characters
        # at 18 pt (日英…), and the row read as nothing.
        squeezed = view.viewport().width() - outlet - date - 2 * marks < readable_title(view)
        self._fitting = True
        try:
            header.setSectionResizeMode(TITLE, QHeaderView.Interactive if squeezed else QHeaderView.Stretch)
            sizes = ((OUTLET, outlet), (DATE, date), (STATUS, marks), (CLEANING, marks))
            if squeezed:
                sizes += ((TITLE, max(view.viewport().width(), marks)),)
            for column, width in sizes:
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column not in WIDTH_KEYS or not self.header.by_hand:
            return  # Kaidan's own sizing, or Qt's (a model reset), is no choice of the user's
        self.chosen[column] = new  # dragged by the user: kept, and remembered for the next start
        QSettings().setValue(WIDTH_KEYS[column], new)
