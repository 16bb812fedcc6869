"""Why an export was refused or asks before replacing, in the interface language.

Core says both in English words (the command line's language) and carries a code with the details
(core.export: failure_message, other_export); the window words them from the code, so a Japanese
window never shows "export failed, nothing was written to …: File exists".
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.jobs.export_formats import format_name

CONTEXT = "ExportWords"

# The OS's errors a folder meets when Kaidan writes there (an export, a pasted page) (errno names) → words.
_OS_ERRORS = {
    "EEXIST": QT_TRANSLATE_NOOP("ExportWords", "a file of that name is there, not a folder"),
    "ENOTDIR": QT_TRANSLATE_NOOP("ExportWords", "a part of the path is a file, not a folder"),
    "ENOENT": QT_TRANSLATE_NOOP("ExportWords", "a folder on the way is not there, and cannot be made"),
    "EACCES": QT_TRANSLATE_NOOP("ExportWords", "no permission to write there"),
    "EROFS": QT_TRANSLATE_NOOP("ExportWords", "the disk is read-only"),
    "ENOSPC": QT_TRANSLATE_NOOP("ExportWords", "the disk is full"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("ExportWords", "the path is too long"),
    "EIO": QT_TRANSLATE_NOOP("ExportWords", "the disk could not be written (an input/output error)"),
}
_OS_ERRORS["EPERM"] = _OS_ERRORS["EACCES"]
_OS_ERRORS["EDQUOT"] = _OS_ERRORS["ENOSPC"]

_REASONS = {
    "export_failed": QT_TRANSLATE_NOOP("ExportWords", "Nothing was written to {folder}: {error}."),
    "export_failed_no_folder": QT_TRANSLATE_NOOP("ExportWords", "Nothing was written and no folder is left at "
                                                                "{folder}: {error}."),
    "export_failed_kept": QT_TRANSLATE_NOOP("ExportWords", "Nothing was written; the earlier export in {folder} "
                                                           "was kept as it was: {error}."),
    "export_busy": QT_TRANSLATE_NOOP("ExportWords", "Not exported: another export is writing into {folder} now. "
                                                    "Try again when it is done."),
    "other_export": QT_TRANSLATE_NOOP("ExportWords", "{folder} holds a {format} export of {scope}"),
    "not_a_card": QT_TRANSLATE_NOOP("ExportWords", "{folder} holds a {card} that is not a Kaidan export card"),
    "export_clashes": QT_TRANSLATE_NOOP("ExportWords", "{folder} already holds {names} (not from a Kaidan "
                                                       "export card)"),
    "export_leftovers_removed": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left {count} earlier "
                                                                 "files in {folder}: the export there is whole, and "
                                                                 "they were removed."),
    "export_put_back": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left {folder} half-replaced: "
                                                        "the earlier export there was put back ({count} files)."),
    "export_taken_back": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left {count} of its files in "
                                                          "{folder}: they were removed."),
    "export_parts_removed": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left {count} partial "
                                                             "files in {folder}: they were removed."),
    "export_journal_cut_short": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left its journal in "
                                                                 "{folder} cut short: it had renamed no file yet, "
                                                                 "and the journal was removed."),
    "export_journal_earlier": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left a journal in "
                                                               "{folder} from an earlier version of Kaidan, which "
                                                               "this one cannot read: the folder was recovered from "
                                                               "its export cards, and the journal removed."),
    "export_journal_unread": QT_TRANSLATE_NOOP("ExportWords", "{folder} held a {journal} that is not a journal "
                                                              "Kaidan can read: the folder was recovered from its "
                                                              "export cards, and the file removed."),
    "no_spacy": QT_TRANSLATE_NOOP("ExportWords", "spaCy is not installed: train.json only "
                                                 "(`python -m spacy convert train.json .`)"),
}
# The same notes when they count one file (the others count several).
_ONE_FILE = {
    "export_leftovers_removed": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left 1 earlier file in "
                                                                 "{folder}: the export there is whole, and it was "
                                                                 "removed."),
    "export_put_back": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left {folder} half-replaced: "
                                                        "the earlier export there was put back (1 file)."),
    "export_taken_back": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left 1 of its files in "
                                                          "{folder}: it was removed."),
    "export_parts_removed": QT_TRANSLATE_NOOP("ExportWords", "An interrupted export had left 1 partial file in "
                                                             "{folder}: it was removed."),
}
# The words a scope and a list of names are said with.
_WORDS = {
    "comma": QT_TRANSLATE_NOOP("ExportWords", ", "),
    "more": QT_TRANSLATE_NOOP("ExportWords", "{names} and {count} more"),
    "all": QT_TRANSLATE_NOOP("ExportWords", "the whole library"),
    "ids": QT_TRANSLATE_NOOP("ExportWords", "{count} chosen articles"),
    "one_id": QT_TRANSLATE_NOOP("ExportWords", "1 chosen article"),
    "statuses": QT_TRANSLATE_NOOP("ExportWords", "the articles marked {statuses}"),
    "outlets": QT_TRANSLATE_NOOP("ExportWords", "the articles of {outlets}"),
    "dates": QT_TRANSLATE_NOOP("ExportWords", "the articles dated {start} to {end}"),
}


def _say(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def export_words(reason: str) -> str:
    """Core's reason for a refused export, a folder holding another export or a note on an export, as the
    user reads it (core's words when it carries no code)."""
    code = getattr(reason, "code", "")
    if code not in _REASONS:
        return reason
    details = dict(reason.details)
    if code in ("export_failed", "export_failed_no_folder", "export_failed_kept"):
        details["error"] = write_error(details["errno"], details["error"])
    elif code == "other_export":
        details["scope"] = scope_words(details["scope"])
        details["format"] = format_name(details["format"])
    elif code == "export_clashes":
        details["names"] = _listed(details["names"], details["more"])
    one = details.get("count") == 1 and _ONE_FILE.get(code)
    return _say(one or _REASONS[code]).format(**details)


def write_error(number: int | None, words: str) -> str:
    """The OS's error for a write (an export, a pasted page) in the interface language; its own words when it
    is not a common one."""
    template = _OS_ERRORS.get(errno.errorcode.get(number or 0, ""))
    return _say(template) if template else words


def _listed(names: list[str], more: int) -> str:
    listed = _say(_WORDS["comma"]).join(names)
    return _say(_WORDS["more"]).format(names=listed, count=more) if more else listed


def scope_words(scope) -> str:
    """The articles an export card says it holds (its scope), in words."""
    if not isinstance(scope, dict) or scope.get("all"):
        return _say(_WORDS["all"])
    parts = []
    if scope.get("ids") is not None:
        parts.append(_say(_WORDS["one_id" if len(scope["ids"]) == 1 else "ids"]).format(count=f"{len(scope['ids']):,}"))
    if scope.get("statuses"):  # the list's own words for a status (the library stores English keys)
        statuses = [QCoreApplication.translate("ArticleListModel", status) for status in scope["statuses"]]
        parts.append(_say(_WORDS["statuses"]).format(statuses=_say(_WORDS["comma"]).join(statuses)))
    if scope.get("outlets"):
        parts.append(_say(_WORDS["outlets"]).format(outlets=_say(_WORDS["comma"]).join(scope["outlets"])))
    if scope.get("date_from") or scope.get("date_to"):
        parts.append(_say(_WORDS["dates"]).format(
            start=scope.get("date_from") or "…", end=scope.get("date_to") or "…"))
    return _say(_WORDS["comma"]).join(parts) or _say(_WORDS["all"])
