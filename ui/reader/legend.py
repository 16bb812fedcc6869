"""The entity legend: one coloured toggle per type, above the reader and in the View menu."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QWidget

from ui.common.entity_types import ENTITY_TYPES, type_label
from ui.common.flow_layout import FlowLayout
from ui.common.theme import entity_colours, entity_tint, mark_colour
from ui.common.settings_read import read_setting

SETTING = "entities/show_{kind}"


# The panels give each row of every article opened a swatch: each drawn once (a few colours in all).
_SWATCHES: dict[tuple, QIcon] = {}


def swatch(colour: QColor, tint: QColor | None = None, size: int = 12) -> QIcon:
    """A small square of a type's colour (tinted inside, solid edge), for legends and lists."""
    key = (colour.rgba(), None if tint is None else tint.rgba(), size)
    icon = _SWATCHES.get(key)
    if icon is None:
        icon = _SWATCHES[key] = _draw_swatch(colour, tint, size)
    return icon


def _draw_swatch(colour: QColor, tint: QColor | None, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.setBrush(tint or colour)
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 2, 2)
    painter.end()
    return QIcon(pixmap)


class LegendBar(QWidget):
    """Checkboxes per entity type; the shown/hidden choice persists in QSettings."""

    changed = Signal()  # the set of hidden types changed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        settings = QSettings()
        layout = FlowLayout(self)
        layout.setContentsMargins(20, 5, 20, 5)
        self.boxes: dict[str, QCheckBox] = {}
        self.actions: dict[str, QAction] = {}
        for kind, key, _label in ENTITY_TYPES:
            label = type_label(kind)
            shown = read_setting(SETTING.format(kind=kind), True, settings=settings)
            box = QCheckBox(label)
            box.setChecked(shown)
            box.setToolTip(self.tr("Show {type} highlights ({kind}); press {key} on a selection "
                                   "to mark it as {type}").format(type=label.lower(), kind=kind, key=key))
            box.setFocusPolicy(Qt.TabFocus)
            action = QAction(self.tr("Highlight {type}").format(type=label), self)
            action.setCheckable(True)
            action.setChecked(shown)
            box.toggled.connect(action.setChecked)
            action.toggled.connect(box.setChecked)
            action.toggled.connect(lambda on, k=kind: self._toggled(k, on))
            layout.addWidget(box)
            self.boxes[kind], self.actions[kind] = box, action
        # The meeting marks are drawn by another layer: a key to them, with what they mean.
        self.meeting = QLabel(self.tr("Meeting"))
        self.meeting.setToolTip(self.tr(
            "A dotted line over a phrase marks a meeting mention: teal when tied to a meeting, "
            "grey while waiting for one. Put the caret in it and press G to attach it."))
        layout.addWidget(self.meeting)
        # A narrow reader wraps the toggles to a second line rather than clipping them
        # or forcing the whole window wider.
        policy = QSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._paint_swatches()

    def hidden(self) -> set[str]:
        """The types whose highlights are switched off."""
        return {kind for kind, box in self.boxes.items() if not box.isChecked()}

    def set_shown(self, kind: str, shown: bool) -> None:
        self.actions[kind].setChecked(shown)

    def _toggled(self, kind: str, on: bool) -> None:
        QSettings().setValue(SETTING.format(kind=kind), on)
        self.changed.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._paint_swatches()

    def _paint_swatches(self) -> None:
        # Each label is drawn the way its highlight looks: the tint behind, the colour below.
        palette = self.palette()
        for kind, colour in entity_colours(palette).items():
            tint = entity_tint(colour, palette, True)
            self.boxes[kind].setStyleSheet(
                f"QCheckBox {{ background: rgba({tint.red()},{tint.green()},{tint.blue()},"
                f"{tint.alpha()}); border-bottom: 2px solid {colour.name()}; "
                "border-radius: 3px; padding: 1px 5px 1px 3px; }")
            self.actions[kind].setIcon(swatch(colour, tint))
        teal = mark_colour(True, palette).name()
        self.meeting.setStyleSheet(f"QLabel {{ border-top: 2px dotted {teal}; padding: 1px 5px; }}")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().heightForWidth(width)
