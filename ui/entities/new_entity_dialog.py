"""A small form for a new registry entity: name, type, English name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ui.common.entity_types import REGISTRY_TYPES, type_label


class NewEntityDialog(QDialog):
    """Asks for what a new entity needs; the caller creates it when accepted."""

    def __init__(self, name: str, kind: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Entity"))
        self.name = QLineEdit(name)
        self.kind = QComboBox()
        for code in REGISTRY_TYPES:
            self.kind.addItem(type_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "PERSON")))
        self.en = QLineEdit()
        self.en.setPlaceholderText(self.tr("optional"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&English"), self.en)
        form.addRow(buttons)
        self.resize(380, 0)

    def values(self) -> tuple[str, str, str | None]:
        """(name, type, English name or None)."""
        return self.name.text().strip(), self.kind.currentData(), self.en.text().strip() or None

    def accept(self) -> None:
        if self.name.text().strip():
            super().accept()
