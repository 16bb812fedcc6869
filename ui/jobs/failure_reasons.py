"""Why a file was not imported, or was skipped, in the interface language.

Kaidan's core says why in English words (the command line's language), from fixed reasons it
exports. The reasons every user meets (a picture or an empty file dropped with the articles, a
page with no article, a folder with nothing to read, a dataset's LICENSE or README) are worded
here; a reason that names a detail of its own (a line number, a column) is shown as core gives it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@cache
def _reasons() -> dict[str, str]:
    """Core's words for each common reason → the words to translate (read at the first failure)."""
    from core.ingest.decode import EMPTY, NOT_TEXT
    from core.ingest.paths import EMPTY_FOLDER, NO_SUCH_PATH, NOT_REGULAR, UNSUPPORTED
    from core.jobs.summary import NO_TEXT

    return {
        NOT_TEXT: QT_TRANSLATE_NOOP("ImportFailure", "not text (a picture, an archive or another binary file)"),
        EMPTY: QT_TRANSLATE_NOOP("ImportFailure", "the file is empty"),
        NO_TEXT: QT_TRANSLATE_NOOP("ImportFailure", "no article text found"),
        "no article text found in the page": QT_TRANSLATE_NOOP("ImportFailure", "no article text found in the page"),
        "not an HTML page": QT_TRANSLATE_NOOP("ImportFailure", "not an HTML page"),
        "no such file": QT_TRANSLATE_NOOP("ImportFailure", "the file is gone"),
        "is a folder, not a file": QT_TRANSLATE_NOOP("ImportFailure", "a folder, not a file"),
        NO_SUCH_PATH: QT_TRANSLATE_NOOP("ImportFailure", "the file or folder is gone"),
        NOT_REGULAR: QT_TRANSLATE_NOOP("ImportFailure", "not a regular file (a device or a pipe)"),
        EMPTY_FOLDER: QT_TRANSLATE_NOOP("ImportFailure", "no file Kaidan reads in this folder (it reads {extensions})"),
        "permission denied": QT_TRANSLATE_NOOP("ImportFailure", "no permission to read it"),
        UNSUPPORTED + "(no extension)": QT_TRANSLATE_NOOP("ImportFailure", "a file without an extension: Kaidan "
                                                                          "cannot tell its type"),
    }


# A reason core gives with details of its own (core.ingest.errors.Reason): its code → words taking the details.
_WITH_DETAILS = {
    "too_large_page": QT_TRANSLATE_NOOP("ImportFailure", "{name} is too large to import ({size_mb} MB); Kaidan reads "
                                                         "page files up to {limit_mb} MB"),
    "too_large_json": QT_TRANSLATE_NOOP("ImportFailure", "{name} is too large to import ({size_mb} MB); Kaidan reads "
                                                         "JSON files up to {limit_mb} MB (JSON Lines files have no limit)"),
    "json_line": QT_TRANSLATE_NOOP("ImportFailure", "not valid JSON on line {line}"),
    "no_text_column": QT_TRANSLATE_NOOP("ImportFailure", "no column of article text: the columns are {columns}"),
}


def failure_reason(reason: str) -> str:
    """A reason core gave for a file it could not import, as the user reads it."""
    from core.ingest.paths import SUPPORTED, UNSUPPORTED

    template = _WITH_DETAILS.get(getattr(reason, "code", ""))
    if template is not None:
        return QCoreApplication.translate("ImportFailure", template).format(**reason.details)
    words = _reasons().get(reason)
    if words is not None:
        return QCoreApplication.translate("ImportFailure", words).format(extensions=", ".join(SUPPORTED))
    if reason.startswith(UNSUPPORTED):
        return QCoreApplication.translate("ImportFailure", "Kaidan does not read {extension} files").format(
            extension=reason[len(UNSUPPORTED):])
    return reason


@cache
def _skip_reasons() -> dict[str, str]:
    """Core's words for each kind of dataset furniture a folder import leaves out → the words to translate."""
    from core.ingest.paths import FURNITURE_REASONS

    words = {"licence": QT_TRANSLATE_NOOP("ImportFailure", "a licence file, not an article"),
             "readme": QT_TRANSLATE_NOOP("ImportFailure", "a read-me file, not an article"),
             "changes": QT_TRANSLATE_NOOP("ImportFailure", "a change log, not an article"),
             "notes": QT_TRANSLATE_NOOP("ImportFailure", "a dataset's notes, not an article")}
    return {FURNITURE_REASONS[kind]: text for kind, text in words.items()}


def skip_reason(reason: str) -> str:
    """A reason core gave for a file it left out of a folder import, as the user reads it."""
    words = _skip_reasons().get(reason)
    return QCoreApplication.translate("ImportFailure", words) if words is not None else reason
