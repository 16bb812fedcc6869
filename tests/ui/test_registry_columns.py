"""The entity registry's columns are sized from their words: in a 760-pixel window every column is in sight, with
each type and origin whole and a name's first characters. Fixed pixel widths pushed the aliases and the origin
out of sight behind a sideways scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.i18n_walk import language
from tests.ui.waits import settle


@pytest.mark.parametrize("code", ["en", "ja"])
def test_every_column_of_the_registry_is_in_sight_with_its_words_whole(qapp, qtbot, make_window, code):
    with language(qapp, code):
        window = make_window()
        window.actions_by_name["registry"].trigger()  # Tools → Entity Registry, as clicked
        qtbot.waitUntil(lambda: window.entities.registry_window is not None
                        and window.entities.registry_window.isVisible())
        registry = window.entities.registry_window
        settle(qtbot)
        table, header = registry.table, registry.table.horizontalHeader()
        model = table.model()
        assert registry.width() < 800 and not table.horizontalScrollBar().isVisible()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Horizontal)
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title), title
        for column in (1, 4):  # the type and the origin of every entity read whole
            widest = max(table.fontMetrics().horizontalAdvance(model.index(r, column).data())
                         for r in range(min(model.rowCount(), 500)))
            assert header.sectionSize(column) > widest, column
