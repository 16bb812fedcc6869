"""A library changed behind a window's back, as the command line or another window would, and what the window said."""

from __future__ import annotations

from sqlite_utils import Database

from core.store.transactions import atomic


def elsewhere(window, change):
    """change(db) made through a connection of its own (foreign keys on, as every Kaidan connection); its result."""
    other = Database(window.db_path)
    other.execute("PRAGMA foreign_keys = ON")
    try:
        with atomic(other):
            return change(other)
    finally:
        other.close()


def refusals(window) -> list[str]:
    """The lines the window's undo stack says when it refuses an edit, from now on."""
    said: list[str] = []
    window.undo_stack.failed.connect(said.append)
    return said
