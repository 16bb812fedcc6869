"""One export at a time into a folder, across processes and threads: two at once wrote over each other's partial
files, and the second's recovery took the first's journal for a killed export's and undid it while it ran (the
folder lost an article file of the earlier export, and both failed).

The lock is flock() on the folder itself, so it leaves no file in the user's folder and is dropped with the
process however it ends."""

from __future__ import annotations

import errno
import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from core.errors import Reason


class ExportBusy(Exception):
    """Another export is writing into the folder now; the reason says which folder."""


@contextmanager
def export_lock(folder: Path) -> Iterator[None]:
    """Hold the folder for one export; raises ExportBusy at once when another holds it. A folder that cannot be
    locked (a file system without locks) is written without it."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    except OSError:
        yield  # it fails when written, with its own message
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise ExportBusy(Reason(f"another export is writing into {folder} now: try again when it is "
                                        "done", "export_busy", folder=str(folder))) from None
        yield
    finally:
        os.close(fd)  # the lock goes with the descriptor
