"""Tools → Agreement: the team's figures, each pair's, a bar chart per pair and the confusion of labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.team.report import HEADLINE
from ui.team.curation_view import shown_state
from ui.common.close_keys import add_close_keys
from ui.common.screen_fit import resize_within_screen
from ui.common.words import counted

LAYERS = {
    "entities": QT_TRANSLATE_NOOP("AgreementWindow", "Entities"),
    "claims": QT_TRANSLATE_NOOP("AgreementWindow", "Claims"),
    "ties": QT_TRANSLATE_NOOP("AgreementWindow", "Meeting ties"),
    "links": QT_TRANSLATE_NOOP("AgreementWindow", "Meeting links"),
}
# What each headline figure measures, as its tooltip says it (core.team.report keeps the English).
FIGURE_ABOUT = {
    ("entities", "f1_exact"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity spans and types, exact match F1 between annotators"),
    ("entities", "f1_overlap"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity spans overlapping with the same type, F1"),
    ("entities", "f1_span_only"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity spans alone (type ignored), exact F1"),
    ("entities", "u_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity units and their types, Krippendorff's unitizing alpha "
                          "over the text all hold"),
    ("entities", "type_kappa_mean"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity types on spans both marked, Cohen's kappa (mean over pairs)"),
    ("entities", "type_fleiss"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity types on spans every annotator marked, Fleiss' kappa"),
    ("entities", "type_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "entity types on spans two or more marked, Krippendorff's "
                          "alpha (nominal)"),
    ("claims", "f1_overlap"): QT_TRANSLATE_NOOP("AgreementWindow", "claims marked (overlapping spans), F1"),
    ("claims", "u_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "claim spans, Krippendorff's unitizing alpha over the text all hold"),
    ("claims", "stance_kappa_mean"):
        QT_TRANSLATE_NOOP("AgreementWindow", "stance on the same claim, Cohen's kappa (mean over pairs)"),
    ("claims", "stance_fleiss"):
        QT_TRANSLATE_NOOP("AgreementWindow", "stance on claims every annotator marked, Fleiss' kappa"),
    ("claims", "stance_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "stance on the same claim, Krippendorff's alpha (nominal)"),
    ("claims", "holder_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "claim holder, Krippendorff's alpha (nominal)"),
    ("claims", "target_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "claim target, Krippendorff's alpha (nominal)"),
    ("ties", "kappa_mean"):
        QT_TRANSLATE_NOOP("AgreementWindow", "two meeting mentions of an article tied to the same meeting "
                          "or not, Cohen's kappa"),
    ("ties", "alpha"): QT_TRANSLATE_NOOP("AgreementWindow", "the same, Krippendorff's alpha (nominal)"),
    ("links", "f1"): QT_TRANSLATE_NOOP("AgreementWindow", "links between the same two meetings, F1"),
    ("links", "relation_alpha"):
        QT_TRANSLATE_NOOP("AgreementWindow", "the relation of a link, Krippendorff's alpha (nominal)"),
}

# the figure each layer's chart draws per pair
CHART_FIGURE = {"entities": "f1_exact", "claims": "stance_kappa", "ties": "kappa", "links": "f1"}


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # plain text, whatever the label says
    item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled)
    if number:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


class PairChart(QWidget):
    """Horizontal bars: one figure for each pair of annotators (0 to 1; below 0 drawn as 0)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float | None]] = []
        self.title = ""
        self.setMinimumHeight(120)

    def set_bars(self, title: str, bars: list[tuple[str, float | None]]) -> None:
        self.title, self.bars = title, bars
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        row = metrics.height() + 6
        painter.drawText(6, row - 4, self.title)
        label_width = max((metrics.horizontalAdvance(name) for name, _ in self.bars), default=0) + 12
        span = max(self.width() - label_width - 60, 10)
        for i, (name, value) in enumerate(self.bars):
            y = row * (i + 1) + 4
            painter.setPen(self.palette().text().color())
            painter.drawText(6, y + metrics.ascent(), name)
            width = span * max(0.0, min(1.0, value or 0.0))
            colour = QColor("#2e7d32") if (value or 0) >= 0.8 else QColor("#ef6c00") if (value or 0) >= 0.6 \
                else QColor("#c62828")
            painter.fillRect(QRectF(label_width, y, width, metrics.height()), colour)
            painter.drawText(int(label_width + width + 4), y + metrics.ascent(), _fmt(value))
        painter.end()


