"""The article's title and its outlet and date, pinned above the body once the full header has scrolled away.

The reader's full header (a long title wraps to several lines in a narrow window, then captions) scrolls with
the body, so a laptop's short window keeps room for the text. Scrolled past it, a reader still needs to know
which article and which day they are reading: this one-line-each strip says so, shortened with … (whole on
hover) rather than growing.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.common.narrow import ElidedLabel
from ui.common.theme import cjk_font


class PinnedHeader(QWidget):
    """Two elided lines: the title, and the metadata line (outlet · date · …). Hidden until follow() says the
    full header is out of sight."""

    def __init__(self, side_margin: int, parent=None) -> None:
        """side_margin: the reader text's, so the strip lines up with it."""
        super().__init__(parent)
        self.setObjectName("pinnedHeader")
        self.untitled, self.point_size = False, 10.0
        self.setAutoFillBackground(True)
        self.title, self.meta = ElidedLabel(), ElidedLabel()
        self.meta.setForegroundRole(QPalette.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(side_margin, 4, side_margin, 4)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        self.hide()

    def show_article(self, title: str, meta: str, untitled: bool) -> None:
        self.title.setText(title)
        self.meta.setText(meta)
        self.meta.setVisible(bool(meta))
        self.untitled = untitled
        self.set_point_size(self.point_size)

    def set_point_size(self, size: float) -> None:
        """Fonts that follow the reader's zoom, a little smaller than the header they stand for (an untitled
        article's first words in italics, as in the header)."""
        self.point_size = size
        title = cjk_font(size, QFont.Bold)
        title.setItalic(self.untitled)
        self.title.setFont(title)
        self.meta.setFont(cjk_font(size * 0.8))

    def follow(self, scrolled: int, header_bottom: int) -> bool:
        """Shown while the body is scrolled past header_bottom (the full header's date line), hidden above it;
        True when it came or went."""
        pinned = scrolled > header_bottom
        if pinned == self.isVisible():
            return False
        self.setVisible(pinned)
        return True
