"""Why a file was not imported, or was skipped, in the interface language.

Kaidan's core says why in English words (the command line's language), from fixed reasons it
exports. The reasons every user meets (a picture or an empty file dropped with the articles, a
page with no article, a folder with nothing to read, a dataset's LICENSE or README) are worded
here; a reason with details of its own (a line number, a column, the OS's error) carries a code and
its details (core.ingest.errors.Reason), and is worded from them. Only a reason core gives as bare words
with details in them is shown as core gives it.
"""

from __future__ import annotations

import errno
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.common.refusals import refusal_words
from ui.common.words import counted
from ui.jobs.dataset_words import coded_words
from ui.jobs.row_reasons import CODES, ROW_ERRORS, row_error, rows_reason


@cache
def _reasons() -> dict[str, str]:
    """Core's words for each common reason → the words to translate (read at the first failure)."""
    from core.ingest.decode import EMPTY, NOT_TEXT
    from core.ingest.datasets import NO_ROWS, ONLY_HEADER
    from core.ingest.paths import (
        BROKEN_LINK, EMPTY_FOLDER, FOLDER_LINK, LIBRARY_FILE, NO_SUCH_PATH, NOT_REGULAR, UNSUPPORTED,
    )
    from core.ingest.rows import NO_RECORDS
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
        NOT_REGULAR: QT_TRANSLATE_NOOP("ImportFailure", "not a regular file (a device, a pipe or a socket)"),
        BROKEN_LINK: QT_TRANSLATE_NOOP("ImportFailure", "a link to a file that is not there"),
        FOLDER_LINK: QT_TRANSLATE_NOOP("ImportFailure", "a link to a folder outside this import, which Kaidan does "
                                                        "not follow: import that folder itself"),
        EMPTY_FOLDER: QT_TRANSLATE_NOOP("ImportFailure", "no file Kaidan reads in this folder (it reads {extensions})"),
        "permission denied": QT_TRANSLATE_NOOP("ImportFailure", "no permission to read it"),
        NO_ROWS: QT_TRANSLATE_NOOP("ImportFailure", "no rows"),
        ONLY_HEADER: QT_TRANSLATE_NOOP("ImportFailure", "no rows: only a header"),
        NO_RECORDS: QT_TRANSLATE_NOOP("ImportFailure", "no articles in the JSON: Kaidan expects a list of objects"),
        LIBRARY_FILE: QT_TRANSLATE_NOOP("ImportFailure", "a Kaidan library (an SQLite database), not articles: to "
                                                         "bring its annotations into this library use File → Merge "
                                                         "Libraries…; to work in it, start Kaidan on it "
                                                         "(kaidan --db PATH)"),
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
    "export_card": QT_TRANSLATE_NOOP("ImportFailure", "the card of a Kaidan {format} export: it describes the export "
                                                      "and holds no articles"),
    "export_inside": QT_TRANSLATE_NOOP("ImportFailure", "a Kaidan {format} export inside the folder: import this "
                                                        "folder on its own to read it back"),
    "export_not_read_back": QT_TRANSLATE_NOOP("ImportFailure", "a Kaidan {format} export, which Kaidan does not read "
                                                               "back (its tables are not articles); import a jsonl "
                                                               "export instead"),
    "no_text_column": QT_TRANSLATE_NOOP("ImportFailure", "no column of article text: the columns are {columns}"),
    "json_line_in": QT_TRANSLATE_NOOP("ImportFailure", "{name}: not valid JSON on line {line}"),
    "csv_header": QT_TRANSLATE_NOOP("ImportFailure", "the CSV header cannot be read ({error})"),
    "cannot_read": QT_TRANSLATE_NOOP("ImportFailure", "cannot read the file: {error}"),
    "cannot_open_folder": QT_TRANSLATE_NOOP("ImportFailure", "cannot open the folder: {error}"),
    "unexpected": QT_TRANSLATE_NOOP("ImportFailure", "an unexpected error while reading it ({error}); "
                                                     "please report it"),
}
# The OS's errors a file read meets (errno names) → words; another error is said in the OS's words.
_OS_ERRORS = {
    "EACCES": QT_TRANSLATE_NOOP("ImportFailure", "no permission to read it"),
    "EIO": QT_TRANSLATE_NOOP("ImportFailure", "the disk could not be read (an input/output error)"),
    "ELOOP": QT_TRANSLATE_NOOP("ImportFailure", "its links lead round in a circle"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("ImportFailure", "its name is too long"),
    "ETIMEDOUT": QT_TRANSLATE_NOOP("ImportFailure", "the drive took too long to answer"),
    "ESTALE": QT_TRANSLATE_NOOP("ImportFailure", "the network drive no longer has it"),
    "EBUSY": QT_TRANSLATE_NOOP("ImportFailure", "another program is using it"),
    "ENXIO": QT_TRANSLATE_NOOP("ImportFailure", "the device it is on is not there"),
}
_OS_ERRORS["ENODEV"] = _OS_ERRORS["ENXIO"]
_OS_ERRORS["EPERM"] = _OS_ERRORS["EACCES"]


def failure_reason(reason: str) -> str:
    """A reason core gave for a file it could not import, as the user reads it."""
    from core.ingest.paths import SUPPORTED, UNSUPPORTED

    code = getattr(reason, "code", "")
    if code in CODES:
        return rows_reason(reason)
    if code in ROW_ERRORS:  # a dataset's row or task failed alone, for a row's reason
        return row_error(reason)
    words = coded_words(reason)
    if words is not None:
        return words
    template = _WITH_DETAILS.get(code)
    if template is not None:
        details = dict(reason.details)
        if code in ("cannot_read", "cannot_open_folder"):
            details["error"] = _os_error(details["errno"], details["error"])
        return QCoreApplication.translate("ImportFailure", template).format(**details)
    words = _reasons().get(reason)
    if words is not None:
        return QCoreApplication.translate("ImportFailure", words).format(extensions=", ".join(SUPPORTED))
    if reason.startswith(UNSUPPORTED):
        return QCoreApplication.translate("ImportFailure", "Kaidan does not read {extension} files").format(
            extension=reason[len(UNSUPPORTED):])
    return reason


def _os_error(number: int, words: str) -> str:
    """The OS's error number in the interface language; its own words when it is not a common one."""
    template = _OS_ERRORS.get(errno.errorcode.get(number, ""))
    return QCoreApplication.translate("ImportFailure", template) if template else words


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
    if getattr(reason, "code", "") in _WITH_DETAILS:  # an export folder met inside the folder
        return failure_reason(reason)
    words = _skip_reasons().get(reason)
    return QCoreApplication.translate("ImportFailure", words) if words is not None else reason


# What an import stored before it stopped (core.jobs.summary.stop_reason), by the reason's code.
_STOPPED = {
    "stopped_files": QT_TRANSLATE_NOOP("ImportFailure", "{refusal}: {imported} imported, from {stored} of "
                                                        "{files}; the rest were not"),
    "stopped_datasets": QT_TRANSLATE_NOOP("ImportFailure", "{refusal}: {imported} imported; the rest were not"),
    "stopped": QT_TRANSLATE_NOOP("ImportFailure", "{refusal}: {imported} imported; the rest were not"),
    # entity detection or claim suggestion (core.analysis): what was analysed before the refusal
    "analysis_stopped": QT_TRANSLATE_NOOP("ImportFailure", "{refusal}: {analysed} of {total} analysed; "
                                                           "the rest were not"),
}
# The counts said with their noun, one and many (never "1 articles"): by the detail they count.
_ARTICLES = (QT_TRANSLATE_NOOP("ImportFailure", "1 article"), QT_TRANSLATE_NOOP("ImportFailure", "{n} articles"))
_COUNTED = {
    "imported": _ARTICLES, "total": _ARTICLES,
    "files": (QT_TRANSLATE_NOOP("ImportFailure", "1 file"), QT_TRANSLATE_NOOP("ImportFailure", "{n} files")),
}
_DATASET_ARTICLES = (QT_TRANSLATE_NOOP("ImportFailure", "1 dataset article"),
                     QT_TRANSLATE_NOOP("ImportFailure", "{n} dataset articles"))


def stop_reason(reason: str) -> str:
    """Why an import (or an analysis) stopped early and what it stored, as the user reads it (core's words
    when not coded)."""
    template = _STOPPED.get(getattr(reason, "code", ""))
    if template is None:
        return reason
    details = reason.details
    counts = {key: f"{value:,}" for key, value in details.items() if isinstance(value, int)}
    for key, (one, many) in _COUNTED.items():
        if isinstance(details.get(key), int):
            if key == "imported" and reason.code == "stopped_datasets":
                one, many = _DATASET_ARTICLES
            counts[key] = counted(details[key], QCoreApplication.translate("ImportFailure", one),
                                  QCoreApplication.translate("ImportFailure", many))
    return QCoreApplication.translate("ImportFailure", template).format(
        refusal=refusal_words(details["refusal"], details.get("holder", ""), details.get("waited", 0.0)), **counts)
