"""The export dialog keeps still: changing the format never moves the folder field under the mouse."""

from PySide6.QtCore import QPoint, Qt

from core.export import FORMATS
from tests.ui.waits import settle


def test_folder_field_stays_put_whatever_the_format(qtbot, window):
    dialog = window.show_export()
    qtbot.waitExposed(dialog)
    for width in (520, 640, 900):
        dialog.resize(width, 560)
        settle(qtbot)
        dialog.format.setFocus()
        dialog.format.setCurrentIndex(0)
        settle(qtbot)  # laid out for the first format
        where = dialog.folder.mapTo(dialog, QPoint(0, 0))
        for _ in FORMATS[1:]:
            qtbot.keyClick(dialog.format, Qt.Key_Down)  # the next format, by keyboard
            settle(qtbot)  # laid out for the new format
            assert dialog.folder.mapTo(dialog, QPoint(0, 0)) == where, (width, dialog.fmt())
        assert dialog.fmt() == FORMATS[-1]


def test_spare_height_goes_below_the_choices_not_among_them(qtbot, window):
    """With nothing written yet (here a library with no articles) the choices keep their place and size as the
    dialog grows: the spare height sits between the articles group and the buttons."""
    dialog = window.show_export()
    qtbot.waitExposed(dialog)
    articles = dialog.articles
    shapes = []
    for height in (560, 900):
        dialog.resize(640, height)
        settle(qtbot)
        assert not dialog.summary_box.isVisible()
        shapes.append((dialog.folder.mapTo(dialog, QPoint(0, 0)), articles.geometry()))
        below = dialog.export_button.mapTo(dialog, QPoint(0, 0)).y() - articles.geometry().bottom()
        assert below > dialog.fontMetrics().height() * 4, height  # the spare is at the bottom
    assert shapes[0] == shapes[1]
    gap = articles.geometry().top() - (shapes[0][0].y() + dialog.folder.height())
    assert gap < dialog.fontMetrics().height() * 2  # the articles group follows the folder row
