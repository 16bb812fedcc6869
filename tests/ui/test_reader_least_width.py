"""The narrowest the window's panes make the reader follows the fonts, not a count of pixels: 400 pixels at the
usual font (an 800-pixel window holds the list and the panels beside it), wider with a larger window font, so
that the claim editor opening over the article still has its stance keys in one row."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.claims.stance_strip import StanceStrip
from core.store.scheme import stances


def test_the_reader_is_400_pixels_at_least_at_the_usual_font(window):
    assert abs(window.reader.minimumWidth() - 400) <= 12


def test_a_larger_font_widens_the_least_reader_to_hold_the_stance_keys(qtbot, window):
    before = window.reader.minimumWidth()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    window.setFont(font)  # as a larger system font reaches every widget
    qtbot.waitUntil(lambda: window.reader.minimumWidth() > before)
    strip = StanceStrip(stances(window.db))
    strip.setFont(font)
    assert window.reader.minimumWidth() >= strip.sizeHint().width()
    window.setFont(QApplication.font())
    qtbot.waitUntil(lambda: window.reader.minimumWidth() == before)
