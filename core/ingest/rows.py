"""Rows of a dataset file (JSON Lines, JSON, CSV, TSV) as dicts, bad rows reported not raised."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from typing import Iterator, TextIO

from core.ingest.errors import IngestError, Reason
from core.ingest.stream import ROW_LIMIT, UNDECODABLE, bounded_lines, too_long, undecodable

# Article bodies in one CSV cell easily pass the csv module's 128 KiB default; a cell
# above a row's limit is a bad row (named and skipped), not gigabytes read into memory.
csv.field_size_limit(min(sys.maxsize, ROW_LIMIT))

NO_RECORDS = "JSON holds no articles: expected a list of objects"
_RECORD_KEYS = ("data", "articles", "rows", "records", "items", "results", "documents")
# No dataset nests this deep; a value nested deeper would exhaust Python's stack in whatever walks it next.
MAX_DEPTH = 100
# JSON may escape a lone surrogate ("\ud800"), which no UTF-8 file or SQLite text can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Row:
    """One data row: its number (for the source id), where it is (for messages), values or error."""

    number: int
    where: str  # a Reason coded by its unit (line, item, row), so a reader can word it
    values: dict | None = None
    error: str | None = None  # a Reason coded by its kind (ROW_ERRORS)


# Why a row is skipped, in core's words (the command line's), by the code a reader words it by.
ROW_ERRORS = {"not_json": "not valid JSON", "not_object": "not a JSON object", "empty_text": "empty text",
              "text_not_text": "its text is a JSON object or true/false, not text",
              "too_deep": f"nested deeper than {MAX_DEPTH} levels"}


def row_error(code: str, **details) -> Reason:
    """A row's fixed reason (ROW_ERRORS) as a Reason carrying its code."""
    return Reason(ROW_ERRORS[code], code, **details)


def place(unit: str, number: int) -> Reason:
    """Where a row is ("line 3", "item 2", "row 9") with its unit and number as details."""
    return Reason(f"{unit} {number}", unit, number=number)


def jsonl_rows(source: str | TextIO) -> Iterator[Row]:
    """One Row per non-blank line of a text or an open file; the row number is the line number."""
    for number, line in _lines(source) if isinstance(source, str) else bounded_lines(source):
        where = place("line", number)
        if line is None:
            yield Row(number, where, error=too_long())
            continue
        if not line.strip():
            continue
        if UNDECODABLE.search(line):
            yield Row(number, where, error=undecodable(getattr(source, "encoding", "utf-8")))
            continue
        try:
            value = parse_json(line)
        except TooDeep:
            yield Row(number, where, error=row_error("too_deep", limit=MAX_DEPTH))
            continue
        except ValueError:
            yield Row(number, where, error=row_error("not_json"))
            continue
        yield _row(number, where, value)


def json_rows(text: str) -> Iterator[Row]:
    """Rows of a JSON document: a list of objects, {"data": [...]}, columns of lists, or one object."""
    try:
        document = parse_json(text)
    except json.JSONDecodeError as exc:
        raise IngestError(Reason(f"not valid JSON on line {exc.lineno}", "json_line", line=exc.lineno)) from None
    except TooDeep:
        raise IngestError(row_error("too_deep", limit=MAX_DEPTH)) from None
    records = _records(document)
    for index, value in enumerate(records, start=1):
        yield _row(index, place("item", index), value)


class TooDeep(ValueError):
    """JSON nested deeper than MAX_DEPTH: refused as a bad row, not a crash of the whole file."""


