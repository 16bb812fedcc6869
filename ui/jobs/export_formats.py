"""The export dialog's format choice: each format's shown name and who reads it, and the caption that says so."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from core.export import READERS

# How the format list names each format: the formats' own names (never translated); the key is
# what the settings, the command line and the export itself use.
FORMAT_NAMES = {"jsonl": "JSONL", "csv": "CSV", "conll": "CoNLL", "spacy": "spaCy", "hf": "Hugging Face",
                "brat": "brat", "labelstudio": "Label Studio", "doccano": "doccano", "w3c": "W3C Web Annotation"}


def format_name(fmt: str) -> str:
    """A format as the dialog's list names it (JSONL, Hugging Face), for every sentence that speaks of one:
    the user never meets the key the settings and the command line use (jsonl, hf)."""
    return FORMAT_NAMES.get(fmt, fmt)


# Who reads each format, for the dialog's caption: core.export.READERS's words, marked for translation
# here and keyed by the stable format key (a format without an entry shows core's English).
FORMAT_READERS = {
    "jsonl": QT_TRANSLATE_NOOP("ExportFormats", "Kaidan itself (lossless, re-importable), jq, pandas.read_json(lines=True)"),
    "csv": QT_TRANSLATE_NOOP("ExportFormats", "Excel, LibreOffice, pandas, R: one table per file"),
    "conll": QT_TRANSLATE_NOOP("ExportFormats", "CoNLL-2003 style NER readers (flair, seqeval, conllu)"),
    "spacy": QT_TRANSLATE_NOOP("ExportFormats", "spaCy: `spacy convert train.json .`, or train.spacy (DocBin) when spaCy is installed"),
    "hf": QT_TRANSLATE_NOOP("ExportFormats", "Hugging Face datasets: load_dataset('json', data_files='ner.jsonl')"),
    "brat": QT_TRANSLATE_NOOP("ExportFormats", "the brat annotation tool (and standoff readers)"),
    "labelstudio": QT_TRANSLATE_NOOP("ExportFormats", "Label Studio: import tasks.json into a project set up with label_config.xml"),
    "doccano": QT_TRANSLATE_NOOP("ExportFormats", "doccano: sequence labeling project with relations, import dataset.jsonl"),
    "w3c": QT_TRANSLATE_NOOP("ExportFormats", "Web Annotation tools (Hypothesis-style re-anchoring, Recogito)"),
}


def reader_text(fmt: str) -> str:
    """The caption under the format: who reads it, in the interface language."""
    readers = (QCoreApplication.translate("ExportFormats", FORMAT_READERS[fmt]) if fmt in FORMAT_READERS
               else READERS[fmt])
    return QCoreApplication.translate("ExportFormats", "Read by {readers}").format(readers=readers)


class CaptionLabel(QLabel):
    """A wrapped caption as tall as the tallest of its possible texts, so nothing below it moves."""

    def __init__(self, texts: list[str], parent=None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)

    def tallest(self, width: int) -> int:
        """The height of the tallest text wrapped at width, measured as the label wraps it."""
        shown = self.text()
        heights = []
        for text in self.texts:
            QLabel.setText(self, text)
            # The layout may size a wrapped label by its hint rather than by its width: take both.
            heights += [QLabel.heightForWidth(self, width), QLabel.sizeHint(self).height()]
        QLabel.setText(self, shown)
        return max(heights)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = self.tallest(event.size().width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
