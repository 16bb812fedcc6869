"""Dataset files (JSON Lines, CSV, TSV) read as a stream: memory bounded by a row, not by the file.

A user's collection may be one file of gigabytes; each of its rows is an
article, so a row above ROW_LIMIT characters is skipped and named, and the
rest of the file still comes in. The encoding is found on the first megabyte.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, TextIO

from core.ingest.decode import decode_bytes
from core.ingest.errors import Reason, reading_file

STREAMED = (".jsonl", ".csv", ".tsv")
SAMPLE_BYTES = 1024 * 1024
# Far above any article (a long one is some 100,000 characters), far below what hurts.
ROW_LIMIT = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
# Bytes the file's encoding cannot read, as the surrogateescape error handler keeps them (U+DC80..U+DCFF).
# A strict decoder never yields these code points otherwise; a JSON escape (\\udc80) is still six ASCII letters.
UNDECODABLE = re.compile("[\udc80-\udcff]")


def open_text(path: Path) -> TextIO:
    """path opened as text in the encoding its first megabyte shows (IngestError when not text).

    A byte further on that the encoding cannot read (a row pasted from another file, a disk fault) is
    kept as UNDECODABLE: its row is skipped and named, and the rows after it are still read.
    """
    with reading_file():
        with path.open("rb") as probe:
            sample = probe.read(SAMPLE_BYTES)
            whole = len(sample) < SAMPLE_BYTES or not probe.read(1)
        _, encoding = decode_bytes(sample if whole else _whole_lines(sample))
        return path.open(encoding=encoding, newline="", errors="surrogateescape")


def bounded_lines(handle: TextIO, limit: int = ROW_LIMIT) -> Iterator[tuple[int, str | None]]:
    """(line number, line) for each line; None instead of a line longer than limit (read past, not held)."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            while (rest := handle.readline(_CHUNK)) and not rest.endswith("\n"):
                pass
            yield number, None
            continue
        yield number, line.rstrip("\r\n")


def too_long(limit: int = ROW_LIMIT) -> Reason:
    """The reason a row is skipped for its length."""
    millions = limit // (1024 * 1024)
    return Reason(f"longer than the {millions} M characters a row may hold", "too_long", limit_m=millions)


def undecodable(encoding: str) -> Reason:
    """The reason a row is skipped for bytes its file's encoding cannot read."""
    return Reason(f"holds bytes that are not valid {encoding}", "bad_bytes", encoding=encoding)


def _whole_lines(sample: bytes) -> bytes:
    """The sample up to its last line end, so no character is cut in two (UTF-16 keeps its pairs)."""
    end = sample.rfind(b"\n")
    if end < 0:
        return sample
    end += 1
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or sample[1::2].count(0) > len(sample) // 4:
        end += end % 2  # UTF-16 LE: the line end's second byte is the NUL after it
    return sample[:end]
