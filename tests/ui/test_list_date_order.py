"""Sorting the list by date: an undated page sits among the articles of the day its text gives (≈), in both
orders, instead of after every dated article in the order it was imported."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

DATE_COLUMN = 2


def shown_dates(window) -> list[str]:
    model = window.model
    return [model.data(model.index(row, DATE_COLUMN)) for row in range(model.rowCount())]


def click_date_header(qtbot, window) -> None:
    header = window.list_view.horizontalHeader()
    with qtbot.waitSignal(window.model.refreshed, timeout=10000):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(DATE_COLUMN) + 10, header.height() // 2))


def test_inferred_days_sort_among_the_dated_articles(qtbot, seeded_window):
    dates = shown_dates(seeded_window)
    assert any(d.startswith("≈") for d in dates) and any(not d.startswith("≈") for d in dates), dates
    days = [d.lstrip("≈") for d in dates]
    assert days == sorted(days, reverse=True), dates  # newest first, as the list opens
    click_date_header(qtbot, seeded_window)
    ascending = [d.lstrip("≈") for d in shown_dates(seeded_window)]
    assert ascending == sorted(days), shown_dates(seeded_window)
