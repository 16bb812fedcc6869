"""What every format writer is given: the library, its registry and labels, and where to report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.export.files import FileSet
from core.export.iob import Cut
from core.export.scope import Scope
from core.registry import Registry

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


@dataclass
class ExportContext:
    db: sqlite_utils.Database
    out_dir: Path
    registry: Registry
    scope: Scope
    labels: dict
    split_tokens: bool = True  # token formats cut a token where an entity starts or ends inside it
    all_entities: bool = False  # entities.jsonl: the whole registry, not only what the articles use
    cuts: list[Cut] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Writer:
    """A format: add() each article in turn, then finish() writes the rest and commits every file."""

    def __init__(self, ctx: ExportContext) -> None:
        self.ctx = ctx
        self.files = FileSet(ctx.out_dir)

    def add(self, item) -> None:
        raise NotImplementedError

    def finish(self) -> dict[str, int]:
        return self.files.commit()

    def card_fields(self) -> dict:
        """What this format adds to the card about the files it wrote (none unless it says)."""
        return {}

    def abort(self) -> None:
        self.files.abort()
