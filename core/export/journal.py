"""An export's journal: every name it is about to rename into place, which file of that name was there and which
file it puts there, written down and made durable before its first rename, deleted once the export stands.

The card cannot say this: brat's describes its per-article files by a pattern, and a user's own file can match
a pattern. With the journal a crash anywhere among the renames is undone exactly (each file the killed export
added removed, each earlier file put back from NAME.earlier) or finished (its new card, known by its digest, is
in place: the new export stood, and the NAME.earlier files go). Every step can be done again, so a crash while
recovering is recovered by the next run.

A journal is read as a plan, never trusted as an order: a name that is not a plain file name in the folder makes
it no journal of Kaidan's, and a file is removed or renamed only while it is the very file the export wrote or set
aside (its identity: inode, size and modification time, which a rename keeps). A user's file, one edited since,
or one outside the folder is never touched, whatever a damaged or hand-edited journal says."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from core.errors import Reason
from core.export_names import CARD, CARD_NAME
from core.export.counted_files import files, removed

JOURNAL = CARD + ".journal"
EARLIER, PART = ".earlier", ".part"

Identity = tuple[int, int, int]  # inode, size, modification time (ns): kept by a rename, changed by a rewrite


@dataclass(frozen=True)
class Entry:
    """One name an export renames: the file that was there (set aside as NAME.earlier) and its own (NAME.part,
    renamed to NAME), each by identity; None where there is none."""
    name: str
    earlier: Identity | None
    new: Identity | None


def identity(path: Path) -> Identity | None:
    """The identity of the file (or symbolic link) at path; None when there is none there."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    if not (stat.S_ISREG(found.st_mode) or stat.S_ISLNK(found.st_mode)):
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def write_journal(folder: Path, entries: list[Entry]) -> None:
    """Write down every file an export renames or sets aside, and the digest of its new card, durably: once,
    before the first rename (a journal cut short means no rename was made yet)."""
    text = json.dumps({"name": CARD_NAME, "card": _digest(folder / (CARD + PART)),
                       "files": [[e.name, e.earlier, e.new] for e in entries]}, ensure_ascii=False)
    drop_journal(folder)  # a link of its name is not followed: the journal is always a new file
    with open(folder / JOURNAL, "x", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def drop_journal(folder: Path) -> None:
    """The export stood or was taken back: its journal goes."""
    (folder / JOURNAL).unlink(missing_ok=True)


def read_journal(folder: Path) -> tuple[list[Entry], str | None] | None:
    """The entries of the journal in folder and its new card's digest; None when there is none, one a crash cut
    short (then nothing was renamed yet), or one Kaidan did not write (a name outside the folder)."""
    try:
        journal = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        entries = [Entry(name, _identity_of(earlier), _identity_of(new)) for name, earlier, new in journal["files"]]
        card = journal.get("card")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not all(plain_name(e.name) for e in entries) or not (card is None or isinstance(card, str)):
        return None
    return entries, card


def unreadable_journal(folder: Path) -> Reason | None:
    """Why the journal in folder cannot be read as a plan (None when there is none, or it can be), in one line:
    empty or cut short by a crash while it was written (then no file had been renamed yet), written by the
    first version of the journal (names alone, no file identities: nothing tells its files from the user's), or
    not one Kaidan wrote. The folder is then recovered from its export cards (core.export.recover)."""
    path = folder / JOURNAL
    if not path.is_file() or read_journal(folder) is not None:
        return None
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return Reason(f"an interrupted export had left its journal in {folder} cut short: it had renamed no file "
                      "yet, and the journal was removed", "export_journal_cut_short", folder=str(folder))
    if _first_version(journal):
        return Reason(f"an interrupted export had left a journal in {folder} from an earlier version of Kaidan, "
                      "which this one cannot read: the folder was recovered from its export cards, and the "
                      "journal removed", "export_journal_earlier", folder=str(folder))
    return Reason(f"{folder} held a {JOURNAL} that is not a journal Kaidan can read: the folder was recovered "
                  "from its export cards, and the file removed", "export_journal_unread", folder=str(folder),
                  journal=JOURNAL)


def _first_version(journal) -> bool:
    """Whether journal is one the first journaling export wrote: [name, whether a file was there] pairs."""
    files = journal.get("files") if isinstance(journal, dict) and journal.get("name") == CARD_NAME else None
    return isinstance(files, list) and all(
        isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], bool) for entry in files)


