"""The fields of one registry entity (the registry window's right side): name, English, reading, type, aliases."""

from __future__ import annotations

import re
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from core.registry import Entity
from ui.common.entity_types import REGISTRY_TYPES, type_label
from ui.entities.registry_model import origin_label

TYPED = ("name", "en", "reading", "type", "aliases")  # the Entity fields the editor shows


def parse_aliases(text: str) -> list[str]:
    """Aliases typed one per line or separated by commas (、 and ， too), without repeats."""
    seen: list[str] = []
    for part in re.split(r"[\n,、，]", text):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen


class EntityEditor(QWidget):
    """The fields of one entity; save builds the edited Entity."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entity: Entity | None = None
        self.heading = QLabel()
        self.heading.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.name = QLineEdit()
        self.en = QLineEdit()
        self.reading = QLineEdit()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Type"))
        for code in REGISTRY_TYPES:
            self.kind.addItem(type_label(code), code)
        self.aliases = QPlainTextEdit()
        self.aliases.setPlaceholderText(self.tr("One per line, or separated by commas"))
        self.aliases.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&English"), self.en)
        form.addRow(self.tr("&Reading"), self.reading)
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&Aliases"), self.aliases)
        self.set_entity(None)

    def set_entity(self, entity: Entity | None) -> None:
        self.entity = entity
        for widget in (self.name, self.en, self.reading, self.kind, self.aliases):
            widget.setEnabled(entity is not None)
        if entity is None:
            self.heading.setText(self.tr("Select an entity in the table."))
            for line in (self.name, self.en, self.reading):
                line.clear()
            self.aliases.clear()
            return
        origin = origin_label(entity.origin)
        self.heading.setText(f"<b>{escape(entity.name)}</b> · {escape(entity.id)} · {escape(origin)}")
        self._fill(entity)

    def typed_fields(self) -> dict:
        """The fields typed into and not saved yet, by Entity field name ({} when none)."""
        edited = self.edited()
        return {} if edited is None else {name: getattr(edited, name) for name in TYPED
                                          if getattr(edited, name) != getattr(self.entity, name)}

    def keep_typing(self, typed: dict) -> None:
        """Show typed (typed_fields() read before the entity was set again, as stored now) over the entity's
        other fields: what the user typed stays, what changed elsewhere in the fields they left shows."""
        if self.entity is not None and typed:
            self._fill(replace(self.entity, **typed))

    def _fill(self, entity: Entity) -> None:
        self.name.setText(entity.name)
        self.en.setText(entity.en or "")
        self.reading.setText(entity.reading or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(entity.type)))
        self.aliases.setPlainText("\n".join(entity.aliases))

    def edited(self) -> Entity | None:
        """The entity with the fields' values, or None when nothing changed."""
        if self.entity is None:
            return None
        entity = replace(self.entity, name=self.name.text().strip(), en=self.en.text().strip() or None,
                         reading=self.reading.text().strip() or None, type=self.kind.currentData(),
                         aliases=parse_aliases(self.aliases.toPlainText()),
                         attributes=dict(self.entity.attributes))
        return None if entity == self.entity else entity
