"""A registry of 10,000 entities: sorting and filtering read each row's key once, never a cell per
comparison (a sort through the proxy called back into Python twice per comparison and froze the window
for seconds at each opening of the registry, each F5 and each cleared search)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from core.registry import Entity
from ui.entities.chooser import EntityChooser
from ui.entities.registry_model import RegistryFilter, RegistryModel

KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロワ"


def many_entities(n: int = 10_000) -> list[Entity]:
    """n people with distinct katakana names in no order, each with an English name."""
    entities = []
    for i in range(n):
        name = "".join(KATAKANA[(i * 7919 // len(KATAKANA) ** k) % len(KATAKANA)] for k in range(4)) + f"・{i}"
        entities.append(Entity(f"user:p{i}", "PERSON" if i % 3 else "ORG", name, f"Name {n - i:05d}",
                               origin="user"))
    return entities


class CountingModel(RegistryModel):
    """The registry model, counting the cells the views and the proxy read."""

    reads = 0

    def data(self, index, role=Qt.DisplayRole):
        CountingModel.reads += 1
        return super().data(index, role)


def test_sorting_and_filtering_ten_thousand_entities_read_no_cell_per_comparison():
    model = CountingModel(many_entities())
    proxy = RegistryFilter()
    proxy.setSourceModel(model)
    CountingModel.reads = 0
    proxy.sort(2, Qt.DescendingOrder)  # a click on the English header, twice
    proxy.set_search("ア")
    proxy.set_search("")
    proxy.sort(0, Qt.AscendingOrder)
    assert CountingModel.reads < 1000  # before: about 280,000
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold) and len(names) == 10_000


def _sortable_table(qtbot, count: int):
    """A table over `count` entities, sortable by a header click, as the registry window shows them."""
    from PySide6.QtWidgets import QTableView

    proxy = RegistryFilter()
    proxy.setSourceModel(RegistryModel(many_entities(count)))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    return table, proxy


def test_a_header_sort_orders_the_column_and_keeps_the_current_row(qtbot):
    table, proxy = _sortable_table(qtbot, 200)
    table.setCurrentIndex(proxy.index(17, 0))
    current = table.currentIndex().data(Qt.UserRole)  # the entity id
    table.sortByColumn(2, Qt.AscendingOrder)
    english = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert english == sorted(english)
    assert table.currentIndex().data(Qt.UserRole) == current
    table.sortByColumn(2, Qt.DescendingOrder)
    assert [proxy.index(r, 2).data() for r in range(proxy.rowCount())] == english[::-1]
    assert table.currentIndex().data(Qt.UserRole) == current


def test_the_chooser_puts_the_entities_sharing_the_name_first_among_ten_thousand(qtbot):
    entities = many_entities()
    entities.append(Entity("person:wang-yi", "PERSON", "王毅", "Wang Yi", aliases=["王外相"]))
    chooser = EntityChooser(entities, "王毅", search="王外相", allow_new=True)
    qtbot.addWidget(chooser)
    assert chooser.current_id() == "person:wang-yi"
    chooser.search.setText("ア")
    assert chooser.current_id() is None and chooser.proxy.rowCount() > 100


class CountingFilter(RegistryFilter):
    """The registry filter, counting the rows it is asked about."""

    asked = 0

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        CountingFilter.asked += 1
        return super().filterAcceptsRow(source_row, source_parent)


def counting_sorts(monkeypatch) -> list[int]:
    """The sizes of the lists the registry model sorts from now on."""
    from ui.entities import registry_model

    sizes: list[int] = []

    def counted(rows, **options):
        rows = list(rows)
        sizes.append(len(rows))
        return sorted(rows, **options)

    monkeypatch.setattr(registry_model, "sorted", counted, raising=False)
    return sizes


def test_a_header_click_sorts_the_rows_once(qtbot, monkeypatch):
    table, proxy = _sortable_table(qtbot, 300)
    table.sortByColumn(0, Qt.AscendingOrder)
    table.show()
    header = table.horizontalHeader()
    english_header = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2)
    sorts = counting_sorts(monkeypatch)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=english_header)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=english_header)  # and again: the other way
    assert sorts == [300, 300]  # before: [300, 300, 300, 300] (type and name order, then the column, each time)
    english = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert english == sorted(english, key=str.casefold, reverse=header.sortIndicatorOrder() == Qt.DescendingOrder)
    assert header.sortIndicatorSection() == 2


def test_a_chooser_keystroke_sorts_only_when_other_entities_share_the_name(qtbot, monkeypatch):
    entities = many_entities(300)
    entities.append(Entity("person:wang-yi", "PERSON", "王毅", "Wang Yi", aliases=["王外相"]))
    filtering = CountingFilter()
    monkeypatch.setattr("ui.entities.chooser.RegistryFilter", lambda parent: filtering)
    chooser = EntityChooser(entities, "王毅", search="王", allow_new=True)
    qtbot.addWidget(chooser)
    sorts = counting_sorts(monkeypatch)
    asked = []
    for typed in ("王毅", "王毅X", "アイ"):  # the name of one: first; then no name shared twice (no new order)
        CountingFilter.asked = 0
        chooser.search.setText(typed)
        asked.append(CountingFilter.asked)
    assert chooser.current_id() is None and chooser.proxy.rowCount() > 0
    assert asked == [301, 301, 301]  # before: 602 each (the search filtered, then the new order filtered again)
    assert sorts == []  # before: two sorts of 301 per keystroke
    chooser.search.setText("王外相")
    assert chooser.current_id() == "person:wang-yi"
