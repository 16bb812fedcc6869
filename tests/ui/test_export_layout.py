"""The export dialog keeps still: changing the format never moves the folder field under the mouse."""

from PySide6.QtCore import QPoint, Qt

from core.export import FORMATS


def test_folder_field_stays_put_whatever_the_format(qtbot, window):
    dialog = window.show_export()
    qtbot.waitExposed(dialog)
    for width in (520, 640, 900):
        dialog.resize(width, 560)
        qtbot.wait(10)
        dialog.format.setFocus()
        dialog.format.setCurrentIndex(0)
        qtbot.wait(10)
        where = dialog.folder.mapTo(dialog, QPoint(0, 0))
        for _ in FORMATS[1:]:
            qtbot.keyClick(dialog.format, Qt.Key_Down)  # the next format, by keyboard
            qtbot.wait(10)
            assert dialog.folder.mapTo(dialog, QPoint(0, 0)) == where, (width, dialog.fmt())
        assert dialog.fmt() == FORMATS[-1]
