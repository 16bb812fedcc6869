"""Why the library refused a write or a read, in the interface language, from the refusal's kind alone.

Core's refusal (core.store.errors.WriteRefused, and any LibraryError) speaks English and names the library's
path ("…/library.db is busy: another program is writing to it", "no library at …"); the window says the same
from its kind (disk_full, read_only, busy, missing, damaged…), for an import or a detection that stopped, an
edit that was not saved and a background read (the export dialog's outlets) that found no library.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REFUSALS = {
    "disk_full": QT_TRANSLATE_NOOP("Refusals", "disk full: the library could not be written"),
    "read_only": QT_TRANSLATE_NOOP("Refusals", "the library is read-only: nothing can be saved into it"),
    "busy": QT_TRANSLATE_NOOP("Refusals", "the library is busy: another program is writing to it"),
    "gone": QT_TRANSLATE_NOOP("Refusals", "the library file was moved, renamed, replaced or deleted after this "
                                          "window opened it: nothing more can be saved from this window"),
    "refused": QT_TRANSLATE_NOOP("Refusals", "the library refused the write"),
    # a LibraryError met opening the library (a job opens it by its path, on a connection of its own)
    "missing": QT_TRANSLATE_NOOP("Refusals", "there is no library file where this window opened it: it was moved, "
                                             "renamed or deleted"),
    "damaged": QT_TRANSLATE_NOOP("Refusals", "the library file is damaged: keep a copy of it, then restore a "
                                             "backup"),
    "unopened": QT_TRANSLATE_NOOP("Refusals", "the library file could not be opened"),
}
# A LibraryError of no narrower kind has many causes (another program's file, a newer Kaidan's, a folder in its
# place, an upgrade that failed): the window cannot word which, so core's own line follows, naming it.
UNOPENED_BECAUSE = QT_TRANSLATE_NOOP("Refusals", "the library file could not be opened: {reason}")
# A busy library whose holder is known (core.store.errors.LibraryBusy.holder: "pid 4242 (kaidan import)").
BUSY_HOLDER = QT_TRANSLATE_NOOP("Refusals", "the library is busy: {holder} is writing to it (Kaidan waited "
                                            "{seconds} s)")


def refusal_words(kind: str, holder: str = "", waited: float = 0.0) -> str:
    """A refusal's kind (WriteRefused.kind) in words, an unknown kind as a refusal in general; a busy library
    names who holds it when known (LibraryBusy.holder, and how long Kaidan waited)."""
    if kind == "busy" and holder:
        return QCoreApplication.translate("Refusals", BUSY_HOLDER).format(holder=holder, seconds=f"{waited:g}")
    return QCoreApplication.translate("Refusals", REFUSALS.get(kind, REFUSALS["refused"]))


def refusal_of(exc) -> str:
    """A refusal (core.store.errors.WriteRefused, or any LibraryError by its kind) in words; a LibraryError of
    no narrower kind with core's line, its only account of the cause."""
    if exc.kind == "unopened" and str(exc).strip():
        return QCoreApplication.translate("Refusals", UNOPENED_BECAUSE).format(reason=" ".join(str(exc).split()))
    return refusal_words(exc.kind, getattr(exc, "holder", ""), getattr(exc, "waited", 0.0))
