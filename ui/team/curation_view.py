"""Tools → Curation: the annotators' decisions side by side, and the keys that build the gold layer.

Keys: 1–9 take that annotator's version of the article, M the majority, Shift+A
every article all annotators decided alike (one undo step), T puts
the selected decision into the gold (or takes it out), N / P the next or previous
article still disagreeing; the window's own Ctrl+Z / Ctrl+Shift+Z undo the gold.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextEdit, QVBoxLayout, QWidget)

from core.edits import Gold, Group
from core.offsets import to_utf16
from core.store.articles import get_article
from core.team.adjudication import GoldEdit, agreeing_articles, decisions_for, gold_for
from ui.common.close_keys import add_close_keys
from ui.common.words import counted
from ui.edits.edit_stack import EditStack
from ui.common.screen_fit import resize_within_screen

STATE_ORDER = {"disagreeing": 0, "agreeing": 1, "adjudicated": 2, None: 3}
LAYER_NAMES = {
    "entity": QT_TRANSLATE_NOOP("CurationWindow", "entity"),
    "claim": QT_TRANSLATE_NOOP("CurationWindow", "claim"),
    "tie": QT_TRANSLATE_NOOP("CurationWindow", "meeting tie"),
    "link": QT_TRANSLATE_NOOP("CurationWindow", "link"),
}
STATE_NAMES = {
    "disagreeing": QT_TRANSLATE_NOOP("CurationWindow", "disagreeing"),
    "agreeing": QT_TRANSLATE_NOOP("CurationWindow", "agreeing"),
    "adjudicated": QT_TRANSLATE_NOOP("CurationWindow", "adjudicated"),
}
DIFFER = QColor(255, 224, 178)
HELP = QT_TRANSLATE_NOOP("CurationWindow", "1–9 take an annotator's version · M majority · "
                         "Shift+A adopt every agreeing article · T selected decision in/out of gold · "
                         "N/P next/previous disagreeing · Ctrl+Z undo")


def shown_state(state: str | None) -> str:
    """An article's adjudication state as the window says it."""
    if state in STATE_NAMES:
        return QCoreApplication.translate("CurationWindow", STATE_NAMES[state])
    return state or "—"


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled)
    return item


def describe(d: dict) -> str:
    """What a decision says, as one line of plain text."""
    if d["layer"] == "claim":
        stance = d["label"] or QCoreApplication.translate("CurationWindow", "(no stance)")
        return f"{stance}: {d['holder'] or '?'} → {d['target'] or '?'}"
    if d["layer"] == "tie":
        return QCoreApplication.translate("CurationWindow", "meeting @{id}").format(id=d["label"].rsplit(":", 1)[-1])
    if d["layer"] == "link":
        meeting = QCoreApplication.translate("CurationWindow", "meeting @{id}")
        return f"{d['label']} → " + meeting.format(id=(d["target"] or "").rsplit(":", 1)[-1])
    return d["label"] or ""


