"""The meeting card's lists: participants, the articles that mention it, claims about it and its links.

Each fills one widget of MeetingCard from the meeting's details; the card keeps the edits they offer.
Its messages keep the card's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox, QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
)

from core.store.meetings import ROLES
from ui.common.plain import tooltip, visible
from ui.meetings.style import LINK_STATE_LABELS, RELATION_LABELS, ROLE_LABELS, CELL_CHARS, short, shown

DATA = Qt.UserRole + 1
translate = QCoreApplication.translate


def combo(labels: dict[str, str], keys) -> QComboBox:
    """A combo of keys, each shown by its label."""
    box = QComboBox()
    for key in keys:
        box.addItem(shown(labels, key), key)
    return box


def set_combo(box: QComboBox, key) -> None:
    """Show key in box without announcing it as the user's choice."""
    box.blockSignals(True)
    box.setCurrentIndex(max(0, box.findData(key)))
    box.blockSignals(False)


def fill_participants(table: QTableWidget, participants: list[dict], role_chosen) -> None:
    """One row a participant; role_chosen(row, role) when the user picks another role."""
    table.setRowCount(len(participants))
    for row, p in enumerate(participants):
        text, _whole = short(p["name"], CELL_CHARS)  # the role and office stay beside even a paragraph-long name
        name = QTableWidgetItem(text)
        known = p.get("entity_id") or translate("MeetingCard", "not in the registry")
        name.setToolTip(tooltip(f"{p['name']}\n{known}"))  # the whole name, however narrow its column
        table.setItem(row, 0, name)
        role = combo(ROLE_LABELS, ROLES)
        set_combo(role, p["role"])
        role.setAccessibleName(translate("MeetingCard", "Role of {name}").format(name=p["name"]))
        role.activated.connect(lambda _i, r=row, c=role: role_chosen(r, c.currentData()))
        table.setCellWidget(row, 1, role)
        office, whole = short(p.get("office"), CELL_CHARS)
        table.setItem(row, 2, QTableWidgetItem(office))
        table.item(row, 2).setToolTip(whole)
    if participants:  # the role's chooser whole, whatever the name and office beside it take
        table.setColumnWidth(1, max(table.cellWidget(r, 1).sizeHint().width() for r in range(len(participants))))
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(participants)))
    table.setFixedHeight(height + 6)


def fill_articles(articles: QListWidget, mentions: list[dict]) -> None:
    """Each mention under the name of its article (named once)."""
    articles.clear()
    previous = None
    for m in mentions:
        title = m["title"]
        if title == f"Article {m['article_id']}":  # the store's name of an untitled article
            title = translate("MeetingCard", "Article {id}").format(id=m["article_id"])
        head = " · ".join(x for x in (title, m["outlet"], m["published"]) if x)
        excerpt = f"…{m['before']}【{m['text']}】{m['after']}…"
        # The article's name once, then each of its mentions.
        item = QListWidgetItem(visible(excerpt if m["article_id"] == previous else f"{head}\n{excerpt}"))
        previous = m["article_id"]
        item.setData(DATA, (m["article_id"], m["start"], m["end"]))
        item.setToolTip(translate("MeetingCard", "Click to open the article at this mention"))
        articles.addItem(item)
    if not mentions:
        articles.addItem(QListWidgetItem(translate("MeetingCard", "No article mention is tied to this meeting yet.")))
    fit(articles)


def fill_claims(claims_list: QListWidget, claims: list[dict], stance_labels: dict[str, str]) -> None:
    """Each claim about the meeting: its holder, its stance (as the window names it) and its words."""
    claims_list.clear()
    for c in claims:
        stance = f" [{stance_labels.get(c['stance'], c['stance'])}]" if c.get("stance") else ""
        item = QListWidgetItem(f"{c.get('holder') or '?'}{stance}: 「{c['text']}」")
        item.setData(DATA, (c["article_id"], c["start"], c["end"]))
        item.setToolTip(tooltip(c.get("article_title")))
        claims_list.addItem(item)
    if not claims:
        claims_list.addItem(QListWidgetItem(translate("MeetingCard", "No claims about this meeting.")))
    fit(claims_list)


def fill_links(tree: QTreeWidget, links: list[dict], palette: QPalette) -> None:
    """Each link to another meeting, its evidence sentence under it; the first one current."""
    tree.clear()
    for link in links:
        relation = shown(RELATION_LABELS, link["relation"])
        relation = f"{relation} →" if link["outgoing"] else f"← {relation}"
        who = "Kaidan" if link["origin"] == "proposed" else translate("MeetingCard", "you")
        origin = f"{who} · {shown(LINK_STATE_LABELS, link['state'])}"
        row = QTreeWidgetItem([relation, link["other_label"], origin])
        row.setData(0, DATA, link["id"])
        row.setData(1, DATA, link["other"])
        tip = tooltip(link.get("evidence") or translate("MeetingCard", "no evidence sentence"))
        for column in range(3):
            row.setToolTip(column, tip)
        if link["state"] == "rejected":
            font = row.font(1)
            font.setStrikeOut(True)
            row.setFont(1, font)
        tree.addTopLevelItem(row)
        if link.get("evidence"):
            # The evidence under its link, across the columns (the whole sentence in the tooltip).
            evidence = QTreeWidgetItem(row, [f"「{link['evidence'].strip()}」"])
            evidence.setFirstColumnSpanned(True)
            evidence.setToolTip(0, tip)
            evidence.setForeground(0, palette.color(QPalette.PlaceholderText))
            evidence.setData(0, DATA, link["id"])
            evidence.setData(1, DATA, link["other"])
    tree.expandAll()
    for column in (0, 2):
        tree.resizeColumnToContents(column)
    rows = sum(1 + row.childCount() for row in map(tree.topLevelItem, range(tree.topLevelItemCount())))
    tree.setFixedHeight(min(260, 30 + 24 * max(1, rows)))
    if links:
        tree.setCurrentItem(tree.topLevelItem(0))


def fit(widget: QListWidget) -> None:
    """Size a list to the lines its wrapped items take (at most 280 pixels)."""
    # Wrapped items report one line before layout: size by the lines they take at the list's width (a
    # title and an excerpt wrap over several), so no mention is cut at the list's bottom edge.
    metrics, width = widget.fontMetrics(), max(80, widget.viewport().width() - 8)
    height = sum(metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextWordWrap, widget.item(r).text()).height()
                 + metrics.lineSpacing() // 2 for r in range(widget.count()))
    widget.setFixedHeight(min(280, height + 2 * widget.frameWidth() + 8))
