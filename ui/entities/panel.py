"""The entities panel: the article's mentions grouped by entity, most mentioned first."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QVBoxLayout, QWidget

from core.model import Mention
from core.registry import Entity
from ui.common.docks import panel_list, panel_summary
from ui.common.no_article import no_article_shown
from ui.common.entity_types import type_label
from ui.reader.legend import swatch
from ui.common.plain import tooltip
from ui.common.theme import entity_colours, entity_tint
from ui.common.words import counted

GROUP_ROLE = Qt.UserRole


@dataclass
class Group:
    """Mentions of one entity (or, unlinked, of one surface and type)."""

    key: tuple
    type: str
    name: str
    entity_id: str | None
    en: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> dict:
        return self.mentions[0]


def group_mentions(mentions: list[Mention], entities: dict[str, Entity]) -> list[Group]:
    """Groups by entity id (unlinked: by surface, or by value for dates), by count then position."""
    groups: dict[tuple, Group] = {}
    for m in mentions:
        entity = entities.get(m.entity_id or "")
        if entity is not None:
            key = ("entity", entity.id)
            name, en = entity.name, entity.en
        elif m.type == "DATE" and m.value:
            key, name, en = ("date", m.value), m.value, None
        else:
            key, name, en = ("text", m.type, m.text), m.text, None
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, entity.type if entity else m.type, name,
                                        entity.id if entity else None, en)
        group.mentions.append(m)
    return sorted(groups.values(), key=lambda g: (-len(g.mentions), g.first.start))


class EntityPanel(QWidget):
    """Select an entry to see its first mention; activate it to list the articles mentioning it."""

    mention_selected = Signal(int, int)  # body span of the entry's first mention
    entity_activated = Signal(str, str)  # entity id, display name
    surface_activated = Signal(str)  # an unlinked entry: search for its text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.article_id: int | None = None
        self._keys: list[tuple] = []
        self.summary = panel_summary()
        tree = panel_list([self.tr("Entity"), self.tr("Count")], self.tr("Entities in the article"))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        tree.currentItemChanged.connect(self._current_changed)
        tree.itemActivated.connect(self._activated)
        self.tree = tree
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(tree, 1)
        self.set_mentions([], {})

    def set_mentions(self, mentions: list[Mention], entities: dict[str, Entity],
                     article_id: int | None = None) -> None:
        """Show an article's mentions; a correction keeps the selected entry, another article starts at the top."""
        current = self.tree.currentItem()
        same = article_id == self.article_id
        self.article_id = article_id
        keep = self._key(current.data(0, GROUP_ROLE)) if current and same else None
        self.groups = group_mentions(mentions, entities)
        colours = entity_colours(self.palette())
        icons, hints = {}, {}  # one swatch a type: a long article has thousands of names
        self.tree.blockSignals(True)
        self.tree.clear()
        for number, group in enumerate(self.groups):
            label = group.name + (f"  ({group.en})" if group.en else "")
            item = QTreeWidgetItem([label, str(len(group.mentions))])
            colour = colours.get(group.type)
            if colour is not None:
                if group.type not in icons:
                    icons[group.type] = swatch(colour, entity_tint(colour, self.palette(), True))
                item.setIcon(0, icons[group.type])
            hint = hints.get((group.type, bool(group.entity_id)))
            if hint is None:  # one a type and link: a transcript's thousands of names share a few
                hint = hints[(group.type, bool(group.entity_id))] = tooltip((
                    self.tr("{type}. Enter or double-click lists the articles mentioning it.") if group.entity_id
                    else self.tr("{type}, not linked. Enter searches for the text.")).format(type=type_label(group.type)))
            item.setToolTip(0, hint)
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            item.setData(0, GROUP_ROLE, number)
            self.tree.addTopLevelItem(item)
            if keep is not None and keep == group.key:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        if keep is None:
            self.tree.scrollToTop()  # the article's main actors first
        self._keys = [g.key for g in self.groups]
        linked = sum(1 for g in self.groups if g.entity_id)
        total = sum(len(g.mentions) for g in self.groups)
        names = counted(len(self.groups), self.tr("1 name"), self.tr("{n} names"))
        mentions = counted(total, self.tr("1 mention"), self.tr("{n} mentions"))
        self.summary.setText(self.tr("{mentions} of {names} ({linked} in the registry)").format(
            mentions=mentions, names=names, linked=linked)
            if self.groups else self.tr("No entities in this article.") if article_id is not None
            else no_article_shown())

    def _key(self, number: int) -> tuple | None:
        return self._keys[number] if 0 <= number < len(self._keys) else None

    def group_of(self, item: QTreeWidgetItem | None) -> Group | None:
        if item is None:
            return None
        number = item.data(0, GROUP_ROLE)
        return self.groups[number] if 0 <= number < len(self.groups) else None

    def item_named(self, name: str) -> QTreeWidgetItem | None:
        """The entry whose name is name (tests, keyboard navigation)."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if self.group_of(item).name == name:
                return item
        return None

    def _current_changed(self, item, _previous) -> None:
        group = self.group_of(item)
        if group is not None:
            self.mention_selected.emit(group.first.start, group.first.end)

    def _activated(self, item, _column: int = 0) -> None:
        group = self.group_of(item)
        if group is None:
            return
        if group.entity_id:
            self.entity_activated.emit(group.entity_id, group.name)
        else:
            self.surface_activated.emit(group.first.text)
