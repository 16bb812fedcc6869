"""Rows of the library as Kaidan's records: column names to field names, nothing else."""

from __future__ import annotations

from typing import TypeVar

from core.model import Record

R = TypeVar("R", bound=Record)
_RENAMED = {"start_char": "start", "end_char": "end"}


def record_of(cls: type[R], row: dict) -> R:
    """The record a table row holds (offset columns become start/end; columns it lacks keep their defaults)."""
    names = set(cls.field_names())
    values = {_RENAMED.get(k, k): v for k, v in row.items()}
    return cls(**{k: v for k, v in values.items() if k in names})
