"""The window's left panel: the search box over the lazy table of articles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.reader.article_model import CHECK_MARK, HEADERS, STATUS_LABELS, ArticleListModel

COLUMN_WIDTHS = ((1, 104), (2, 86))  # outlet, date; status and cleaning fit their words; the title stretches


def article_list(model: ArticleListModel) -> tuple[QWidget, QLineEdit, QTableView]:
    """The panel, its search box and its table over model (rows of fixed height: the model is lazy)."""
    search = QLineEdit()
    search.setPlaceholderText(QCoreApplication.translate("ArticleList", "Search titles and text (e.g. 会談)"))
    search.setClearButtonEnabled(True)

    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.ElideRight)
    view.verticalHeader().hide()
    # Fixed sizes: the view never asks every row for its size.
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    header.setHighlightSections(False)
    for column, width in COLUMN_WIDTHS:
        header.resizeSection(column, width)
    # The status and cleaning columns are as wide as their words in the interface language
    # (Japanese ones are narrower): what they do not take, the title gets.
    metrics, translate = view.fontMetrics(), QCoreApplication.translate
    for column, words in ((3, [HEADERS[3], *STATUS_LABELS.values()]), (4, [HEADERS[4], CHECK_MARK])):
        width = max(metrics.horizontalAdvance(translate("ArticleListModel", w)) for w in words)
        header.resizeSection(column, width + 24)

    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(6, 6, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(search)
    layout.addWidget(view, 1)
    return panel, search, view
