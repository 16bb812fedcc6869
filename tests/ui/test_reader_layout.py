"""The reader: a screenful of lines, a header that scrolls away with the body, a legend that never clips."""

from PySide6.QtCore import QPoint, Qt


def test_header_scrolls_with_the_body(qtbot, entity_window):
    window = entity_window
    window.resize(1000, 520)
    reader = window.reader.reader
    body = reader.body
    qtbot.waitUntil(lambda: body.verticalScrollBar().maximum() > 0)
    title_top = reader.title.mapTo(body.viewport(), QPoint(0, 0)).y()
    assert title_top >= 0  # the title sits above the text, inside the scrolled area
    qtbot.keyClick(body, Qt.Key_End, Qt.ControlModifier)
    bar = body.verticalScrollBar()
    assert bar.value() > 0
    assert reader.title.mapTo(body.viewport(), QPoint(0, 0)).y() == title_top - bar.value()
    bar.setValue(0)  # the wheel back to the top
    assert reader.title.mapTo(body.viewport(), QPoint(0, 0)).y() == title_top
    # The first body line starts below the header, not under it.
    first = body.document().firstBlock().layout().position().y()
    assert first >= reader.header.height()


def test_body_lines_are_set_at_a_readable_not_loose_spacing(entity_window):
    body = entity_window.reader.reader.body
    block = body.document().firstBlock()
    while block.isValid() and block.layout().lineCount() < 2:
        block = block.next()
    layout = block.layout()
    step = layout.lineAt(1).y() - layout.lineAt(0).y()
    font_height = body.fontMetrics().height()
    assert 1.3 * font_height <= step <= 1.6 * font_height


def test_legend_chips_wrap_rather_than_clip(qtbot, entity_window):
    window = entity_window
    legend = window.entities.layer.legend
    for width in (900, 420, 300):
        legend.resize(width, legend.heightForWidth(width))
        legend.layout().setGeometry(legend.rect())
        for box in legend.boxes.values():
            assert box.width() >= box.sizeHint().width(), (width, box.text())
            assert legend.rect().contains(box.geometry()), (width, box.text())


def test_legend_names_the_meeting_marks_with_a_tooltip(entity_window):
    legend = entity_window.entities.layer.legend
    assert legend.meeting.text() == "Meeting"
    assert "press G" in legend.meeting.toolTip()


def test_a_narrow_window_narrows_the_list_not_the_article(qtbot, entity_window):
    """On a small screen (800 pixels wide, the panels open) the list gives way and the article keeps a column
    a line of text fits in; before, the list kept its 400 pixels and the article got about 120."""
    window = entity_window
    window.resize(1280, 774)
    window.resize(800, 774)
    qtbot.waitUntil(lambda: window.reader.width() < 700)
    list_width, reader_width = window.splitter.sizes()
    assert reader_width >= 320 and list_width < 400
    body = window.reader.reader.body
    block = body.document().firstBlock()
    assert block.layout().lineCount() >= 1
    line = block.layout().lineAt(0)
    assert line.textLength() >= 10  # ten characters or more a line, not a column of single letters