class CurationWindow(QWidget):
    """Articles by adjudication state; for the chosen one, who said what, and the gold."""

    gold_edited = Signal(int)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Curation"))
        add_close_keys(self)  # Esc and Ctrl+W, as every other window of Kaidan
        # Gold edits are saved through the library session, as the session's annotator (the adjudicator).
        self.db = db = session.db
        self.undo_stack = EditStack(session, self)
        self.undo_stack.failed.connect(self._edit_failed)
        session.changed.connect(self._library_changed)
        self.members = [n for (n,) in db.execute("SELECT name FROM team_members ORDER BY name")]
        self.article_id: int | None = None
        self.rows: list[dict] = []
        self.articles = QListWidget()
        self.articles.currentItemChanged.connect(self._article_chosen)
        self.body = QPlainTextEdit(readOnly=True)
        self.table = QTableWidget(0, 4 + len(self.members))
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Span"), self.tr("Text"), *self.members,
                                              self.tr("Gold")])
        self.table.verticalHeader().setVisible(False)
        self.table.currentCellChanged.connect(lambda row, *_: self._mark(row))
        self.help = QLabel(self.tr(HELP))
        self.help.setWordWrap(True)  # the keys' line wraps in a narrow window rather than hold it wide
        right = QSplitter(Qt.Vertical)
        right.addWidget(self.body)
        right.addWidget(self.table)
        split = QSplitter()
        split.addWidget(self.articles)
        split.addWidget(right)
        split.setSizes([260, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.help)
        self._keys()
        self.reload_articles()
        resize_within_screen(self, 1100, 700)

    def _keys(self) -> None:
        for i, name in enumerate(self.members[:9], start=1):
            QShortcut(QKeySequence(str(i)), self, lambda n=name: self.take(n))
        QShortcut(QKeySequence("M"), self, self.take_majority)
        QShortcut(QKeySequence("Shift+A"), self, self.adopt_agreeing)
        QShortcut(QKeySequence("T"), self, self.toggle_selected)
        QShortcut(QKeySequence("N"), self, lambda: self.step(1))
        QShortcut(QKeySequence("P"), self, lambda: self.step(-1))
        QShortcut(QKeySequence.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.Redo, self, self.undo_stack.redo)

    # the article list -------------------------------------------------------------------

    def reload_articles(self) -> None:
        """List the articles, disagreeing first, keeping the current one chosen."""
        rows = self.db.execute("SELECT a.id, a.title, substr(a.body, 1, 30), t.state FROM articles a "
                               "LEFT JOIN team_articles t ON t.article_id = a.id").fetchall()
        rows.sort(key=lambda r: (STATE_ORDER.get(r[3], 3), r[0]))
        current = self.article_id
        self.articles.blockSignals(True)
        self.articles.clear()
        for article_id, title, start, state in rows:
            item = QListWidgetItem(f"[{shown_state(state)}] "
                                   f"{title or start.replace(chr(10), ' ')}")
            item.setData(Qt.UserRole, article_id)
            item.setData(Qt.UserRole + 1, state)
            self.articles.addItem(item)
            if article_id == current:
                self.articles.setCurrentItem(item)
        self.articles.blockSignals(False)
        if current is None and self.articles.count():
            self.articles.setCurrentRow(0)

    def _article_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.show_article(item.data(Qt.UserRole))

    def step(self, delta: int) -> None:
        """Go to the next (or previous) article still disagreeing."""
        count, row = self.articles.count(), self.articles.currentRow()
        for k in range(1, count + 1):
            item = self.articles.item((row + delta * k) % count)
            if item.data(Qt.UserRole + 1) == "disagreeing":
                self.articles.setCurrentItem(item)
                return

    # one article --------------------------------------------------------------------------

    def show_article(self, article_id: int) -> None:
        """Show the body and the side-by-side table of decisions."""
        self.article_id = article_id
        row = get_article(self.db, article_id)
        self.body.setPlainText(row.body if row else "")
        units: dict[tuple, dict] = {}
        for d in decisions_for(self.db, article_id):
            unit = units.setdefault((d["layer"], d["start_char"], d["end_char"]),
                                    {"layer": d["layer"], "start": d["start_char"], "end": d["end_char"],
                                     "text": d["text"], "by": {}, "gold": None})
            unit["by"].setdefault(d["annotator"], d)
        gold = gold_for(self.db, article_id)
        for layer, records in gold.items():
            for g in records:
                unit = units.setdefault((layer, g["start_char"], g["end_char"]),
                                        {"layer": layer, "start": g["start_char"], "end": g["end_char"],
                                         "text": g["text"], "by": {}, "gold": None})
                unit["gold"] = _gold_text(layer, g)
        self.rows = [units[k] for k in sorted(units, key=lambda k: (k[1], k[2], k[0]))]
        self.table.setRowCount(len(self.rows))
        for r, unit in enumerate(self.rows):
            said = [describe(unit["by"][n]) if n in unit["by"] else "—" for n in self.members]
            cells = [self.tr(LAYER_NAMES[unit["layer"]]), f"{unit['start']}–{unit['end']}", unit["text"], *said,
                     unit["gold"] or ""]
            differ = len(set(said)) > 1
            for c, text in enumerate(cells):
                item = _cell(text)
                if differ:
                    item.setBackground(DIFFER)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._mark(self.table.currentRow())

    def _mark(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            self.body.setExtraSelections([])
            return
        unit, text = self.rows[row], self.body.toPlainText()
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 235, 59))
        selection.format = fmt
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(to_utf16(text, unit["start"]))
        cursor.setPosition(to_utf16(text, unit["end"]), QTextCursor.KeepAnchor)
        selection.cursor = cursor
        self.body.setExtraSelections([selection])
        self.body.setTextCursor(QTextCursor(cursor.block()))

    # adjudication -------------------------------------------------------------------------

    def take(self, annotator: str) -> None:
        """The gold of this article becomes the annotator's version."""
        if self.article_id is not None:
            self.undo_stack.push(Gold(GoldEdit(self.article_id, "take", annotator=annotator),
                                      text=self.tr("Take {annotator}'s Version").format(annotator=annotator)))

    def take_majority(self) -> None:
        """The gold of this article becomes what most annotators decided alike."""
        if self.article_id is not None:
            self.undo_stack.push(Gold(GoldEdit(self.article_id, "majority"), text=self.tr("Accept the Majority")))

    def adopt_agreeing(self) -> None:
        """Every article on which all annotators agree goes into the gold as they decided it (one undo step)."""
        edits = tuple(Gold(GoldEdit(a, "majority")) for a in agreeing_articles(self.db))
        if edits:
            text = counted(len(edits), self.tr("Adopt 1 Agreeing Article"), self.tr("Adopt {n} Agreeing Articles"))
            self.undo_stack.push(Group(edits, text=text))

    def toggle_selected(self) -> None:
        """Put the selected annotator's decision into the gold, or take it out."""
        row, col = self.table.currentRow(), self.table.currentColumn()
        if self.article_id is None or not 0 <= row < len(self.rows):
            return
        unit = self.rows[row]
        if not unit["by"]:
            return
        name = self.members[col - 3] if 3 <= col < 3 + len(self.members) else None
        decision = unit["by"].get(name) or next(iter(unit["by"].values()))
        self.undo_stack.push(Gold(GoldEdit(self.article_id, "toggle", decision_id=decision["id"]),
                                  text=self.tr("Toggle Decision in Gold")))

    def _library_changed(self, kind: str, ids: tuple) -> None:
        if kind == "gold":  # one article: show it; many (adopting the agreeing ones): stay where we are
            self.gold_changed(ids[0] if len(ids) == 1 else self.article_id)

    def _edit_failed(self, message: str) -> None:
        self.help.setText(message)

    def gold_changed(self, article_id: int | None) -> None:
        """Redraw after a gold edit (or its undo)."""
        self.article_id = article_id
        self.reload_articles()
        if article_id is not None:
            self.show_article(article_id)
            self.gold_edited.emit(article_id)


def _gold_text(layer: str, g: dict) -> str:
    if layer == "claim":
        stance = g["stance"] or QCoreApplication.translate("CurationWindow", "(no stance)")
        return f"{stance}: {g['holder_entity_id'] or g['holder_text'] or '?'} → " \
               f"{g['target_ref'] or g['target_text'] or '?'}"
    if layer in ("tie", "link"):
        return describe({**g, "layer": layer})
    return g["type"]
