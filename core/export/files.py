"""Export files written atomically: to NAME.part, fsynced, renamed into place only when the whole export is.

A file of that name already there (an earlier export refreshed) is set aside as NAME.earlier while the export
publishes, and put back if any later rename fails: the folder then holds the earlier export whole, never a mix.
What the renames will be is written down first (core.export.journal), for a crash midway to be undone exactly."""

from __future__ import annotations

import os
from pathlib import Path

from core.export.journal import PART, Entry, drop_journal, identity, write_journal
from core.export.parts import PartsList

# Past this many small files (brat writes two per article), one system-wide sync costs less than an fsync each.
_SYNC_EACH_UP_TO = 32


def partial_of(path: Path) -> Path:
    """NAME.part beside NAME: where an export's file is written until it is published."""
    return path.with_name(path.name + PART)


class ExportFile:
    """A file that appears under its name only once publish() is called (after seal() made it durable)."""

    def __init__(self, path: Path, encoding: str | None = "utf-8", newline: str | None = "\n") -> None:
        self.path = Path(path)
        self.partial = partial_of(self.path)
        self.partial.parent.mkdir(parents=True, exist_ok=True)
        # A new file, never one there opened for writing: a link of that name (to a file outside the folder, or
        # a hard link to another) would have the export written into its target.
        self.partial.unlink(missing_ok=True)
        self.handle = (self.partial.open("x", encoding=encoding, newline=newline) if encoding
                       else self.partial.open("xb"))
        self.lines = 0
        self.published = False  # renamed into place: abort() takes it back
        self.earlier: Path | None = None  # the file of this name that was there, set aside until the export stands

    def write(self, text) -> None:
        """Append text (bytes for a binary file)."""
        self.handle.write(text)

    def seal(self, durable: bool = True) -> None:
        """Flush the file (to disk when durable) and close it: a full disk shows here, before any rename."""
        if self.handle.closed:
            return
        self.handle.flush()
        if durable:
            os.fsync(self.handle.fileno())
        self.handle.close()

    def sync(self) -> None:
        """fsync a file sealed without it."""
        _fsync(self.partial, os.O_RDONLY)

    def publish(self) -> None:
        """Rename the complete NAME.part to NAME, setting aside the file of that name that was there."""
        self.seal()
        if self.path.is_file() or self.path.is_symlink():
            self.earlier = set_aside(self.path)
        os.replace(self.partial, self.path)
        self.published = True

    def stands(self) -> None:
        """The whole export is in place: abort() no longer takes this file back, and the earlier file set aside
        is deleted (one that cannot be stays as NAME.earlier: the export is not undone for it)."""
        self.published = False
        earlier, self.earlier = self.earlier, None
        if earlier:
            _remove(earlier)

    def abort(self) -> None:
        """Close and delete the partial file and the published one (a later file of the export failed to
        publish), and put back the earlier file of this name: an export that failed leaves no file of its own."""
        if not self.handle.closed:
            try:
                self.handle.close()
            except OSError:
                pass  # its buffer could not be written (a full disk): closed all the same, and deleted next
        self.partial.unlink(missing_ok=True)
        if self.published:
            self.path.unlink(missing_ok=True)
            self.published = False
        if self.earlier:
            os.replace(self.earlier, self.path)
            self.earlier = None


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # left as NAME.earlier, beside an export that is whole


def set_aside(path: Path) -> Path:
    """Rename path to NAME.earlier (replacing one a crash left there); returns the new path."""
    kept = path.with_name(path.name + ".earlier")
    os.replace(path, kept)
    return kept


