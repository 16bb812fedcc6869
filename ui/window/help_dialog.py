"""Help → Keyboard Shortcuts: a table built from ui.common.shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from ui.common.screen_fit import resize_within_screen
from ui.common.shortcuts import (
    CLAIM_EDITOR_KEYS, CLAIMS_PANEL_KEYS, RAW_VIEW_KEYS, READER_KEYS, SHORTCUTS, TYPE_KEY_TEXT, described,
    native_text,
)
from ui.common.entity_types import ENTITY_TYPES, type_label

translate = QCoreApplication.translate


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut, window-wide first."""
    right_click = translate("Shortcuts", "Right-click")
    rows = [(", ".join(native_text(k) for k in keys), described(text)) for keys, text in SHORTCUTS.values()]
    rows.append((right_click, translate("Shortcuts", "Set the status of the selected articles (article list)")))
    where = translate("Shortcuts", "{action} (reader)")
    rows += [(key, where.format(action=described(TYPE_KEY_TEXT).format(type=type_label(kind))))
             for kind, key, _label in ENTITY_TYPES]  # a row per type key: which digit is which type, and that
    rows += [(key, where.format(action=described(text)))  # it accepts a proposed name as well as marks one
             for name, (key, text) in READER_KEYS.items() if name != "types"]
    rows.append((right_click, translate("Shortcuts", "Correct a highlighted name, make a claim (reader)")))
    where = translate("Shortcuts", "{action} (claim editor)")
    rows += [(key, where.format(action=described(text))) for key, text in CLAIM_EDITOR_KEYS.values()]
    where = translate("Shortcuts", "{action} (claims panel)")
    rows += [(key, where.format(action=described(text))) for key, text in CLAIMS_PANEL_KEYS.values()]
    where = translate("Shortcuts", "{action} (raw view)")
    rows += [(key, where.format(action=described(text))) for key, text in RAW_VIEW_KEYS.values()]
    rows.append((right_click, translate("Shortcuts", "Mark a raw line (raw view)")))
    return rows


class ShortcutsDialog(QDialog):
    """Lists the keyboard shortcuts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 2, self)
        table.setAccessibleName(self.windowTitle())
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.setSelectionMode(QTableWidget.NoSelection)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
            table.item(row, 1).setToolTip(text)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # One line per shortcut, every row the same height: a long description is elided
        # (its tooltip holds it whole) rather than wrapped by a column width not yet known.
        table.setWordWrap(False)
        table.setTextElideMode(Qt.ElideRight)
        rows_header = table.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.Fixed)
        rows_header.setDefaultSectionSize(table.fontMetrics().height() + 8)
        resize_within_screen(self, 820, 620)
