"""Curation edits: a step of adjudication on an article's gold layer, as an Edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from core.edits.base import Edit
from core.team.adjudication import GoldEdit


@dataclass(frozen=True)
class Gold(Edit):
    """Take an annotator's version, the majority, toggle one decision, or restore an article's gold."""

    kind: ClassVar[str] = "gold"
    step: GoldEdit

    @property
    def ids(self) -> tuple:
        return (self.step.article_id,)

    def apply(self, db, annotator=None) -> "Gold":
        """Apply the step (logged as the adjudicator's); the inverse restores the gold as it was."""
        return Gold(self.step.apply(db, annotator), text=self.text)