def parse_json(text: str):
    """json.loads, with each lone surrogate in a string replaced by U+FFFD (one code point for one);
    TooDeep for a value nested deeper than MAX_DEPTH (json's own parser would raise RecursionError)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep(row_error("too_deep", limit=MAX_DEPTH)) from None
    if _nested_too_deep(value):
        raise TooDeep(row_error("too_deep", limit=MAX_DEPTH))
    if "\\u" in text:
        value = _repaired(value)
    return value


def _nested_too_deep(value) -> bool:
    """Whether value holds a list or object MAX_DEPTH levels down (walked without recursion)."""
    level = [value]
    for _ in range(MAX_DEPTH):
        level = [child for item in level if isinstance(item, (list, dict))
                 for child in (item.values() if isinstance(item, dict) else item)]
        if not level:
            return False
    return any(isinstance(item, (list, dict)) for item in level)


def _repaired(value):
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_repaired(v) for v in value]
    if isinstance(value, dict):
        return {_repaired(k): _repaired(v) for k, v in value.items()}
    return value


def csv_rows(source: str | TextIO, delimiter: str | None = None) -> tuple[list[str], Iterator[Row]]:
    """The header and the data rows (numbered from 1) of CSV/TSV text or an open file (newline="")."""
    handle = io.StringIO(source, newline="") if isinstance(source, str) else source
    if delimiter is None:
        delimiter = _sniff_delimiter(handle.readline(ROW_LIMIT))
        handle.seek(0)
    lines = _CsvLines(handle)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise IngestError("empty file") from None
    except csv.Error as exc:
        raise IngestError(Reason(f"cannot read the CSV header: {exc}", "csv_header", error=str(exc))) from None
    header = [name.strip() or f"column {i}" for i, name in enumerate(header, start=1)]
    header[0] = header[0].lstrip("\ufeff")
    return header, _csv_data(reader, lines, header)


def _csv_data(reader, lines: _CsvLines, header: list[str]) -> Iterator[Row]:
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield Row(number, place("row", number), error=Reason(f"not valid CSV ({exc})", "not_csv", error=str(exc)))
            continue
        if not any(cell.strip() for cell in cells):
            continue  # blank lines between rows are not rows
        number += 1
        error = _cells_error(cells, header, lines.ended) or _bytes_error(cells, lines.handle)
        if error:
            yield Row(number, place("row", number), error=error)
            continue
        # Duplicate column names: the first one wins, as in the header mapping.
        values: dict = {}
        for name, cell in zip(header, cells):
            values.setdefault(name, cell)
        yield Row(number, place("row", number), values=values)


def _bytes_error(cells: list[str], handle) -> Reason | None:
    """Why a row is skipped for bytes its file's encoding cannot read (open_text keeps them as UNDECODABLE)."""
    return undecodable(handle.encoding) if any(UNDECODABLE.search(cell) for cell in cells) else None


def _cells_error(cells: list[str], header: list[str], at_end: bool) -> Reason | None:
    """Why a row's cells cannot be read as the header says: a quote never closed (the reader went on to
    the end of the file inside it), or more filled cells than columns (a stray comma shifts every cell)."""
    if at_end:
        return Reason("a quote opened in this row is never closed: the rest of the file was read into it",
                      "open_quote")
    if any(cell.strip() for cell in cells[len(header):]):
        return Reason(f"{len(cells)} cells where the header has {len(header)} columns", "too_many_cells",
                      cells=len(cells), columns=len(header))
    return None


class _CsvLines:
    """The lines of an open file for csv.reader; a line above ROW_LIMIT is read past and reported as a csv.Error.

    ended turns true when the reader asks past the last line: after a row is complete the reader asks
    for no more, so a row it returns after that ran into the end of the file inside a quote.
    """

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.ended = False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.handle.readline(ROW_LIMIT + 1)
        if not line:
            self.ended = True
            raise StopIteration
        if len(line) > ROW_LIMIT and not line.endswith(("\n", "\r")):
            while (rest := self.handle.readline(ROW_LIMIT)) and not rest.endswith(("\n", "\r")):
                pass
            raise csv.Error(too_long())
        return line


def _sniff_delimiter(text: str) -> str:
    """Comma, unless the header line clearly uses tabs or semicolons (European Excel)."""
    first = text[: text.find("\n")] if "\n" in text else text
    if "," in first:
        return ","
    if "\t" in first:
        return "\t"
    if ";" in first:
        return ";"
    return ","


def _records(document) -> list:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise IngestError(NO_RECORDS)
    for key in _RECORD_KEYS:
        value = document.get(key)
        if isinstance(value, list) and all(isinstance(v, dict) for v in value[:50]):
            return value
    columns, data = document.get("columns"), document.get("data")
    if isinstance(columns, list) and isinstance(data, list):  # pandas orient="split"
        return [dict(zip(columns, values)) for values in data if isinstance(values, list)]
    lists = [v for v in document.values() if isinstance(v, list)]
    if lists and len(lists) == len(document) and len({len(v) for v in lists}) == 1:
        keys = list(document)  # columns of equal-length lists (pandas orient="list")
        return [dict(zip(keys, values)) for values in zip(*document.values())]
    return [document]


def _row(number: int, where: str, value) -> Row:
    if isinstance(value, dict):
        return Row(number, where, values=value)
    if isinstance(value, str):  # a bare string per line is a text-only dataset
        return Row(number, where, values={"text": value})
    return Row(number, where, error=row_error("not_object"))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines with 1-based numbers, without copying the whole text into a list."""
    start, number, length = 0, 0, len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        number += 1
        yield number, text[start:end]
        start = end + 1
