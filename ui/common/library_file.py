"""Whether a window's library file is still where the window opened it (core.store.identity)."""

from __future__ import annotations

from core.store.identity import moved


def library_gone(window) -> bool:
    """Whether the window's library path no longer names the file the window opened (moved, renamed, replaced
    or deleted since): the window's jobs and edits refuse to write then."""
    return moved(window.db_path, getattr(window, "library_identity", None))
