"""The stance strip of the claim editor: the library's stances and three intensities, each on a single key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ui.claims.labels import shown_label, ui_language
from ui.common.plain import tooltip

INTENSITIES = ("low", "medium", "high")
INTENSITY_LABELS = {"low": QT_TRANSLATE_NOOP("StanceStrip", "low"),
                    "medium": QT_TRANSLATE_NOOP("StanceStrip", "medium"),
                    "high": QT_TRANSLATE_NOOP("StanceStrip", "high")}


class StanceStrip(QWidget):
    """Stance and intensity on single keys (the library's stance shortcuts, 1/2/3)."""

    changed = Signal()

    def __init__(self, stances: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.StrongFocus)
        self.stances = stances
        self.stance: str | None = None
        self.intensity: str | None = None
        self.keys = {(s.get("shortcut") or "").upper(): s["key"] for s in stances if s.get("shortcut")}
        self.buttons: dict[str, QToolButton] = {}
        # Stances on the first row, intensity on the second, so no label is cut short.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(3, 3, 3, 3)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(4)
        levels = QHBoxLayout()
        levels.setSpacing(4)
        rows.addLayout(layout)
        rows.addLayout(levels)
        for s in stances:
            key = (s.get("shortcut") or "").upper()
            label = shown_label(s)
            button = self._button(f"{key} {label}" if key else label, s["colour"])
            if ui_language() != "ja" and s.get("label_ja"):
                button.setToolTip(tooltip(s["label_ja"]))  # the Japanese word, for readers of Japanese articles
            button.clicked.connect(lambda _=False, k=s["key"]: self.set_stance(k, toggle=True))
            self.buttons[s["key"]] = button
            layout.addWidget(button)
        layout.addStretch(1)
        for number, level in enumerate(INTENSITIES, 1):
            button = self._button(f"{number} {self.tr(INTENSITY_LABELS[level])}", None)
            button.clicked.connect(lambda _=False, v=level: self.set_intensity(v, toggle=True))
            self.buttons[level] = button
            levels.addWidget(button)
        levels.addStretch(1)

    def _button(self, text: str, colour: str | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.NoFocus)  # the strip takes the keys; Tab skips the buttons
        button.setAutoRaise(True)
        # The colour comes from the library's scheme (an imported dataset may set it): only a
        # real colour, by its #rrggbb name, goes into the style sheet, never the text as given.
        colour = QColor(colour).name() if colour and QColor.isValidColorName(colour) else None
        if colour:
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {colour}; border-radius: 3px; padding: 1px 5px; }}"
                f"QToolButton:checked {{ background: {colour}; color: white; }}")
        else:
            button.setStyleSheet("QToolButton { border: 1px solid palette(mid); border-radius: 3px;"
                                 " padding: 1px 5px; } QToolButton:checked { background: palette(mid); }")
        return button

    def set_stance(self, key: str | None, toggle: bool = False) -> None:
        self.stance = None if toggle and key == self.stance else key
        self._sync()

    def set_intensity(self, level: str | None, toggle: bool = False) -> None:
        self.intensity = None if toggle and level == self.intensity else level
        self._sync()

    def _sync(self) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key in (self.stance, self.intensity))
        self.changed.emit()

    def keyPressEvent(self, event) -> None:
        text = event.text().upper()
        if text in self.keys:
            self.set_stance(self.keys[text], toggle=True)
        elif text in ("1", "2", "3"):
            self.set_intensity(INTENSITIES[int(text) - 1], toggle=True)
        elif event.key() in (Qt.Key_Backspace, Qt.Key_Delete, Qt.Key_0):
            self.set_stance(None)
            self.set_intensity(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # A focus ring, so it is clear that the letter keys go here.
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 1))
            painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 3, 3)

