"""Reading dataset files in any encoding Kaidan promises, bad lines reported instead of raised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from core.datasets.common import DatasetSummary
from core.datasets.words import at
from core.ingest.decode import EMPTY, decode_bytes
from core.ingest.errors import IngestError, Reason, cannot_read
from core.ingest.rows import TooDeep, parse_json, row_error

# Detection reads only this much of a file it is not sure about...
_HEAD_BYTES = 1 << 20
# ...and a whole file only up to this size, when its first item is longer than the head.
_WHOLE_FOR_DETECTION = 64 << 20


def read_text(path: Path, keep_line_ends: bool = False, allow_empty: bool = False) -> str:
    """A file's text whatever its encoding (UTF-8/16, Shift_JIS, EUC-JP...); IngestError when it is none."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IngestError(cannot_read(exc, Path(path).name)) from None
    try:
        text, _ = decode_bytes(data, keep_line_ends=keep_line_ends)
    except IngestError as exc:
        if allow_empty and str(exc) == EMPTY:
            return ""
        raise
    return text


def load_json(path: Path):
    """The JSON document in a file (lone surrogates repaired); IngestError when it is not JSON."""
    try:
        return parse_json(read_text(path))
    except json.JSONDecodeError as exc:
        raise IngestError(Reason(f"{Path(path).name}: not valid JSON on line {exc.lineno}", "json_line_in",
                                 line=exc.lineno, name=Path(path).name)) from None
    except TooDeep as exc:
        raise IngestError(exc.args[0]) from None


def json_lines(path: Path) -> Iterator[tuple[int, object | None]]:
    """(line number, value) for each non-blank line; value None when the line is not JSON."""
    for number, line in enumerate(read_text(path, allow_empty=True).split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield number, parse_json(line)
        except ValueError:
            yield number, None


def read_lines(path: Path, summary: DatasetSummary) -> Iterator[tuple[str, dict]]:
    """(where, record) for each object line of a JSONL file; other lines are named in the summary."""
    if not path.is_file():
        return
    for number, record in json_lines(path):
        where = at("line", path, number=number)
        if isinstance(record, dict):
            yield where, record
        else:
            summary.failed.append((where, row_error("not_json" if record is None else "not_object")))


def listed(value) -> list:
    """A JSON value that should be a list, or an empty one: an export edited by hand reads as holding nothing."""
    return value if isinstance(value, list) else []


def text_or_none(value) -> str | None:
    """A JSON value that should be a string, or None."""
    return value if isinstance(value, str) else None


def first_json_line(path) -> object | None:
    """The first line of a JSON Lines file, parsed (None when it is not JSON or not text)."""
    text = _head(path)
    if text is None:
        return None
    first = text.lstrip("\n").split("\n", 1)[0]
    try:
        return parse_json(first)
    except ValueError:
        return None


def first_json_item(path) -> object | None:
    """The first item of a JSON array (or the document, when it is an object); None when it is not JSON.

    Only the file's head is read, unless the first item is longer than that.
    """
    text = _head(path)
    if text is None:
        return None
    body = text.lstrip()
    opened = body.startswith("[")
    if opened:
        body = body[1:].lstrip()
    try:
        return parse_json(body[:json.JSONDecoder().raw_decode(body)[1]])
    except ValueError:
        pass
    try:
        size = Path(path).stat().st_size
        if size <= _HEAD_BYTES or size > _WHOLE_FOR_DETECTION:
            return None  # the whole file was read (it is not JSON), or it is too big to read for a guess
    except OSError:
        return None
    try:
        document = load_json(path)
    except IngestError:
        return None
    return (document[0] if document else None) if isinstance(document, list) else document


def _head(path) -> str | None:
    """The text of a file's first bytes; a head cut inside a character loses that character."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return None
    if len(head) == _HEAD_BYTES:
        for cut in range(4):  # UTF-8: up to three bytes of a cut character
            try:
                return head[: len(head) - cut].decode("utf-8-sig")
            except UnicodeDecodeError:
                continue
    for cut in (0, 1):  # UTF-16 and the legacy codecs: an even length, then one byte less
        try:
            return decode_bytes(head[: len(head) - cut])[0]
        except IngestError:
            continue
    return None
