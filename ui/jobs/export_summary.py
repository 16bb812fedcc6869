"""The export dialog's last part: what an export wrote (its files and their records, its notes) or why it failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ui.jobs.export_formats import format_name
from ui.jobs.export_words import export_words

translate = QCoreApplication.translate


def summary_lines(result, fmt: str) -> list[str]:
    """What the summary says besides the file table: cut spans and the export's notes."""
    if result.cancelled:
        return [translate("ExportSummary", "Export cancelled: no files of this run were kept.")]
    exported = (translate("ExportSummary", "1 article exported as {format}.") if result.articles == 1
                else translate("ExportSummary", "{n} articles exported as {format}."))
    lines = [exported.format(n=f"{result.articles:,}", format=format_name(fmt))]
    # an export a crash interrupted there, finished, undone or cleared first
    lines += [export_words(recovered) for recovered in result.recovered]
    if result.undated:
        undated = (translate("ExportSummary", "1 article with no date (on the page or in the text) was left out "
                                              "of the date range.") if result.undated == 1
                   else translate("ExportSummary", "{n} articles with no date (on the page or in the text) were "
                                                   "left out of the date range."))
        lines.append(undated.format(n=f"{result.undated:,}"))
    if result.cuts:
        lines.append(translate("ExportSummary", "{n} entity spans cut a token or overlap another and were left "
                                          "untagged; they are listed in cut_spans.tsv.").format(n=f"{len(result.cuts):,}"))
    lines += [export_words(note) for note in result.notes if "cut_spans" not in note]
    return lines


class ExportSummary(QGroupBox):
    """Hidden until an export ends; then a table of the files written and the export's notes, or the refusal."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Written"), parent)
        layout = QVBoxLayout(self)
        self.files = QTableWidget(0, 2)
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Records")])
        self.files.verticalHeader().hide()
        self.files.setEditTriggers(QTableWidget.NoEditTriggers)
        self.files.setSelectionMode(QTableWidget.NoSelection)
        self.files.setShowGrid(False)
        self.files.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.files.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.notes = QLabel()
        self.notes.setTextFormat(Qt.TextFormat.PlainText)  # notes quote label names from the library
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.notes)
        self.hide()

    def show_result(self, result, fmt: str) -> None:
        """An export's end: the files it wrote and its notes, or that it was cancelled."""
        self.files.setVisible(not result.cancelled)
        self.files.setRowCount(len(result.files))
        for row, (name, count) in enumerate(result.files.items()):
            self.files.setItem(row, 0, QTableWidgetItem(name))
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.files.setItem(row, 1, number)
        self.setTitle(self.tr("Cancelled") if result.cancelled
                      else self.tr("Written to {folder}").format(folder=result.out_dir))
        self.notes.setText("\n".join(summary_lines(result, fmt)))
        self.show()

    def show_failure(self, message: str) -> None:
        """A refused export: its words alone, no table."""
        self.setTitle(self.tr("Export failed"))
        self.files.setRowCount(0)
        self.files.hide()
        self.notes.setText(message)
        self.show()
