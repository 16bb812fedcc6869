"""Why a file was not imported, in the interface language.

Kaidan's core says why in English words (the command line's language). The reasons every user
meets (a picture or an empty file dropped with the articles, a page with no article) are
translated here; a reason that names a detail of its own (a line number, a column) is shown as
core gives it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

UNSUPPORTED = "unsupported file type "  # followed by the file's extension


@cache
def _reasons() -> dict[str, str]:
    """Core's words for each common reason → the words to translate (read at the first failure)."""
    from core.ingest.decode import EMPTY, NOT_TEXT
    from core.jobs import NO_TEXT

    return {
        NOT_TEXT: QT_TRANSLATE_NOOP("ImportFailure", "not text (a picture, an archive or another binary file)"),
        EMPTY: QT_TRANSLATE_NOOP("ImportFailure", "the file is empty"),
        NO_TEXT: QT_TRANSLATE_NOOP("ImportFailure", "no article text found"),
        "no article text found in the page": QT_TRANSLATE_NOOP("ImportFailure", "no article text found in the page"),
        "not an HTML page": QT_TRANSLATE_NOOP("ImportFailure", "not an HTML page"),
        "no such file": QT_TRANSLATE_NOOP("ImportFailure", "the file is gone"),
        "is a folder, not a file": QT_TRANSLATE_NOOP("ImportFailure", "a folder, not a file"),
        "permission denied": QT_TRANSLATE_NOOP("ImportFailure", "no permission to read it"),
        UNSUPPORTED + "(no extension)": QT_TRANSLATE_NOOP("ImportFailure", "a file without an extension: Kaidan "
                                                                          "cannot tell its type"),
    }


def failure_reason(reason: str) -> str:
    """A reason core gave for a file it could not import, as the user reads it."""
    words = _reasons().get(reason)
    if words is not None:
        return QCoreApplication.translate("ImportFailure", words)
    if reason.startswith(UNSUPPORTED):
        return QCoreApplication.translate("ImportFailure", "Kaidan does not read {extension} files").format(
            extension=reason[len(UNSUPPORTED):])
    return reason