class AgreementWindow(QWidget):
    """The figures of one agreement run (core.team.agreement) as tables and a chart."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Agreement"))
        add_close_keys(self)  # Esc and Ctrl+W, as every other window of Kaidan
        self.figures: dict | None = None
        self.summary = QLabel(self.tr("Computing agreement…"))
        self.overall = QTableWidget(0, 3)
        self.overall.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Figure"), self.tr("Value")])
        self.layer = QComboBox()
        for key, text in LAYERS.items():
            self.layer.addItem(self.tr(text), key)
        self.layer.currentIndexChanged.connect(self._show_layer)
        self.pairs = QTableWidget(0, 0)
        self.chart = PairChart()
        self.confusion = QTableWidget(0, 0)
        right = QWidget()
        box = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layer:")))
        top.addWidget(self.layer, 1)
        box.addLayout(top)
        box.addWidget(self.pairs, 2)
        box.addWidget(self.chart, 1)
        box.addWidget(QLabel(self.tr("Confusion (rows: first annotator of each pair, columns: second)")))
        box.addWidget(self.confusion, 2)
        split = QSplitter()
        split.addWidget(self.overall)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        for table in (self.overall, self.pairs, self.confusion):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.overall.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        resize_within_screen(self, 1100, 640)

    def summary_words(self, annotators: list[str], articles: int, states: str) -> str:
        """The line over the figures: who annotated how many articles (one annotator, one article: singular)."""
        return self.tr("{annotators}: {names} — {articles} ({states})").format(
            annotators=counted(len(annotators), self.tr("1 annotator"), self.tr("{n} annotators")),
            names=", ".join(annotators), states=states,
            articles=counted(articles, self.tr("1 article"), self.tr("{n} articles")))

    def show_figures(self, figures: dict) -> None:
        """Fill the tables from a result of core.team.agreement.agreement."""
        self.figures = figures
        states = ", ".join(f"{shown_state(state)} {n}" for state, n in sorted(figures["states"].items()))
        self.summary.setText(self.summary_words(figures["annotators"], figures["articles"], states))
        self.overall.setRowCount(len(HEADLINE))
        for row, (layer, key, about) in enumerate(HEADLINE):
            self.overall.setItem(row, 0, _item(self.tr(LAYERS[layer])))
            name = _item(key)
            name.setToolTip(self.tr(FIGURE_ABOUT[layer, key]) if (layer, key) in FIGURE_ABOUT else about)
            self.overall.setItem(row, 1, name)
            self.overall.setItem(row, 2, _item(_fmt(figures[layer]["overall"].get(key)), number=True))
        self.overall.resizeColumnsToContents()
        self._show_layer()

    def _show_layer(self) -> None:
        if self.figures is None:
            return
        layer = self.layer.currentData()
        data = self.figures[layer]
        pairs = list(data["pairs"].items())
        keys = list(pairs[0][1]) if pairs else []
        self.pairs.setColumnCount(len(keys) + 1)
        self.pairs.setHorizontalHeaderLabels([self.tr("Pair"), *keys])
        self.pairs.setRowCount(len(pairs))
        for row, (pair, values) in enumerate(pairs):
            self.pairs.setItem(row, 0, _item(pair))
            for col, key in enumerate(keys, start=1):
                self.pairs.setItem(row, col, _item(_fmt(values[key]), number=True))
        self.pairs.resizeColumnsToContents()
        figure = CHART_FIGURE[layer]
        title = self.tr("{layer}: {figure} per pair").format(layer=self.tr(LAYERS[layer]), figure=figure)
        self.chart.set_bars(title, [(p, v.get(figure)) for p, v in pairs])
        self.chart.setMinimumHeight((len(pairs) + 2) * (self.fontMetrics().height() + 6))
        confusion = data.get("confusion", {"labels": [], "matrix": []})
        labels = confusion["labels"]
        self.confusion.setRowCount(len(labels))
        self.confusion.setColumnCount(len(labels))
        self.confusion.setHorizontalHeaderLabels(labels)
        self.confusion.setVerticalHeaderLabels(labels)
        self.confusion.verticalHeader().setVisible(bool(labels))
        peak = max((n for i, r in enumerate(confusion["matrix"]) for j, n in enumerate(r) if i != j), default=0)
        for i, counts in enumerate(confusion["matrix"]):
            for j, n in enumerate(counts):
                cell = _item(str(n) if n else "", number=True)
                if i != j and n and peak:
                    cell.setBackground(QColor(198, 40, 40, int(40 + 160 * n / peak)))
                self.confusion.setItem(i, j, cell)
        self.confusion.resizeColumnsToContents()
