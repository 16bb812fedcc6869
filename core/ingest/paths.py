"""Turning the files and folders a user dropped into the list of files to read."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Iterable, Iterator

from core.errors import Reason
from core.ingest.errors import cannot_read
from core.ingest.export_cards import card_format, card_reason, export_reason, is_card

SUPPORTED = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv", ".tsv")
NOT_REGULAR = "not a regular file"  # a device, a pipe, a socket
NO_SUCH_PATH = "no such file or folder"
UNSUPPORTED = "unsupported file type "  # followed by the file's extension, or "(no extension)"
# A library dropped on the import (the window's own, a colleague's): said for what it is, with what to do instead.
LIBRARY_FILE = ("a Kaidan library (an SQLite database), not articles: merge it into this one (kaidan merge) "
                "or open it (kaidan --db PATH)")
_SQLITE_HEADER = b"SQLite format 3\x00"
# What a folder walk meets that it cannot read, each named with its path (every entry with a name Kaidan reads,
# and every link to a folder outside the import, whatever its name: no folder's articles go missing unsaid).
BROKEN_LINK = "a link to a file that is not there"
FOLDER_LINK = "a link to a folder outside this import, which Kaidan does not follow: import that folder itself"
EMPTY_FOLDER = f"no file Kaidan reads in this folder (it reads {', '.join(SUPPORTED)})"
# The files a dataset or a project ships beside its texts (livedoor's LICENSE.txt in every category folder,
# a README, a change log), by name in any case, with or without an extension or a short variant (LICENSE-CC.txt,
# README_ja); "changes-in-policy.txt" is an article.
_FURNITURE = re.compile(r"(?:(?P<licence>licen[cs]e|copying|copyright)|(?P<readme>readme|read_me)"
                        r"|(?P<changes>changes|changelog)|(?P<notes>notice|authors))"
                        r"(?:[-_][a-z0-9]{1,8})?(?:\..*)?", re.IGNORECASE)
# Core's words for each kind (the command line's; the window words them in its own language by these keys).
FURNITURE_REASONS = {"licence": "a licence file, not an article", "readme": "a read-me file, not an article",
                      "changes": "a change log, not an article", "notes": "a dataset's notes, not an article"}


def expand_paths(paths: Iterable[str | Path], skipped: list[tuple[str, str]] | None = None,
                 ) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to import (folders walked recursively, sorted) and (path, reason) for refused ones.

    Inside folders, hidden entries and unsupported suffixes are skipped quietly; a
    dataset's furniture (LICENSE, README, CHANGES…: see furniture_reason) is skipped
    and added to `skipped` with its reason, when given, for the summary to say (named
    explicitly, such a file is imported as asked). Refused with its reason: a file
    named explicitly that cannot be read, a folder given that holds no file Kaidan
    reads, and what a walk cannot read (a broken link, a pipe named .txt, a folder the
    OS will not open, a link to a folder outside the folders given). A file met
    twice (named again, inside two folders given, or through a link) is listed
    once, where it was first met. Files are plain strings: at 100,000 files a
    Path each and a set of resolved Paths cost about 80 MB, strings a third.
    """
    paths = list(paths)
    files: list[str] = []
    refused: list[tuple[str, str]] = []
    roots: list[str] | None = None  # the folders given, resolved: a link into one of them loses nothing
    sources = 0
    linked = False  # a link inside a folder may lead to a file listed elsewhere
    for given in paths:
        path = Path(given)
        sources += 1
        if path.is_dir():
            found = len(files)
            furniture: list[tuple[str, str]] = []
            unread: list[tuple[str, str]] = []
            linked |= _walk(str(path), files, furniture, unread)
            if skipped is not None:
                skipped.extend((path_text(name), reason) for name, reason in furniture)
            if any(reason == FOLDER_LINK for _name, reason in unread):
                roots = roots if roots is not None else [os.path.realpath(p) for p in paths if os.path.isdir(p)]
                unread = [(name, reason) for name, reason in unread
                          if reason != FOLDER_LINK or not _inside(name, roots)]
            refused.extend((path_text(name), reason) for name, reason in unread)
            # a folder of PDFs, an empty one: said, not "0 imported" and nothing more (its LICENSE alone: skipped,
            # said; a folder that would not open, or holding only a broken link: that said instead)
            if len(files) == found and not furniture and not unread:
                refused.append((path_text(given), EMPTY_FOLDER))
        elif path.is_file():
            suffix = path.suffix.lower()
            if is_card(path):
                refused.append((path_text(given), card_reason(card_format(path.parent))))
            elif suffix in SUPPORTED:
                files.append(str(path))
            else:
                refused.append((path_text(given), unsupported_reason(path)))
        elif path.exists():
            refused.append((path_text(given), NOT_REGULAR))
        else:
            refused.append((path_text(given), NO_SUCH_PATH))
    if sources > 1 or linked:
        # One folder walked without links cannot list a file twice; only otherwise are the names resolved.
        files = _first_of_each(files)
    return files, refused


