"""Why a dataset file's rows were skipped, in the interface language.

Core lists the first few bad rows of a JSON Lines, JSON or CSV file in English ("2 rows skipped: line 3
not valid JSON, line 9 empty text"), each row's place and reason a coded core.ingest.errors.Reason; the
window words each place, each reason and the list around them from those codes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# A row's place by its unit (core.ingest.rows.place): a line of JSON Lines, an item of a JSON list, a CSV row.
_PLACES = {
    "line": QT_TRANSLATE_NOOP("ImportFailure", "line {number}"),
    "item": QT_TRANSLATE_NOOP("ImportFailure", "item {number}"),
    "row": QT_TRANSLATE_NOOP("ImportFailure", "row {number}"),
}
# Why a row was skipped, by its code (core.ingest.rows.ROW_ERRORS and the reasons with details).
ROW_ERRORS = {
    "not_json": QT_TRANSLATE_NOOP("ImportFailure", "not valid JSON"),
    "not_object": QT_TRANSLATE_NOOP("ImportFailure", "not a JSON object"),
    "empty_text": QT_TRANSLATE_NOOP("ImportFailure", "empty text"),
    "text_not_text": QT_TRANSLATE_NOOP("ImportFailure", "its text is a JSON object or true/false, not text"),
    "too_deep": QT_TRANSLATE_NOOP("ImportFailure", "nested deeper than {limit} levels"),
    "open_quote": QT_TRANSLATE_NOOP(
        "ImportFailure", "a quote opened in this row is never closed: the rest of the file was read into it"),
    "too_many_cells": QT_TRANSLATE_NOOP("ImportFailure", "{cells} cells where the header has {columns} columns"),
    "too_long": QT_TRANSLATE_NOOP("ImportFailure", "longer than the {limit_m} M characters a row may hold"),
    "not_csv": QT_TRANSLATE_NOOP("ImportFailure", "not valid CSV ({error})"),
    "bad_bytes": QT_TRANSLATE_NOOP("ImportFailure", "holds bytes that are not valid {encoding}"),
}
# The whole reason, by its code (core.ingest.datasets.skipped_message).
_LISTS = {
    "rows_skipped": QT_TRANSLATE_NOOP("ImportFailure", "rows skipped ({count}): {listed}"),
    "no_rows_imported": QT_TRANSLATE_NOOP("ImportFailure", "no rows imported; rows skipped ({count}): {listed}"),
}
CODES = (*_LISTS, "no_json_rows")


def _words(table: dict[str, str], reason: str) -> str:
    """A coded reason from table, in the interface language; core's words when its code is not there."""
    template = table.get(getattr(reason, "code", ""))
    if template is None:
        return str(reason)
    return translate("ImportFailure", template).format(**reason.details)


def place(where: str) -> str:
    """Where a row is ("line 3"), as the user reads it."""
    return _words(_PLACES, where)


def row_error(why: str) -> str:
    """Why one row was skipped, as the user reads it."""
    return _words(ROW_ERRORS, why)


def rows_reason(reason) -> str:
    """A reason core gave for a dataset file's skipped rows (a code in CODES), as the user reads it."""
    details = reason.details
    if reason.code == "no_json_rows":
        others = details["others"]
        template = (QT_TRANSLATE_NOOP("ImportFailure", "not valid JSON on {where} (bad rows after it: {others})") if others
                    else QT_TRANSLATE_NOOP("ImportFailure", "not valid JSON on {where}"))
        return translate("ImportFailure", template).format(where=place(details["where"]), others=others)
    item = translate("ImportFailure", "{where} {why}")
    listed = translate("ImportFailure", ", ").join(
        item.format(where=place(where), why=row_error(why)) for where, why in details["rows"])
    if details["more"]:
        listed += translate("ImportFailure", ", and {n} more").format(n=details["more"])
    return translate("ImportFailure", _LISTS[reason.code]).format(count=details["count"], listed=listed)
