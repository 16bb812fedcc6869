"""What every user edit is: a frozen value that applies itself and returns the edit that undoes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from core.store.transactions import atomic

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


@dataclass(frozen=True)
class Edit:
    """One user edit. `apply` saves it (and logs it) and returns its inverse, itself an Edit.

    `text` is what the undo menu shows; `kind` and `ids` say what changed, so the
    views showing it know to refresh (kind 'claims' with article ids, 'meetings'
    with meeting ids…).
    """

    kind: ClassVar[str] = ""
    text: str = field(default="", kw_only=True, compare=False)

    @property
    def ids(self) -> tuple:
        """The ids of what this edit changes (their kind is `kind`)."""
        return ()

    def apply(self, db: sqlite_utils.Database, annotator: str | None = None) -> "Edit":
        """Save this edit in one transaction and return the edit that undoes it."""
        raise NotImplementedError

    def changes(self) -> list[tuple[str, tuple]]:
        """Every (kind, ids) this edit touches, for the views to refresh."""
        return [(self.kind, self.ids)]


@dataclass(frozen=True)
class ArticleEdit(Edit):
    """An edit of one article's annotations: the views of that article refresh."""

    article_id: int

    @property
    def ids(self) -> tuple:
        return (self.article_id,)


@dataclass(frozen=True)
class Group(Edit):
    """Several edits as one: applied in order in one transaction, undone in reverse."""

    kind: ClassVar[str] = "group"
    edits: tuple[Edit, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "edits", tuple(self.edits))

    def apply(self, db: sqlite_utils.Database, annotator: str | None = None) -> "Group":
        """Apply every edit (all or none) and return the group of their inverses, last first."""
        with atomic(db):
            inverses = [edit.apply(db, annotator) for edit in self.edits]
        return Group(tuple(reversed(inverses)), text=self.text)

    def changes(self) -> list[tuple[str, tuple]]:
        """The members' changes, each (kind, ids) once, in order."""
        return list(dict.fromkeys(c for edit in self.edits for c in edit.changes()))


def copied(value):
    """A deep-enough copy of an edit's dict / list fields, so a caller's later changes cannot reach it."""
    if isinstance(value, dict):
        return {k: copied(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(copied(v) for v in value)
    return value
