"""Claim edits: add, change, delete and restore a claim (the same row, the same id)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar

from core.store.scheme import add_topic
from core.edits.base import ArticleEdit, Edit, Group, copied
from core.model import Claim
from core.store.claims import add_claim, delete_claim, restore_claim, update_claim


@dataclass(frozen=True)
class _ClaimEdit(ArticleEdit):
    kind: ClassVar[str] = "claims"


@dataclass(frozen=True)
class AddClaim(_ClaimEdit):
    """The user's new claim over body[start:end] with its fields (stance, holder, target…)."""

    start: int
    end: int
    fields: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", copied(self.fields))

    def apply(self, db, annotator=None) -> "DeleteClaim":
        """Add the claim; its inverse deletes it by its new id."""
        claim_id = add_claim(db, self.article_id, self.start, self.end, annotator, **self.fields)
        return DeleteClaim(self.article_id, claim_id, text=self.text)


@dataclass(frozen=True)
class DeleteClaim(_ClaimEdit):
    """Delete a claim; its inverse restores the row it removed."""

    claim_id: int

    def apply(self, db, annotator=None) -> "RestoreClaim":
        """Delete the claim and keep its whole row for the inverse."""
        claim = delete_claim(db, self.claim_id, annotator)
        return RestoreClaim(self.article_id, claim, text=self.text)


@dataclass(frozen=True)
class RestoreClaim(_ClaimEdit):
    """Put back a deleted claim, with its id."""

    claim: Claim | None = None

    def __post_init__(self) -> None:
        if self.claim is not None:  # its holder_via list is the edit's own
            object.__setattr__(self, "claim", replace(self.claim, holder_via=copied(self.claim.holder_via)))

    def apply(self, db, annotator=None) -> DeleteClaim:
        """Insert the claim again; its inverse deletes it."""
        restore_claim(db, self.claim, annotator)
        return DeleteClaim(self.article_id, self.claim.id, text=self.text)


@dataclass(frozen=True)
class UpdateClaim(_ClaimEdit):
    """Change a claim's fields (stance, holder, accept or dismiss a candidate…)."""

    claim_id: int
    fields: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", copied(self.fields))

    def apply(self, db, annotator=None) -> "UpdateClaim":
        """Change the fields; the inverse sets them back to what they were."""
        previous = update_claim(db, self.claim_id, annotator, **self.fields)
        return UpdateClaim(self.article_id, self.claim_id, previous, text=self.text)


@dataclass(frozen=True)
class AddTopic(Edit):
    """A claim's new target topic joins the library's list (kept there when the claim is undone)."""

    kind: ClassVar[str] = "topics"
    name: str

    def apply(self, db, annotator=None) -> Edit:
        """Add the topic; the inverse leaves the list as it is, as the list is only for completion."""
        add_topic(db, self.name)
        return Group((), text=self.text)
