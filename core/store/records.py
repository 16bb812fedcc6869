"""Rows of the library as Kaidan's records: column names to field names, nothing else."""

from __future__ import annotations

from typing import TypeVar

from core.model import Record

R = TypeVar("R", bound=Record)
_RENAMED = {"start_char": "start", "end_char": "end"}
# A record class's column → field map, for the columns of the rows read so far (a re-analysis reads
# tens of thousands of mentions: asking dataclasses for the fields of each cost more than the query).
_COLUMNS: dict[type, dict[str, str | None]] = {}


def record_of(cls: type[R], row: dict) -> R:
    """The record a table row holds (offset columns become start/end; columns it lacks keep their defaults)."""
    columns = _COLUMNS.get(cls)
    if columns is None:
        columns = _COLUMNS[cls] = {}
    values = {}
    for column, value in row.items():
        name = columns.get(column, "")
        if name == "":
            name = _RENAMED.get(column, column)
            name = columns[column] = name if name in cls.field_names() else None
        if name is not None:
            values[name] = value
    return cls(**values)
