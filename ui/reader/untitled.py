"""How the list names an article without a title: its first words, clean, marked as no title."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_DATELINE = re.compile(r"^\s*[【\[［][^】\]］]{0,20}[】\]］]\s*")
_LEADING = re.compile(r"^[\s\(\)（）「」『』【】〔〕\[\]［］<>〈〉《》・、。,.\-—–…:：;；\"'“”‘’]+")
WORDS = 24  # characters: about a list column's width of Japanese


def first_words(snippet: str | None, limit: int = WORDS) -> str:
    """The body's opening as a name: no dateline, no stray bracket or punctuation before it, cut with …."""
    text = " ".join((snippet or "").split())
    text = _DATELINE.sub("", text, count=1)
    text = _LEADING.sub("", text)
    cut = text[:limit].rstrip()
    return cut + "…" if cut else ""


def untitled_tip() -> str:
    """What an untitled row's tooltip says first, in the interface language."""
    return QCoreApplication.translate("ArticleListModel", "No title: the list shows the article's first words")
