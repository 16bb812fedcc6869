"""An export's journal: every name it is about to rename into place, and whether a file of that name was there,
written down and made durable before its first rename, deleted once the export stands.

The card cannot say this: brat's describes its per-article files by a pattern, and a user's own file can match
a pattern. With the journal a crash anywhere among the renames is undone exactly (each file the killed export
added removed, each earlier file put back from NAME.earlier) or finished (its new card, known by its digest, is
in place: the new export stood, and the NAME.earlier files go); files it does not name are never touched. Every step can be done again,
so a crash while recovering is recovered by the next run."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from core.errors import Reason
from core.export_names import CARD, CARD_NAME

JOURNAL = CARD + ".journal"
EARLIER, PART = ".earlier", ".part"


def write_journal(folder: Path, entries: list[tuple[str, bool]]) -> None:
    """Write down (name, a file of that name is there) for every file an export renames or sets aside, and the
    digest of its new card, durably: once, before the first rename (a journal cut short means no rename was
    made yet)."""
    text = json.dumps({"name": CARD_NAME, "card": _digest(folder / (CARD + PART)),
                       "files": [[name, there] for name, there in entries]}, ensure_ascii=False)
    with open(folder / JOURNAL, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def drop_journal(folder: Path) -> None:
    """The export stood or was taken back: its journal goes."""
    (folder / JOURNAL).unlink(missing_ok=True)


def read_journal(folder: Path) -> tuple[list[tuple[str, bool]], str | None] | None:
    """The entries of the journal in folder and its new card's digest; None when there is none, or one a crash
    cut short (then nothing was renamed yet)."""
    try:
        journal = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        return [(str(name), bool(there)) for name, there in journal["files"]], journal.get("card")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def stood(folder: Path, card: str | None) -> bool:
    """Whether the journaled export stood: its card renamed into place (the card is renamed last). Its partial
    file gone is not enough alone: an export stopped in-process deletes it while it puts the earlier files back."""
    return not (folder / (CARD + PART)).exists() and (card is None or _digest(folder / CARD) == card)


def added_by_killed_export(folder: Path) -> set[str]:
    """The files in folder that an export killed midway added (renamed into place where no file of that name
    was): they are not the user's, and the next export removes them first (core.export.recover)."""
    entries = (read_journal(folder) or ([], None))[0]
    return {name for name, there in entries if not there and not (folder / (name + PART)).exists()
            and (folder / name).exists()}


def replay(folder: Path, entries: list[tuple[str, bool]], card: str | None) -> Reason | None:
    """Finish or undo the export the journal in folder belongs to (card: its new card's digest); one line saying
    what was done (None when it had renamed nothing)."""
    if stood(folder, card):
        earlier = [name for name, there in entries if there and (folder / (name + EARLIER)).exists()]
        for name in earlier:
            (folder / (name + EARLIER)).unlink(missing_ok=True)
        drop_journal(folder)
        if not earlier:
            return None  # killed while deleting its journal: nothing of the earlier export was left to remove
        return Reason(f"an interrupted export had left {len(earlier)} earlier files in {folder}: the export there "
                      f"is whole, and they were removed", "export_leftovers_removed", folder=str(folder),
                      count=len(earlier))
    put_back = removed = 0
    for name, there in entries:
        if there and (folder / (name + EARLIER)).exists():
            os.replace(folder / (name + EARLIER), folder / name)  # over the killed export's file, in one step
            put_back += 1
        elif not there and not (folder / (name + PART)).exists() and (folder / name).exists():
            (folder / name).unlink()  # renamed into place by the killed export: no file of that name was there
            removed += 1
    for name, _ in entries:  # the card's partial file last: until it goes, a run again still undoes
        if name != CARD:
            (folder / (name + PART)).unlink(missing_ok=True)
    drop_journal(folder)
    (folder / (CARD + PART)).unlink(missing_ok=True)
    if put_back:
        return Reason(f"an interrupted export had left {folder} half-replaced: the earlier export there was put "
                      f"back ({put_back} files)", "export_put_back", folder=str(folder), count=put_back)
    if removed:
        return Reason(f"an interrupted export had left {removed} of its files in {folder}: they were removed",
                      "export_taken_back", folder=str(folder), count=removed)
    return None
