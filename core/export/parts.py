"""The partial files an export is writing, listed beside them (dataset.json.parts) as each is made, so an export
killed before its renames (the process killed, the machine off: most of an export's time is spent writing) leaves
nothing the next export into the folder cannot clear.

Until its renames an export's files are only NAME.part, and a crash left them there for good: the next export
replaced only those of the names it wrote again (a brat export of fewer articles, or another format, left the
rest). A user's own file that happens to end in .part is not Kaidan's: the list names each partial file by name
and inode (the file it made; a user's later file of that name is another), and only those are removed. Once the
renames are journaled (core.export.journal, which names each partial file too) the list goes.

The list is appended without an fsync: after a power cut it may lack the last files made, which then stay (a
file is left rather than one removed that may not be Kaidan's); a line cut short is skipped."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from core.errors import Reason
from core.export.journal import PART, plain_name
from core.export_names import CARD, CARD_NAME
from core.export.counted_files import files, removed as said_removed

PARTS = CARD + ".parts"
_HEADER = {"name": CARD_NAME, "parts": 1}


class PartsList:
    """The list of the partial files one export made in its folder, written as each is made."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.handle = None

    def made(self, name: str, partial: Path) -> None:
        """Note the partial file of name just made (its inode read now: the file it is until it is renamed)."""
        if self.handle is None:
            drop_parts_list(self.folder)  # a link of its name is not followed: the list is always a new file
            self.handle = open(self.folder / PARTS, "x", encoding="utf-8")
            self._write(_HEADER)
        self._write([name, os.lstat(partial).st_ino])

    def _write(self, value) -> None:
        self.handle.write(json.dumps(value, ensure_ascii=False) + "\n")
        self.handle.flush()

    def drop(self) -> None:
        """Every partial file is journaled or gone: the list goes."""
        self.close()
        drop_parts_list(self.folder)

    def close(self) -> None:
        handle, self.handle = self.handle, None
        if handle is not None:
            try:
                handle.close()
            except OSError:
                pass  # a line the disk had no room for: closed all the same (the export fails with its own words)


def drop_parts_list(folder: Path) -> None:
    (Path(folder) / PARTS).unlink(missing_ok=True)


def listed_parts(folder: Path) -> list[tuple[str, int]] | None:
    """(name, inode) of each partial file the list in folder names; None when there is no list of Kaidan's."""
    try:
        lines = (Path(folder) / PARTS).read_text(encoding="utf-8").splitlines()
        if not lines or json.loads(lines[0]) != _HEADER:
            return None
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    listed = []
    for line in lines[1:]:
        try:
            name, inode = json.loads(line)
        except (ValueError, TypeError):
            continue  # cut short by the crash, or not a line Kaidan wrote
        if plain_name(name) and type(inode) is int:
            listed.append((name, inode))
    return listed


def clear_parts(folder: str | Path) -> Reason | None:
    """Remove the partial files an export killed before its renames left in folder (those its list names, while
    each is still the file it made), and the list; one line saying how many (None when none were left)."""
    folder = Path(folder)
    listed = listed_parts(folder)
    if listed is None:
        if (folder / PARTS).is_file():
            drop_parts_list(folder)  # empty or damaged: it names nothing to remove
        return None
    removed = 0
    for name, inode in listed:
        partial = folder / (name + PART)
        try:
            found = os.lstat(partial)
        except OSError:
            continue
        if stat.S_ISREG(found.st_mode) and found.st_ino == inode:
            partial.unlink()
            removed += 1
    drop_parts_list(folder)
    if not removed:
        return None
    return Reason(f"an interrupted export had left {files(removed, 'partial')} in {folder}: {said_removed(removed)}",
                  "export_parts_removed", folder=str(folder), count=removed)
