"""Table models of the claims browser: every claim, and the holder × target stance summary."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ui.claim_editor import excerpt
from ui.plain import tooltip

CLAIM_COLUMNS = ("Date", "Outlet", "Holder", "Stance", "Target", "Claim", "Article", "Annotator")
ROW_ROLE = Qt.UserRole


def _date(row: dict) -> str:
    return (row.get("published") or "")[:10]


class ClaimTableModel(QAbstractTableModel):
    """Rows from core.store.claim_queries.claim_rows (already filtered, newest first)."""

    def __init__(self, stances: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.labels = {s["key"]: s["label"] for s in stances}
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
            return CLAIM_COLUMNS[section]
        return None

    def cell(self, row: dict, column: int) -> str:
        values = (_date(row), row.get("outlet") or "", row["holder"],
                  self.labels.get(row.get("stance") or "", row.get("stance") or ""),
                  row["target"], excerpt(row["text"], 60), row.get("article_title") or "",
                  row.get("annotator") or "")
        return values[column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ToolTipRole and index.column() in (5, 6):
            return tooltip(row["text"] if index.column() == 5 else row.get("article_title"))
        if role == Qt.DecorationRole and index.column() == 3:
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
        self.labels = {s["key"]: s["label"] for s in stances}
        self.colours = {s["key"]: QColor(s["colour"]) for s in stances}
        self.columns = ["Holder", "Target", "Total", *self.keys]

    def set_summary(self, summary: list[dict]) -> None:
        self.beginResetModel()
        self.summary = summary
        extra = sorted({k for s in summary for k in s["stances"]} - set(self.keys))
        self.columns = ["Holder", "Target", "Total", *self.keys, *extra]
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
                return self.labels.get(key, "No stance" if key == "unset" else key)
            if role == Qt.ForegroundRole and key in self.colours:
                return self.colours[key]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.summary):
            return None
        row, column = self.summary[index.row()], index.column()
        key = self.columns[column]
        count = row["stances"].get(key, 0) if column >= 3 else None
        if role == Qt.DisplayRole:
            if column == 0:
                return "(no holder)" if row["holder"] == "?" else row["holder"]
            if column == 1:
                return "(no target)" if row["target"] == "?" else row["target"]
            if column == 2:
                return str(row["total"])
            return str(count) if count else ""
        if role == Qt.TextAlignmentRole and column >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and count and key in self.colours:
            # The larger the share of the pair's claims, the stronger the tint.
            tint = QColor(self.colours[key])
            tint.setAlpha(40 + int(140 * count / max(row["total"], 1)))
            return tint
        return None
