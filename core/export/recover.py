"""An export folder an interrupted export left half-swapped (a power cut or a kill midway through its renames)
is made whole again before the next export writes there.

An export sets the earlier files aside as NAME.earlier, renames its own NAME.part into place, the card last, and
deletes the .earlier files once all of them are. A crash between leaves NAME.earlier files (and NAME.part ones)
behind. The cards say which export stood: the new card in place (no dataset.json.part left) with every file it
lists there means the new export stood, and the .earlier files are leftovers to remove; otherwise the earlier
export is put back from them. Only NAME.earlier and NAME.part of names a card lists (or its format writes) are
touched: a user's own files in the folder are never.

An export journals the names it renames before the first (core.export.journal): where its journal is there, it
says exactly what to undo or finish; the cards are read only for a folder an export without one left."""

from __future__ import annotations

import os
from fnmatch import fnmatch
from pathlib import Path

from core.errors import Reason
from core.export.journal import JOURNAL, drop_journal, read_journal, replay, unreadable_journal
from core.export.parts import clear_parts
from core.export.target import card_files, read_card
from core.export_names import CARD
from core.export.counted_files import files, removed

EARLIER = ".earlier"
PART = ".part"


def recover_folder(out_dir: str | Path) -> list[Reason]:
    """Everything an export a crash interrupted left in out_dir, finished, undone or cleared before the next
    export writes there: a journal that cannot be read named, the renames finished or undone, the partial files
    of an export killed before its renames removed; a line for each that was done."""
    folder = Path(out_dir)
    said = [unreadable_journal(folder), recover(folder), clear_parts(folder)]
    return [reason for reason in said if reason]


def recover(out_dir: str | Path) -> Reason | None:
    """Finish or undo an export a crash interrupted in out_dir; one line saying what was done (None when there
    was nothing to do)."""
    folder = Path(out_dir)
    try:
        present = {p.name for p in folder.iterdir() if p.is_file()}
    except OSError:
        return None  # no folder (or an unreadable one): nothing was left half-done here, or it fails when written
    if JOURNAL in present:
        journal = read_journal(folder)
        if journal is not None:
            return replay(folder, *journal)
        drop_journal(folder)  # cut short while written: no rename was made after it
    in_place, set_aside, pending = (read_card(folder / (CARD + end)) for end in ("", EARLIER, PART))
    ours = _names_of([card for card in (in_place, set_aside, pending) if card], present)
    earlier = sorted(n[:-len(EARLIER)] for n in present if n.endswith(EARLIER) and n[:-len(EARLIER)] in ours)
    if not earlier:
        return None
    if in_place is not None and CARD + PART not in present and all(
            name in present for name in _listed(in_place) if not _described(name)):
        for name in earlier:
            (folder / (name + EARLIER)).unlink(missing_ok=True)
        return Reason(f"an interrupted export had left {files(len(earlier), 'earlier')} in {folder}: the export "
                      f"there is whole, and {removed(len(earlier))}", "export_leftovers_removed", folder=str(folder),
                      count=len(earlier))
    # The new export did not stand: its published files with no earlier one of their name go, then every
    # earlier file is put back, then its partial files go.
    new_names = set(_listed(pending)) | {CARD}
    for name in sorted(new_names - set(earlier)):
        if name in present and name + PART not in present and name != CARD:
            (folder / name).unlink(missing_ok=True)
    for name in earlier:
        os.replace(folder / (name + EARLIER), folder / name)
    for name in sorted(ours):
        if name + PART in present:
            (folder / (name + PART)).unlink(missing_ok=True)
    return Reason(f"an interrupted export had left {folder} half-replaced: the earlier export there was put back "
                  f"({files(len(earlier))})", "export_put_back", folder=str(folder), count=len(earlier))


def _described(name: str) -> bool:
    """Whether a card's files entry describes files by pattern (brat's "*.txt + *.ann" counts its per-article
    files) rather than naming one: no file of that name is ever there to find."""
    return any(mark in name for mark in "*?[")


def _listed(card: dict | None) -> list[str]:
    return card_files(card)[0] if card else []


def _names_of(cards: list[dict], present: set[str]) -> set[str]:
    """The names Kaidan's exports here write: the card, those the cards list and those their formats write
    (brat's per-article files by pattern), matched against what the folder holds with .earlier or .part cut."""
    names = {CARD}
    patterns = []
    for card in cards:
        listed, written = card_files(card)
        names.update(listed)
        patterns += written
    for name in present:
        base = name.removesuffix(EARLIER).removesuffix(PART) if name.endswith((EARLIER, PART)) else None
        if base and any(fnmatch(base, pattern) for pattern in patterns):
            names.add(base)
    return names
