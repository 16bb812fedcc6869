"""Turning the files and folders a user dropped into the list of files to read."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

SUPPORTED = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv", ".tsv")


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import (folders walked recursively, sorted) and (path, reason) for refused ones.

    Inside folders, hidden entries and unsupported suffixes are skipped quietly;
    a file named explicitly that cannot be read is reported instead.
    """
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                add(found)
        elif path.is_file():
            suffix = path.suffix.lower()
            if suffix in SUPPORTED:
                add(path)
            else:
                refused.append((str(given), unsupported_reason(path)))
        elif path.exists():
            refused.append((str(given), "not a regular file"))
        else:
            refused.append((str(given), "no such file or folder"))
    return files, refused


def unsupported_reason(path: Path) -> str:
    """The message for a file whose type Kaidan does not read."""
    suffix = path.suffix.lower()
    if not suffix:
        return "unsupported file type (no extension)"
    return f"unsupported file type {suffix}"


def _walk(folder: Path) -> list[Path]:
    """Supported, non-hidden files under folder, in a stable order."""
    found = []
    for root, dirs, names in os.walk(folder):
        # Pruning in place stops os.walk descending into hidden folders (.git, .cache).
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(names):
            if _hidden(name) or Path(name).suffix.lower() not in SUPPORTED:
                continue
            path = Path(root) / name
            if path.is_file():
                found.append(path)
    return sorted(found)


def _hidden(name: str) -> bool:
    # "~$x.csv" is the lock file Office leaves next to an open spreadsheet.
    return name.startswith((".", "~$"))
