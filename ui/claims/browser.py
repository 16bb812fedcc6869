"""Tools → Claims Browser: every claim in the library, filtered, and a holder × target summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from core.store.claim_queries import ClaimFilter, claim_rows, stance_summary, summary_csv
from core.store.registry import load_registry
from ui.claims.browser_columns import ColumnFit, summary_widths
from ui.claims.labels import shown_label
from ui.common.words import counted
from ui.claims.model import ROW_ROLE, ClaimTableModel, SummaryModel
from ui.common.actions import add_reload_key
from ui.common.close_keys import add_close_keys
from ui.common.flow_layout import FlowLayout
from ui.common.narrow import fit_placeholder, kept_together
from ui.common.file_dialogs import save_file_name
from ui.common.plain import plain_message
from ui.jobs.export_dialog import FOLDER_KEY
from ui.common.screen_fit import resize_within_screen
from ui.common.settings_read import read_setting

FILTER_DELAY_MS = 250
CHOICE_CHARS = 14  # the outlet and annotator choices' width, in characters


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ClaimsBrowser(QWidget):
    """A window over the library's claims; activating a row opens the article at the claim."""

    claim_activated = Signal(int, int, int)  # article id, start, end
    reload_requested = Signal()  # F5: the main window reads the library again, this window with it

    def __init__(self, db, stances: list[dict], parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("Claims Browser"))
        add_close_keys(self)
        add_reload_key(self, self.reload_requested)
        self.db = db
        self.error_box: QMessageBox | None = None  # the last "not saved" message
        self.stances = stances
        self._registry = None
        self.claims = ClaimTableModel(stances, self)
        self.summary = SummaryModel(stances, self)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)

        self.holder = self._line(self.tr("Holder (name or part of it)"))
        self.target = self._line(self.tr("Target (entity or topic)"))
        self.text = self._line(self.tr("Words in the claim or note"))
        self.date_from = self._line(self.tr("From YYYY-MM-DD"))
        self.date_to = self._line(self.tr("To YYYY-MM-DD"))
        self.stance = QComboBox()
        self.stance.setAccessibleName(self.tr("Stance"))
        self.stance.addItem(self.tr("Any stance"), "")
        for s in stances:
            self.stance.addItem(shown_label(s), s["key"])
        self.outlet = QComboBox()
        self.annotator = QComboBox()
        for combo in (self.outlet, self.annotator):  # a long outlet's name does not widen the bar
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(CHOICE_CHARS)
        self.outlet.setAccessibleName(self.tr("Outlet"))
        self.annotator.setAccessibleName(self.tr("Annotator"))
        for combo in (self.stance, self.outlet, self.annotator):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        # Label and field in pairs that wrap onto the next line in a narrow window: every hint reads whole.
        filters = FlowLayout()
        pairs = ((self.tr("Holder"), self.holder), (self.tr("Target"), self.target), (self.tr("Stance"), self.stance),
                 (self.tr("Text"), self.text), (self.tr("Outlet"), self.outlet), (self.tr("From"), self.date_from),
                 (self.tr("To"), self.date_to), (self.tr("Annotator"), self.annotator))
        for label, widget in pairs:
            filters.addWidget(kept_together(QLabel(label), widget))

        self.table = _table(self.claims)
        self.table.setAccessibleName(self.tr("Claims"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        self.columns = ColumnFit(self.table, [self.stance.itemText(i) for i in range(self.stance.count())])
        self.table.activated.connect(self._activated)
        self.summary_table = _table(self.summary)
        self.summary_table.setAccessibleName(self.tr("Stance counts by holder and target"))
        self.summary.modelReset.connect(self._size_summary)
        self.export_button = QPushButton(self.tr("Export Summary CSV…"))
        self.export_button.clicked.connect(self.choose_export)
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.setContentsMargins(0, 6, 0, 0)
        summary_title = QLabel(self.tr("<b>Summary</b> · how often each holder took each stance "
                                       "toward each target, over the claims listed above"))
        summary_title.setWordWrap(True)  # a narrow window wraps the sentences of this window, never cuts them
        summary_layout.addWidget(summary_title)
        summary_layout.addWidget(self.summary_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        summary_layout.addLayout(buttons)
        # Both at once: the claims and what they add up to.
        self.split = QSplitter(Qt.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(summary_page)
        self.split.setSizes([360, 300])
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.count)
        resize_within_screen(self, 1160, 760)
        self._fill_choices()
        self.reload()

    def _size_summary(self) -> None:
        header = self.summary_table.horizontalHeader()
        for column, width in summary_widths(self.summary_table).items():
            header.resizeSection(column, width)

    def _line(self, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        fit_placeholder(line)
        line.textChanged.connect(lambda _t: self._timer.start())
        line.returnPressed.connect(self.reload)
        return line

    def _fill_choices(self) -> None:
        """Outlets and annotators that occur among the library's claims."""
        rows = claim_rows(self.db, self.registry())
        for combo, key, any_text in ((self.outlet, "outlet", self.tr("Any outlet")),
                                     (self.annotator, "annotator", self.tr("Anyone"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, "")
            for value in sorted({r.get(key) for r in rows if r.get(key)}):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def registry(self):
        if self._registry is None:
            self._registry = load_registry(self.db)
        return self._registry

    def current_filter(self) -> ClaimFilter:
        def value(line: QLineEdit) -> str | None:
            return line.text().strip() or None
        return ClaimFilter(holder=value(self.holder), target=value(self.target),
                           stance=self.stance.currentData() or None,
                           outlet=self.outlet.currentData() or None,
                           date_from=value(self.date_from), date_to=value(self.date_to),
                           annotator=self.annotator.currentData() or None, text=value(self.text))

    def reload(self) -> None:
        """Query again with the filters as they are now."""
        self._timer.stop()
        rows = claim_rows(self.db, self.registry(), self.current_filter())
        self.claims.set_rows(rows)
        self.summary.set_summary(stance_summary(rows))
        pairs = len(self.summary.summary)
        text = self.tr("{claims} · {pairs}").format(
            claims=counted(len(rows), self.tr("1 claim"), self.tr("{n} claims")),
            pairs=counted(pairs, self.tr("1 holder–target pair"), self.tr("{n} holder–target pairs")))
        if not rows:  # say why the table is empty, and what fills it
            text += " — " + (self.tr("none yet: Kaidan's candidates (dashed underlines in the reader) become claims "
                                     "when you accept one with Enter; or select text and press C")
                             if self.current_filter() == ClaimFilter() else self.tr("none matches the filters"))
        self.count.setText(text)

    def schedule_reload(self) -> None:
        """Claims or the registry changed in the main window."""
        if self.db is None:
            return
        self._registry = None
        self._fill_choices()
        self._timer.start()

    def shutdown(self) -> None:
        """The library closes: no queued reload may read it afterwards."""
        self._timer.stop()
        self.db = None
        self.close()

    def _activated(self, index) -> None:
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        if row is not None:
            self.claim_activated.emit(row["article_id"], row["start"], row["end"])

    def summary_text(self) -> str:
        return summary_csv(self.summary.summary, self.summary.stance_keys())

    def export_summary(self, path: str | Path) -> None:
        """Write the summary as CSV with a BOM, so spreadsheets read the Japanese names."""
        Path(path).write_text(self.summary_text(), encoding="utf-8-sig")

    def save_summary(self, path: str | Path) -> bool:
        """Export the summary to path; a file that cannot be written is named with the reason. True if written."""
        try:
            self.export_summary(path)
        except OSError as exc:
            box = plain_message(QMessageBox.Warning, self.tr("Export Summary"), self.tr(
                "The summary was not saved: {path} could not be written ({reason}).").format(
                path=str(path), reason=exc.strerror or type(exc).__name__), self)
            box.setAttribute(Qt.WA_DeleteOnClose)
            box.open()
            self.error_box = box
            return False
        return True

    def choose_export(self) -> None:
        start = Path(read_setting(FOLDER_KEY, str(Path.home())) or Path.home())
        if not start.is_dir():
            start = Path.home()
        # Qt's own dialog, which never opens the files it lists (the library among them)
        path = save_file_name(self, self.tr("Export Summary"), str(start / "claims-summary.csv"),
                              self.tr("CSV (*.csv)"))
        if path:
            self.save_summary(path)
