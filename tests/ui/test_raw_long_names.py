"""The raw view names the file an article came from: a long name of one unbroken word (words joined by
underscores, as saved pages and exports are named) is shortened in its middle to the reader's width, its start
and its end (the date, the extension) in sight and the whole name on hover; before, it ran past the reader's edge,
cut, and held the reader as wide as itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.waits import settle

NAME = ("reuters_world_asia_pacific_rubio_wang_yi_meet_in_kuala_lumpur_for_first_face_to_face_talks_"
        "2025_07_11_full_text.txt")


def raw_window(qtbot, seeds, tmp_path, library_of, make_window, name):
    """A window 800 pixels wide showing, as raw text, the first seed saved under name."""
    path = tmp_path / name
    path.write_text(seeds[0].read_text(encoding="utf-8"), encoding="utf-8")
    library_of([path])
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.reader.article_id is not None)
    window.resize(800, 600)
    window.activateWindow()
    qtbot.keyClick(window.list_view, Qt.Key_R, Qt.ControlModifier)  # View → Show Raw Text
    settle(qtbot)
    return window


def test_a_long_file_name_is_shortened_in_its_middle_to_the_readers_width(
        qtbot, seeds, tmp_path, library_of, make_window):
    window = raw_window(qtbot, seeds, tmp_path, library_of, make_window, NAME)
    area = window.reader
    name = area.raw_name
    assert area.currentWidget() is area.raw_page and name.isVisible()
    assert name.geometry().right() <= area.raw_page.width()  # not past the reader's edge
    shown = name.text()
    assert "…" in shown and shown.startswith("reuters_") and shown.endswith("full_text.txt")
    assert NAME in name.toolTip()
    assert area.minimumSizeHint().width() < 500  # the name does not hold the reader wide


def test_a_short_file_name_reads_whole(qtbot, seeds, tmp_path, library_of, make_window):
    window = raw_window(qtbot, seeds, tmp_path, library_of, make_window, "rubio_wang.txt")
    assert window.reader.raw_name.text() == "rubio_wang.txt" and window.reader.raw_name.toolTip() == ""
