"""A settings file holding odd values (edited by hand, left by another version, broken): the window and its
dialogs open as on a first start for those settings, never with a traceback (before, text where a geometry
was kept, nan or 1e999 for a number, or a width of 10^20 pixels stopped the window from opening)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ui.common.settings_read import read_setting

# Every setting the window, its panels and dialogs read at opening.
KEYS = ("window/geometry", "window/state", "window/splitter", "reader/zoom", "reader/raw", "reader/article",
        "meetings/geometry", "meetings/splitter", "meetings/confidence", "list/sort_column",
        "list/sort_descending", "list/outlet_width", "list/date_width", "export/format", "export/folder",
        "import/dataset_format", "import/last_folder", "ui/language", "entities/show_PERSON",
        "claims/hide_unsure")
ODD = ("abc", "nan", "1e999", "99999999999999999999", ["a", "b"], "")


@pytest.mark.parametrize("odd", ODD, ids=repr)
def test_the_window_and_its_dialogs_open_over_odd_settings(qtbot, seeds, library_of, make_window, odd):
    library_of(seeds[:2])
    settings = QSettings()
    for key in KEYS:
        settings.setValue(key, odd)
    settings.sync()
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.reader.article_id is not None, timeout=20000)
    assert window.reader.reader.zoom == 0 and window.width() > 300
    assert all(width < 4000 for width in window.list_view.columns.chosen.values())
    window.show_export()
    window.meetings.show_meetings()
    window.entities.show_registry()


def test_a_setting_of_another_kind_or_out_of_range_reads_as_the_default():
    settings = QSettings()
    settings.setValue("test/number", "nan")
    assert read_setting("test/number", 3) == 3 and read_setting("test/number", 0.5) == 0.5
    settings.setValue("test/number", "7")
    assert read_setting("test/number", 3) == 7 and read_setting("test/number", 3, high=5) == 3
    settings.setValue("test/geometry", "abc")
    assert read_setting("test/geometry", QByteArray()).isEmpty()
    settings.setValue("test/text", ["a", "b"])
    assert read_setting("test/text", "auto") == "auto"
