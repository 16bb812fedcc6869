"""The narrowest the window's panes make the reader follows the fonts, not a count of pixels: 400 pixels at the
usual font (an 800-pixel window holds the list and the panels beside it), wider with a larger window font, so
that the claim editor opening over the article still has its stance keys in one row."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.claims.stance_strip import StanceStrip
from core.store.scheme import stances


def test_the_reader_is_400_pixels_at_least_at_the_usual_font(window):
    assert abs(window.reader.minimumWidth() - 400) <= 12


def test_a_larger_font_widens_the_least_reader_to_hold_the_stance_keys(qtbot, window):
    before = window.reader.minimumWidth()
    app = QApplication.instance()
    usual = app.font()
    font = QFont(usual)
    font.setPointSizeF(usual.pointSizeF() * 1.6)
    app.setFont(font)  # a larger system font: it reaches every widget, the stance keys' styled buttons too
    try:
        qtbot.waitUntil(lambda: window.reader.minimumWidth() > before)
        strip = StanceStrip(stances(window.db))  # (its buttons ignore a font set on it: measured as it opens)
        assert strip.sizeHint().width() > 400  # the keys outgrow the usual least width …
        assert window.reader.minimumWidth() >= strip.sizeHint().width()  # … and the reader grows to hold them
    finally:
        app.setFont(usual)
    qtbot.waitUntil(lambda: window.reader.minimumWidth() == before)