def sync_folder(folder: Path) -> None:
    """Make renames inside folder durable (POSIX; a no-op where folders cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    _fsync(folder, os.O_RDONLY | os.O_DIRECTORY)


def _fsync(path: Path, flags: int) -> None:
    """fsync the file or folder at path, opened with flags for it alone (closed again even when fsync fails)."""
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def missing_folders(folder: Path) -> list[Path]:
    """The folders an export into folder would make: folder and its ancestors that do not exist, deepest first."""
    missing = []
    for candidate in (Path(folder), *Path(folder).parents):
        if candidate.exists() or candidate.is_symlink():
            break
        missing.append(candidate)
    return missing


def remove_made_folders(made: list[Path]) -> None:
    """Take back the folders an export made, deepest first, once its own files are gone. A folder that holds
    something else by now (another program wrote there meanwhile) is left: only empty ones are removed."""
    for folder in made:
        try:
            folder.rmdir()
        except OSError:
            continue  # not empty (its ancestors then stay too), or never made


class FileSet:
    """The files one export writes: sealed as they are finished, renamed together at the end, or all dropped."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.files: dict[str, ExportFile] = {}
        self.counts: dict[str, int] = {}
        self.unsynced: list[ExportFile] = []
        self.made: list[Path] = []  # subfolders this export made for its files, deepest first
        self.stale: list[Path] = []  # files of the export this one replaces that it does not write again
        self.set_aside: list[tuple[Path, Path]] = []  # (name, where it is now) for the stale files, at publish
        self.parts = PartsList(self.out_dir)  # each partial file named as it is made, till the renames are journaled
        self.opening: Path | None = None  # the partial file being made, not in self.files yet

    def open(self, name: str, encoding: str = "utf-8", newline: str = "\n") -> ExportFile:
        """A file written as it goes."""
        handle = self._file(name, encoding, newline)
        self.counts.setdefault(name, 0)
        return handle

    def write_whole(self, name: str, content: str | bytes) -> None:
        """A small file written and sealed at once (it is renamed with the others by publish)."""
        binary = isinstance(content, bytes)
        handle = self._file(name, None if binary else "utf-8", None if binary else "\n")
        handle.write(content)
        handle.seal(durable=False)  # synced with the others before publish
        self.unsynced.append(handle)

    def _file(self, name: str, encoding: str | None, newline: str | None) -> ExportFile:
        """Open NAME.part, noting any subfolder it needs that was not there, so abort() can take it back."""
        path = self.out_dir / name
        self.made = missing_folders(path.parent) + self.made
        # Noted before it is made: a Ctrl+C lands as often as not just after the system made the file (its
        # calls are most of the time a small file takes), before the file is in self.files; abort() deletes it.
        self.opening = partial_of(path)
        handle = ExportFile(path, encoding=encoding, newline=newline)
        self.files[name] = handle
        self.opening = None
        self.parts.made(name, handle.partial)
        return handle

    def replaces(self, names: list[str]) -> None:
        """The files of an earlier export here (a refresh, or one the user chose to replace): those this export
        does not write again are set aside with the rest at publish and deleted once it stands, so the folder
        holds one export, not two mixed."""
        self.stale = [self.out_dir / name for name in names]

    def count(self, name: str, n: int = 1) -> None:
        """Count n more records of a file (for the summary and the card)."""
        self.counts[name] = self.counts.get(name, 0) + n

    def commit(self) -> dict[str, int]:
        """Seal every file (flushed and fsynced as NAME.part); publish() renames them."""
        for handle in self.files.values():
            handle.seal()
        return dict(self.counts)

    def sync(self) -> None:
        """Make the small files written whole durable: one by one, or with one sync when they are many."""
        if len(self.unsynced) > _SYNC_EACH_UP_TO and hasattr(os, "sync"):
            os.sync()
        else:
            for handle in self.unsynced:
                handle.sync()
        self.unsynced = []

    def publish(self) -> None:
        """Rename every sealed file into place, in the order written (so the card, written last, comes last);
        the earlier export's files are deleted only once all of them are. Every name renamed or set aside is
        journaled before the first rename, and the journal deleted last."""
        self.commit()
        self.sync()
        written = {handle.path for handle in self.files.values()}
        stale = [path for path in self.stale if path not in written and path.is_file()]
        write_journal(self.out_dir, [Entry(self._name(handle.path), identity(handle.path), identity(handle.partial))
                                     for handle in self.files.values()]
                      + [Entry(self._name(path), identity(path), None) for path in stale])
        sync_folder(self.out_dir)  # the journal is there before any rename is
        self.parts.drop()  # the journal names every partial file now
        for path in stale:
            self.set_aside.append((path, set_aside(path)))
        for handle in self.files.values():
            handle.publish()
        sync_folder(self.out_dir)
        stale, self.set_aside = self.set_aside, []
        for handle in self.files.values():
            handle.stands()
        for _, kept in stale:
            _remove(kept)
        drop_journal(self.out_dir)

    def _name(self, path: Path) -> str:
        return path.relative_to(self.out_dir).as_posix()

    def abort(self) -> None:
        """Delete every partial file, put the earlier export's files back, then take back the subfolders made
        for this export's files (when nothing else is in them). The journal goes only once all of that is
        done: a file that could not be put back is put back by the next export's recovery, which the journal
        tells exactly (without it, the earlier card in place read as the export standing whole)."""
        undone = True
        for undo in [handle.abort for handle in self.files.values()] + [
                lambda path=path, kept=kept: os.replace(kept, path) for path, kept in self.set_aside]:
            try:
                undo()
            except OSError:
                undone = False  # the rest is still put back; a file that could not be stays as NAME.earlier
        self.set_aside = []
        if self.opening is not None:  # stopped while it was made: ExportFile would have replaced whatever was there
            try:
                self.opening.unlink(missing_ok=True)
            except OSError:
                undone = False
            self.opening = None
        if undone:
            drop_journal(self.out_dir)
        if not any(os.path.lexists(handle.partial) for handle in self.files.values()):
            self.parts.drop()  # (one that could not be deleted is cleared by the next export)
        self.parts.close()
        remove_made_folders(self.made)
