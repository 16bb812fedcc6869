"""Light and dark palettes that follow the system, and the fonts used for Japanese text."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Tried in order; Qt falls back along the list to the first installed family.
CJK_FAMILIES = ["Hiragino Sans", "Yu Gothic UI", "Noto Sans CJK JP", "IPAexGothic", "sans-serif"]
# Japanese reads better with more leading than Latin text (percent of line height).
LINE_HEIGHT = 150  # percent: Japanese text wants air, but a screenful of lines
READER_POINT_SIZE = 13


def cjk_font(point_size: float | None = None, weight: QFont.Weight | None = None) -> QFont:
    """A font that renders Japanese with the first available family of the stack."""
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    if point_size:
        font.setPointSizeF(point_size)
    if weight is not None:
        font.setWeight(weight)
    return font


def is_dark() -> bool:
    """Whether the system asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        colors = {
            QPalette.Window: "#202124", QPalette.WindowText: "#e8e6e3",
            QPalette.Base: "#1a1b1e", QPalette.AlternateBase: "#25272b",
            QPalette.Text: "#e8e6e3", QPalette.Button: "#2b2d31",
            QPalette.ButtonText: "#e8e6e3", QPalette.Highlight: "#3d6fb4",
            QPalette.HighlightedText: "#ffffff", QPalette.ToolTipBase: "#2b2d31",
            QPalette.ToolTipText: "#e8e6e3", QPalette.PlaceholderText: "#8a8d93",
            QPalette.Link: "#8ab4f8", QPalette.Mid: "#3a3d42", QPalette.Dark: "#111214",
        }
    else:
        colors = {
            QPalette.Window: "#f4f3ef", QPalette.WindowText: "#1f1f1f",
            QPalette.Base: "#fdfcf9", QPalette.AlternateBase: "#f3f1ec",
            QPalette.Text: "#1f1f1f", QPalette.Button: "#ebe9e4",
            QPalette.ButtonText: "#1f1f1f", QPalette.Highlight: "#2f6db5",
            QPalette.HighlightedText: "#ffffff", QPalette.ToolTipBase: "#fffbe6",
            QPalette.ToolTipText: "#1f1f1f", QPalette.PlaceholderText: "#8c8c8c",
            QPalette.Link: "#1a5fb4", QPalette.Mid: "#c9c6bf", QPalette.Dark: "#9e9a92",
        }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    disabled = QColor("#6b6e74" if dark else "#a0a0a0")
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, disabled)
    return p


def marks(palette: QPalette) -> dict[str, QColor]:
    """Colours of the raw view's line marks, derived from the palette in use."""
    dark = palette.color(QPalette.Base).lightness() < 128
    return {
        "body_bar": QColor("#4f9a6b" if dark else "#2e8b57"),
        "body_tint": QColor(79, 154, 107, 38 if dark else 28),
        "meta_text": QColor("#8fa9c9" if dark else "#5a6f8c"),
        "drop_text": QColor("#6b6e74" if dark else "#a3a09a"),
        "override": QColor("#d8a13a" if dark else "#c47f00"),
        "gutter_text": palette.color(QPalette.PlaceholderText),
    }


def apply_theme(app: QApplication) -> None:
    """Set the Fusion style and the palette matching the system scheme."""
    app.setStyle("Fusion")
    app.setPalette(_palette(is_dark()))


class ThemeFollower(QObject):
    """Re-applies the palette when the system switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._changed)

    def _changed(self, _scheme: Qt.ColorScheme) -> None:
        self._app.setPalette(_palette(is_dark()))


# Entity type colours (light, dark): distinct hues that stay apart for common colour
# blindness (Okabe–Ito based), darker on light paper and lighter on a dark base.
ENTITY_HUES = {
    "PERSON": ("#c8500a", "#ff9866"),
    "GPE": ("#1f6fb2", "#6cb4f0"),
    "LOC": ("#0f8a64", "#52cfa3"),
    "ORG": ("#b0487f", "#ea9ac6"),
    "LAW": ("#8a6a12", "#ddb955"),
    "EVENT": ("#6b4fc4", "#ac98f5"),
    "DATE": ("#5b7080", "#a4b8c6"),
}


def is_dark_palette(palette: QPalette) -> bool:
    """Whether a palette paints light text on a dark base."""
    return palette.color(QPalette.Base).lightness() < 128


def entity_colours(palette: QPalette) -> dict[str, QColor]:
    """The solid colour of each entity type (swatches, underlines) for this palette."""
    column = 1 if is_dark_palette(palette) else 0
    return {kind: QColor(pair[column]) for kind, pair in ENTITY_HUES.items()}


def entity_tint(colour: QColor, palette: QPalette, reviewed: bool) -> QColor:
    """A highlight background for text: strong enough to see, light enough to read through.

    Detected mentions nobody has reviewed get a paler tint than accepted or user ones.
    """
    tint = QColor(colour)
    alpha = (84 if reviewed else 52) if is_dark_palette(palette) else (70 if reviewed else 42)
    tint.setAlpha(alpha)
    return tint


def mark_colour(tied: bool, palette: QPalette) -> QColor:
    """Teal for mentions tied to a meeting, grey for those still waiting for one."""
    dark = is_dark_palette(palette)
    if tied:
        return QColor("#5cc2cf" if dark else "#17808f")
    return QColor("#8a8d93" if dark else "#9a968f")
