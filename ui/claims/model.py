"""Table models of the claims browser: every claim, and the holder × target stance summary."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ui.claims.labels import stance_labels
from ui.common.plain import excerpt, tooltip
from ui.common.roles import BACKGROUND, DECORATION, DISPLAY, FOREGROUND, TEXT_ALIGNMENT, TOOLTIP, USER

CLAIM_COLUMNS = (QT_TRANSLATE_NOOP("ClaimTableModel", "Date"), QT_TRANSLATE_NOOP("ClaimTableModel", "Outlet"),
                 QT_TRANSLATE_NOOP("ClaimTableModel", "Holder"), QT_TRANSLATE_NOOP("ClaimTableModel", "Stance"),
                 QT_TRANSLATE_NOOP("ClaimTableModel", "Target"), QT_TRANSLATE_NOOP("ClaimTableModel", "Claim"),
                 QT_TRANSLATE_NOOP("ClaimTableModel", "Article"), QT_TRANSLATE_NOOP("ClaimTableModel", "Annotator"))
SUMMARY_COLUMNS = (QT_TRANSLATE_NOOP("SummaryModel", "Holder"), QT_TRANSLATE_NOOP("SummaryModel", "Target"),
                   QT_TRANSLATE_NOOP("SummaryModel", "Total"))
ROW_ROLE = USER
_CLAIM_ROLES = frozenset((DISPLAY, TOOLTIP, DECORATION, ROW_ROLE))
_SUMMARY_ROLES = frozenset((DISPLAY, TEXT_ALIGNMENT, BACKGROUND, FOREGROUND))
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG) of an opaque colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blended(tint: QColor, base: QColor | None = None) -> QColor:
    """A translucent tint as it shows over the view's base colour."""
    base = base or QApplication.palette().base().color()
    a = tint.alphaF()
    return QColor.fromRgbF(*(a * t + (1 - a) * b for t, b in
                             ((tint.redF(), base.redF()), (tint.greenF(), base.greenF()),
                              (tint.blueF(), base.blueF()))))


def readable_on(tint: QColor) -> QColor:
    """Black or white, whichever reads better on the tint as shown."""
    shown = blended(tint)
    black, white = QColor("black"), QColor("white")
    return black if contrast(shown, black) >= contrast(shown, white) else white


def _date(row: dict) -> str:
    return (row.get("published") or "")[:10]


class ClaimTableModel(QAbstractTableModel):
    """Rows from core.store.claim_queries.claim_rows (already filtered, newest first)."""

    def __init__(self, stances: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.labels = stance_labels(stances)
        self.colours = {s["key"]: QColor(s["colour"]) for s in stances}

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CLAIM_COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(CLAIM_COLUMNS):
            return self.tr(CLAIM_COLUMNS[section])
        return None

    def cell(self, row: dict, column: int) -> str:
        values = (_date(row), row.get("outlet") or "", row["holder"],
                  self.labels.get(row.get("stance") or "", row.get("stance") or ""),
                  row["target"], excerpt(row["text"], 60), row.get("article_title") or "",
                  row.get("annotator") or "")
        return values[column]

    def data(self, index, role=DISPLAY):
        if role not in _CLAIM_ROLES:  # most of what a paint asks: decided before anything else is read
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == DISPLAY:
            return self.cell(row, index.column())
        if role == TOOLTIP and index.column() in (5, 6):
            return tooltip(row["text"] if index.column() == 5 else row.get("article_title"))
        if role == DECORATION and index.column() == 3:
            return self.colours.get(row.get("stance") or "")
        if role == ROW_ROLE:
            return row
        return None


class SummaryModel(QAbstractTableModel):
    """holder × target with the count of each stance; cells tinted by their stance colour."""

    def __init__(self, stances: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.summary: list[dict] = []
        self.keys = [s["key"] for s in stances]
        self.labels = stance_labels(stances)
        self.colours = {s["key"]: QColor(s["colour"]) for s in stances}
        self.columns = [*SUMMARY_COLUMNS, *self.keys]

    def set_summary(self, summary: list[dict]) -> None:
        self.beginResetModel()
        self.summary = summary
        extra = sorted({k for s in summary for k in s["stances"]} - set(self.keys))
        self.columns = [*SUMMARY_COLUMNS, *self.keys, *extra]
        self.endResetModel()

    def stance_keys(self) -> list[str]:
        return self.columns[3:]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.summary)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            key = self.columns[section]
            if role == Qt.DisplayRole:
                if section < len(SUMMARY_COLUMNS):
                    return self.tr(key)
                return self.labels.get(key, self.tr("No stance") if key == "unset" else key)
            if role == Qt.ForegroundRole and key in self.colours:
                return self.colours[key]
        return None

    def data(self, index, role=DISPLAY):
        if role not in _SUMMARY_ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.summary):
            return None
        row, column = self.summary[index.row()], index.column()
        key = self.columns[column]
        count = row["stances"].get(key, 0) if column >= 3 else None
        if role == DISPLAY:
            if column == 0:
                return self.tr("(no holder)") if row["holder"] == "?" else row["holder"]
            if column == 1:
                return self.tr("(no target)") if row["target"] == "?" else row["target"]
            if column == 2:
                return str(row["total"])
            return str(count) if count else ""
        if role == TEXT_ALIGNMENT and column >= 2:
            return _RIGHT
        if role == BACKGROUND and count and key in self.colours:
            return self._tint(key, count, row["total"])
        if role == FOREGROUND and count and key in self.colours:
            return readable_on(self._tint(key, count, row["total"]))
        return None

    def _tint(self, key: str, count: int, total: int) -> QColor:
        # The larger the share of the pair's claims, the stronger the tint; never so strong
        # that the count on it is hard to read (a mid-grey "Neutral" at full share was).
        tint = QColor(self.colours[key])
        tint.setAlpha(30 + int(100 * count / max(total, 1)))
        return tint
