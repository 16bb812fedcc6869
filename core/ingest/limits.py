"""How large a file Kaidan reads: bounded memory whatever a user drops in.

A news page is kilobytes; a saved page with its images inlined is a few
megabytes. A JSON document holds a whole collection and is parsed in one
piece, so it may be far larger, but not without bound: a 1 GB file read whole
needs several times its size in memory. JSON Lines, CSV and TSV files are
streamed row by row (core.ingest.stream): any size, each row bounded.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.ingest.errors import IngestError, Reason, reading_file

MB = 1024 * 1024
PAGE_LIMIT = 32 * MB  # .txt, .html, .htm: one article each
JSON_LIMIT = 256 * MB  # .json: many articles in one document


def limit_for(path: Path) -> int:
    """The largest size, in bytes, Kaidan reads whole for a file of this kind."""
    return JSON_LIMIT if path.suffix.lower() == ".json" else PAGE_LIMIT


def too_large(path: Path, size: int) -> str:
    """The reason a file of size bytes is refused: the file, its size and the limit."""
    reason = f"{path.name} is too large to import ({size / MB:,.1f} MB); "
    details = {"name": path.name, "size_mb": f"{size / MB:,.1f}"}
    if limit_for(path) == JSON_LIMIT:
        return Reason(reason + f"Kaidan reads JSON files up to {JSON_LIMIT // MB} MB (JSON Lines files have no limit)",
                      "too_large_json", limit_mb=JSON_LIMIT // MB, **details)
    return Reason(reason + f"Kaidan reads page files up to {PAGE_LIMIT // MB} MB", "too_large_page",
                  limit_mb=PAGE_LIMIT // MB, **details)


def read_bounded(path: Path) -> bytes:
    """The bytes of path, refused with a clear IngestError above its limit (never read whole first)."""
    limit = limit_for(path)
    with reading_file():
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise IngestError(too_large(path, size))
            data = handle.read(limit + 1)  # a file still growing is cut here, then refused
    if len(data) > limit:
        raise IngestError(too_large(path, len(data)))
    return data

