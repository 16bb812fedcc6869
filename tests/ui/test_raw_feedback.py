"""The raw view says what B / D / U did, and its legend describes the marks as they are drawn."""

from PySide6.QtCore import Qt

from tests.ui.day_helpers import GRANT_TEXT


def test_b_d_u_say_what_they_did_in_the_status_bar(qtbot, grant_window):
    window = grant_window
    qtbot.keyClick(window.reader.reader.body, Qt.Key_R, Qt.ControlModifier)
    raw = window.reader.raw
    assert raw.isVisible()
    line = 1 + GRANT_TEXT.splitlines().index(next(l for l in GRANT_TEXT.splitlines() if "グラント外相は" in l))
    raw.go_to_line(line)
    for key, words in ((Qt.Key_D, "Boilerplate"), (Qt.Key_B, "Body"), (Qt.Key_U, "Cleaner Decide")):
        qtbot.keyClick(raw, key)
        message = window.statusBar().currentMessage()
        assert words in message and f"Line {line}" in message


def test_raw_legend_describes_metadata_lines_as_drawn(grant_window):
    legend = grant_window.reader.raw_legend.text()
    assert "italic" not in legend  # metadata lines are drawn upright, in a colour
    from ui.common.theme import marks

    colour = marks(grant_window.reader.palette())["meta_text"].name()
    assert f"color:{colour}'>coloured</span> lines gave metadata" in legend
