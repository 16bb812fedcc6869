"""Walk a window's widgets and collect the text a user sees; find what was left in English.

Used by the translation tests: open a view in Japanese, `visible_texts(view)`, then
`english_only(texts)` must be empty. A feature's test adds its own views the same way.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from html import unescape

from PySide6.QtCore import QAbstractListModel, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
    QPlainTextEdit, QTableWidget, QTabWidget, QTreeWidget, QWidget,
)

from ui.common.i18n import install_translators, remove_translators

# Names that stay as they are in Japanese text: products, formats, standards, key names.
ALLOWED_TERMS = (
    "Kaidan", "JSONL", "JSON", "CSV", "TSV", "IOB", "CoNLL", "brat", "doccano", "Label Studio", "spaCy",
    "URL", "ID", "SQLite", "Parquet", "Hugging Face", "Excel", "LibreOffice", "pandas", "Recogito",
    "Hypothesis", "Web Annotation", "DocBin", "NER", "flair", "seqeval", "conllu", "jq", "W3C",
    "OK", "English",  # the language menu names each language in its own words
    "Ctrl", "Shift", "Alt", "Meta", "Delete", "Enter", "Return", "Esc", "Tab", "Home", "End", "Down", "Up",
    "Left", "Right", "PgUp", "PgDown", "Backspace", "Space",
    "YYYY-MM-DD", "YYYY-MM", "YYYY",  # how a date is written: the same in a Japanese window
)
# The colleagues' folders are walked by their own tests once translated; until then their widgets
# and actions are left out here (a widget inside a view of theirs, an action whose text they wrote).
PENDING_PACKAGES: tuple[str, ...] = ()

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
_TAGS = re.compile(r"<[^>]+>")
_DATA = re.compile(
    r"\S+\.(?:db|jsonl|json|csv|tsv|txt|html?|xml|ann|conf|spacy)\b"  # file names (the library's)
    r"|\(\*[^)]*\)|\*\.\w+"  # file-dialog patterns
    r"|(?:^|\s)[~/][^\s]*"  # paths (a dialog's folder)
    r"|\bF\d+\b|\b[A-Z]\b"  # function keys, single letters (key names)
)


@contextmanager
def language(app, code: str):
    """Run the block with the interface in language code (translators removed afterwards)."""
    translators = install_translators(app, code)
    try:
        yield translators
    finally:
        remove_translators(app, translators)


def _pending(widget: QWidget | None) -> bool:
    """Is widget part of a view of a package whose texts are not yet translated?"""
    while widget is not None:
        owners = [widget] + ([widget.widget()] if isinstance(widget, QDockWidget) and widget.widget() else [])
        if any(type(w).__module__.startswith(PENDING_PACKAGES) for w in owners):
            return True
        widget = widget.parentWidget()
    return False


def _action_texts(action: QAction, seen: set) -> list[str]:
    if id(action) in seen or action.isSeparator():
        return []
    seen.add(id(action))
    texts = [action.text(), action.statusTip()]
    def bare(text: str) -> str:  # Qt's default tooltip is the text without & and …
        return text.replace("&", "").replace("…", "").replace("...", "")

    if bare(action.toolTip()) != bare(action.text()):
        texts.append(action.toolTip())
    if action.menu() is not None:
        texts += _menu_texts(action.menu(), seen)
    return texts


def _menu_texts(menu: QMenu, seen: set) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += _action_texts(action, seen)
    return texts


def _model_headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()  # a list model's count is private
    return [str(model.headerData(c, Qt.Horizontal) or "") for c in range(columns)]


def visible_texts(root: QWidget, include_pending: bool = False) -> list[str]:
    """Every text root and its children show: titles, labels, buttons, menus and their actions,
    tooltips, placeholders, group and tab titles, column headers, combo items, fixed table cells."""
    texts: list[str] = []
    seen: set = set()
    widgets = [root] + root.findChildren(QWidget)
    for w in widgets:
        if not include_pending and _pending(w):
            continue
        if w.isWindow() or isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QMenu):
            texts += _menu_texts(w, seen)
        if isinstance(w, QAbstractItemView):
            texts += _model_headers(w)
        if isinstance(w, QTableWidget):  # a fixed table (the shortcuts): its cells are the program's text
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                      if w.item(r, c) is not None]
        if isinstance(w, QTreeWidget):
            texts += [w.headerItem().text(c) for c in range(w.columnCount())]
        for action in QWidget.actions(w):  # a widget may shadow actions() with its own attribute
            texts += _action_texts(action, seen)
    return [t for t in texts if t and t.strip()]


def pending_literals(root) -> set[str]:
    """The string literals of the pending packages' sources (their menu entries in shared menus)."""
    import ast

    found = set()
    for package in PENDING_PACKAGES:
        folder = root / package.replace(".", "/")
        for path in folder.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    return found


def plain(text: str) -> str:
    """A text as read: no markup, no & mnemonic marks, no tab-separated shortcut."""
    text = unescape(_TAGS.sub(" ", text)).split("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def english_only(texts: list[str], allowed: tuple[str, ...] = ALLOWED_TERMS,
                 pending: set[str] = frozenset()) -> list[str]:
    """The texts with English words and no Japanese, once proper terms, keys and file names are set aside."""
    found = []
    for text in texts:
        if text in pending or text.split("\t")[0] in pending:
            continue
        shown = plain(text)
        if _JAPANESE.search(shown):
            continue
        rest = _DATA.sub(" ", shown)
        for term in sorted(allowed, key=len, reverse=True):
            rest = rest.replace(term, " ")
        if re.search(r"[A-Za-z]{2,}", rest):
            found.append(text)
    return sorted(set(found))


def translated(text: str, context: str) -> str:
    """text through the installed translators (context as the code names it)."""
    return QCoreApplication.translate(context, text)
