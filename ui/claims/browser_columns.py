"""The claims browser's columns, sized from their words and the window's width: the claim's text takes the rest.

Fixed pixel widths (86, 130, 110, 80, 120, 320, 220, 90) added up to more than the browser's own default width:
its last column was cut behind a sideways scroll bar at 1160 pixels, and at 760 the claim kept 320 pixels while
the holder, target and article were scrolled out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView

DATE, STANCE, CLAIM = 0, 3, 5
# The other columns' widths in characters of the table's font (a wide one: names and titles are Japanese).
COLUMN_CHARS = {1: 7, 2: 6, 4: 7, 6: 9, 7: 5}
CLAIM_CHARS = 14  # the least of a claim's words shown before the table scrolls sideways


class ColumnFit(QObject):
    """Fits the table's columns to its width whenever it is resized, until the user drags a column's edge."""

    def __init__(self, view: QTableView, stance_texts: list[str]) -> None:
        super().__init__(view)
        self.view = view
        self.stance_texts = stance_texts
        self.dragged = False  # a width the user chose is theirs from then on
        self._fitting = False
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and not self.dragged:
            self.fit()
        return False

    def _resized(self, *_args) -> None:
        if not self._fitting and QApplication.mouseButtons() & Qt.LeftButton:
            self.dragged = True

    def widths(self) -> dict[int, int]:
        """Each column's width: the words it shows (and its title) whole, the claim the rest of the width."""
        header, model = self.view.horizontalHeader(), self.view.model()
        cells, titles = self.view.fontMetrics(), header.fontMetrics()
        wide = cells.horizontalAdvance("会")
        pad = 2 * (header.style().pixelMetric(QStyle.PM_HeaderMargin) + cells.horizontalAdvance(" "))

        def title(column: int) -> int:
            return titles.horizontalAdvance(str(model.headerData(column, Qt.Horizontal))) + pad

        widths = {}
        for column in range(model.columnCount()):
            if column == DATE:
                words = cells.horizontalAdvance("2000-00-00")
            elif column == STANCE:  # its colour's mark beside the label
                words = max(map(cells.horizontalAdvance, self.stance_texts), default=0) + self.view.iconSize().width()
            elif column == CLAIM:
                continue
            else:
                words = COLUMN_CHARS.get(column, 6) * wide
            widths[column] = max(title(column), words + pad)
        rest = self.view.viewport().width() - sum(widths.values())
        widths[CLAIM] = max(rest, CLAIM_CHARS * wide, title(CLAIM))
        return widths

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self.widths().items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False


NAME_CHARS = (6, 12)  # the summary's holder and target columns: at least, and at most, in wide characters


def summary_widths(view: QTableView) -> dict[int, int]:
    """The summary's columns: each count as wide as its stance's label (or a count of five digits), the holder
    and the target sharing what is left within NAME_CHARS (at 200 pixels each they pushed the last stance out of
    a 760-pixel window)."""
    header, model = view.horizontalHeader(), view.model()
    cells, titles = view.fontMetrics(), header.fontMetrics()
    wide = cells.horizontalAdvance("会")
    pad = 2 * (header.style().pixelMetric(QStyle.PM_HeaderMargin) + cells.horizontalAdvance(" "))
    widths = {column: max(titles.horizontalAdvance(str(model.headerData(column, Qt.Horizontal))),
                          cells.horizontalAdvance("00000")) + pad for column in range(2, model.columnCount())}
    least, most = (n * wide for n in NAME_CHARS)
    name = max(least, min(most, (view.viewport().width() - sum(widths.values())) // 2))
    widths.update({0: name, 1: name})
    return widths