def _identity_of(value) -> Identity | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 3 and all(type(n) is int for n in value)):
        raise ValueError("not an identity")
    return tuple(value)


def plain_name(name) -> bool:
    """Whether name is a file name in the folder itself, as every export's files are (none writes a subfolder)."""
    return (isinstance(name, str) and name not in ("", ".", "..") and "/" not in name
            and os.sep not in name and not (os.altsep and os.altsep in name) and "\0" not in name)


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _is(path: Path, expected: Identity | None) -> bool:
    """Whether the file at path is the one the export wrote or set aside (never when it has none there)."""
    return expected is not None and identity(path) == expected


def stood(folder: Path, card: str | None) -> bool:
    """Whether the journaled export stood: its card renamed into place (the card is renamed last). Its partial
    file gone is not enough alone: an export stopped in-process deletes it while it puts the earlier files back."""
    return not (folder / (CARD + PART)).exists() and (card is None or _digest(folder / CARD) == card)


def added_by_killed_export(folder: Path) -> set[str]:
    """The files in folder that an export killed midway added (renamed into place where no file of that name
    was): they are not the user's, and the next export removes them first (core.export.recover)."""
    entries = (read_journal(folder) or ([], None))[0]
    return {e.name for e in entries if e.earlier is None and _is(folder / e.name, e.new)}


def replay(folder: Path, entries: list[Entry], card: str | None) -> Reason | None:
    """Finish or undo the export the journal in folder belongs to (card: its new card's digest); one line saying
    what was done (None when it had renamed nothing)."""
    if stood(folder, card):
        earlier = [e.name for e in entries if _is(folder / (e.name + EARLIER), e.earlier)]
        for name in earlier:
            (folder / (name + EARLIER)).unlink(missing_ok=True)
        drop_journal(folder)
        if not earlier:
            return None  # killed while deleting its journal: nothing of the earlier export was left to remove
        return Reason(f"an interrupted export had left {files(len(earlier), 'earlier')} in {folder}: the export "
                      f"there is whole, and {removed(len(earlier))}", "export_leftovers_removed", folder=str(folder),
                      count=len(earlier))
    put_back = taken = 0
    for e in entries:
        here = identity(folder / e.name)
        if _is(folder / (e.name + EARLIER), e.earlier) and (here is None or here == e.new):
            os.replace(folder / (e.name + EARLIER), folder / e.name)  # over the killed export's file, in one step
            put_back += 1
        elif e.earlier is None and _is(folder / e.name, e.new):
            (folder / e.name).unlink()  # renamed into place by the killed export: no file of that name was there
            taken += 1
    for e in entries:  # the card's partial file last: until it goes, a run again still undoes
        if e.name != CARD and _is(folder / (e.name + PART), e.new):
            (folder / (e.name + PART)).unlink(missing_ok=True)
    drop_journal(folder)
    for e in entries:
        if e.name == CARD and _is(folder / (CARD + PART), e.new):
            (folder / (CARD + PART)).unlink()
    if put_back:
        return Reason(f"an interrupted export had left {folder} half-replaced: the earlier export there was put "
                      f"back ({files(put_back)})", "export_put_back", folder=str(folder), count=put_back)
    if taken:
        return Reason(f"an interrupted export had left {taken:,} of its files in {folder}: {removed(taken)}",
                      "export_taken_back", folder=str(folder), count=taken)
    return None
