"""A library the window may read but not write (its file or folder is read-only): opened read-only, edits refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core import store
from core.store.connection import open_current
from core.store.errors import LibraryReadOnly


def open_library(path: str | Path):
    """The library at path and whether it is read-only: one whose file or folder cannot be written is opened
    for reading (list, reader, search, export), instead of not at all. The window only reads through it (its
    edits go through the writer's own connection): a library of this Kaidan opens on sqlite3 alone, a new or
    old one is made or upgraded through open_db (sqlite-utils)."""
    try:
        return open_current(path, make_folder=True) or store.open_db(path, make_folder=True), False
    except LibraryReadOnly:
        return store.read_library(path), True


def read_only_reason() -> str:
    """The one sentence every refused edit, import or analysis of a read-only library shows."""
    return QCoreApplication.translate(
        "ReadOnlyLibrary", "this library is read-only (its file or folder cannot be written): reading, search and "
        "export work; to annotate, copy it to a folder you can write to and open the copy")


def refused() -> LibraryReadOnly:
    """The error a write to a read-only library raises, before anything is tried."""
    return LibraryReadOnly(read_only_reason())