def path_text(path: str | Path) -> str:
    """A path as text that can be stored and printed. A name whose bytes are not valid in the file system's
    encoding (Python keeps them as lone surrogates, which neither SQLite nor a UTF-8 terminal take) has
    those bytes written as \\xNN; any other path is its str() unchanged."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def unsupported_reason(path: Path) -> str:
    """The message for a file whose type Kaidan does not read (a library, whatever its name, said as one)."""
    try:
        with open(path, "rb") as f:
            if f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                return LIBRARY_FILE
    except OSError:
        pass
    suffix = path.suffix.lower()
    return UNSUPPORTED + (suffix or "(no extension)")


def furniture_reason(name: str) -> str | None:
    """Why a file named so is a dataset's furniture rather than an article (None for any other name)."""
    match = _FURNITURE.fullmatch(name)
    return FURNITURE_REASONS[match.lastgroup] if match else None


def _walk(folder: str, files: list[str], furniture: list[tuple[str, str]], unread: list[tuple[str, str]]) -> bool:
    """Append the supported, non-hidden files under folder, sorted as paths are (name by name),
    (path, reason) to furniture for the supported files that are a dataset's furniture, and
    (path, reason) to unread for what cannot be read.

    Links to folders are not followed (so a link loop cannot trap the walk), and are said;
    links to files are listed. Nothing is opened: a pipe named .txt cannot block the walk.
    Returns whether a link to a file was listed.
    """
    linked = False
    for path, is_link in _entries(folder, furniture, unread):
        reason = furniture_reason(os.path.basename(path))
        if reason is not None:
            furniture.append((path, reason))
            continue
        files.append(path)
        linked |= is_link
    return linked


def _entries(folder: str, furniture: list[tuple[str, str]], unread: list[tuple[str, str]],
             ) -> Iterator[tuple[str, bool]]:
    """The importable files under folder, (path, is a link), sorted; a folder holding a Kaidan export
    card is not entered: its tables and card are no articles (furniture says so)."""
    fmt = card_format(folder)
    if fmt is not None:
        furniture.append((folder, export_reason(fmt)))
        return
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as exc:
        unread.append((folder, folder_reason(exc)))
        return
    for entry in entries:
        name = entry.name
        if _hidden(name):
            continue
        if _is_dir(entry):
            yield from _entries(_join(folder, name), furniture, unread)
        elif os.path.splitext(name)[1].lower() in SUPPORTED and _is_file(entry):
            yield _join(folder, name), entry.is_symlink()
        else:
            reason = _unread_reason(entry)
            if reason is not None:
                unread.append((_join(folder, name), reason))


def folder_reason(exc: OSError) -> Reason:
    """Why the OS would not list a folder (no permission, a disk error): its words, and its error number
    for a reader that words the common ones itself."""
    error = exc.strerror or str(exc)
    return Reason(f"cannot open the folder: {error}", "cannot_open_folder", error=error, errno=exc.errno or 0)


def _unread_reason(entry: os.DirEntry) -> str | None:
    """Why an entry that is neither a folder walked nor a file listed is not read: a link to a folder (any
    name), or an entry with a name Kaidan reads that is no regular file; None for another name (a .png…)."""
    supported = os.path.splitext(entry.name)[1].lower() in SUPPORTED
    if not (supported or entry.is_symlink()):
        return None
    try:
        mode = os.stat(entry.path).st_mode  # stat, never open: a pipe would block an open
    except OSError as exc:
        if not supported:
            return None
        return BROKEN_LINK if isinstance(exc, FileNotFoundError) else cannot_read(exc)  # a link loop, a disk error
    if stat.S_ISDIR(mode):
        return FOLDER_LINK
    return NOT_REGULAR if supported else None


def _inside(link: str, roots: list[str]) -> bool:
    """Whether link leads into one of the folders walked (a loop, a second way in): nothing is lost there."""
    target = os.path.realpath(link)
    return any(os.path.commonpath([target, root]) == root for root in roots)


def _join(folder: str, name: str) -> str:
    # As a Path writes it: the folder "." is left out (Path(".") / "a.txt" is "a.txt").
    return name if folder == "." else os.path.join(folder, name)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()  # follows a link: a link to a file is a file, a broken or looping one is not
    except OSError:
        return False


def _first_of_each(files: list[str]) -> list[str]:
    """files without the ones that resolve to a file met before."""
    seen: set[str] = set()
    kept = []
    for path in files:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _hidden(name: str) -> bool:
    # "~$x.csv" is the lock file Office leaves next to an open spreadsheet.
    return name.startswith((".", "~$"))
