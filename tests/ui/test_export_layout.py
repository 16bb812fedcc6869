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
