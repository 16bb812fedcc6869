"""A library the window may read but not write (its file or folder is read-only): opened read-only, edits refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.store import open_db
from core.store.errors import LibraryReadOnly


def open_library(path: str | Path):
    """The library at path and whether it is read-only: one whose file or folder cannot be written is opened
    for reading (list, reader, search, export), instead of not at all."""
    try:
        return open_db(path, make_folder=True), False
    except LibraryReadOnly:
        return open_db(path, readonly=True), True


def read_only_reason() -> str:
    """The one sentence every refused edit, import or analysis of a read-only library shows."""
    return QCoreApplication.translate(
        "ReadOnlyLibrary", "this library is read-only (its file or folder cannot be written): reading, search and "
        "export work; to annotate, copy it to a folder you can write to and open the copy")


def refused() -> LibraryReadOnly:
    """The error a write to a read-only library raises, before anything is tried."""
    return LibraryReadOnly(read_only_reason())
