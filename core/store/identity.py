"""Which file a library's path names, so that a window notices its library moved, renamed, replaced or deleted.

A window keeps its library open for hours. If the file is deleted or renamed meanwhile, the connections
already open keep reading and writing the old file (a deleted one lives on until they close: every edit
"saved" into it is lost), while anything that opens the path anew (the list's reader, an import, the first
edit's writer) finds nothing there, or makes a new empty library in its place. The file's identity taken
when the window opened tells the two apart with one stat.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.store.errors import LibraryGone

Identity = tuple[int, int]


def file_identity(path: str | Path) -> Identity | None:
    """The (device, inode) of the file at path, or None when nothing is there."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def moved(path: str | Path, identity: Identity | None) -> bool:
    """Whether path no longer names the file whose identity was taken (moved, renamed, replaced or deleted since);
    False when no identity was taken (nothing to check)."""
    return identity is not None and file_identity(path) != identity


def check_same_file(path: str | Path, identity: Identity | None) -> None:
    """Raise LibraryGone unless path still names the file whose identity was taken (None: nothing to check)."""
    if moved(path, identity):
        raise LibraryGone(f"{path} was moved, renamed, replaced or deleted after it was opened: "
                          "nothing more is saved into it")
