"""Text from articles, datasets and the registry shown as plain text, never as HTML.

Qt guesses: a QLabel, a tooltip or a message box whose text looks like HTML
is rendered as HTML, so a title holding <img src="/dev/zero"> would make the
window read that file. Labels get a fixed plain format; tooltips, which have
no such switch, are escaped and wrapped so Qt renders them as text.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

# Control characters (C0 but tab and line feed, DEL, C1) have no glyph: Qt draws each as an empty box, and a
# terminal's colour codes (ESC [31m) in a scraped title would read as boxes and letters. Each is shown as the
# replacement character, one for one, so offsets into the text stay as they are; what is stored is not touched.
MARK = "\ufffd"
_CONTROLS = {c: MARK for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09, 0x0A)}


_ANY_CONTROL = re.compile("[" + "".join(f"\\x{c:02x}" for c in sorted(_CONTROLS)) + "]")


def visible(text: str | None) -> str:
    """text as the window shows it: each control character a visible mark, nothing else changed."""
    if not text or text.isprintable() or not _ANY_CONTROL.search(text):  # no copy made: a body's line breaks
        return text or ""                        # fail isprintable, and translating a megabyte took 0.1 s
    return text.translate(_CONTROLS)


def cut(text: str | None, limit: int) -> str:
    """text shortened to limit characters and … (a label wraps what it is given: a page's megabyte must not)."""
    text = text or ""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def excerpt(text: str, limit: int = 20) -> str:
    """text on one line (its runs of spaces and line breaks made one space), at most limit characters with the …"""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def plain_label(text: str = "", parent=None) -> QLabel:
    """A QLabel that shows its text literally, whatever it holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip(text: str | None) -> str:
    """A tooltip string that Qt shows as the literal text (line breaks kept)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(visible(text))}</p>"


def plain_message(icon, title: str, text: str, parent=None) -> QMessageBox:
    """A message box (OK only) that shows text literally: file names and reasons may hold anything.

    The format also holds for the informative text set later (the details pane is always plain).
    """
    box = QMessageBox(icon, title, "", QMessageBox.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box
