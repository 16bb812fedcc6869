"""Claim edits: add, change, delete and restore a claim (the same row, the same id)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar

from core.store.scheme import add_topic
from core.edits.base import ArticleEdit, Edit, Group, copied
from core.model import Claim
from core.store.anchors import words_at
from core.store.claims import add_claim, claim_at, claim_standing, delete_claim, restore_claim, update_claim
from core.store.transactions import atomic
from core.store.errors import RowGone


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
    """Delete a claim; its inverse restores the row it removed.

    `at`: (start, end) of the claim as the window read it: a claim deleted elsewhere meanwhile whose freed id
    SQLite gave another claim is refused (RowGone), never that other claim deleted."""

    claim_id: int
    at: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", tuple(self.at))

    def apply(self, db, annotator=None) -> "RestoreClaim":
        """Delete the claim and keep its whole row for the inverse."""
        with atomic(db):
            if self.at and not claim_at(db, self.claim_id, self.article_id, *self.at):
                raise RowGone("claim", self.claim_id)
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
class SaveClaim(_ClaimEdit):
    """The editor's Enter on a claim or candidate it was opened on (then over start-end): the fields that changed.

    When that row is no longer that claim by then (claims proposed again elsewhere replaced the candidate, and
    its id may have gone to another one; another window deleted the claim), what the editor holds (`whole`: its
    fields, an edited span's too) is saved all the same: into the candidate proposed since over the same span,
    else as the user's claim; never lost, and never written into another claim."""

    claim_id: int
    start: int
    end: int
    fields: dict = field(default_factory=dict)
    whole: dict = field(default_factory=dict)
    words: str | None = None  # body[start:end] as the window read it (None: not checked)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", copied(self.fields))
        object.__setattr__(self, "whole", copied(self.whole))

    def apply(self, db, annotator=None) -> Edit:
        """Save into the row standing for the claim; the inverse undoes what was written. Refused (KeyError)
        when the body no longer reads the claim's words where the window read them and no claim moved with them:
        the article was re-cleaned elsewhere, and the span now holds other words."""
        with atomic(db):
            standing = claim_standing(db, self.claim_id, self.article_id, self.start, self.end, self.words)
            # A candidate under the opened id may be one proposed since that took the freed id (the article's
            # candidates held the last ids): saved from what the editor holds, as one under a new id would be
            # (a candidate is never edited in place, so nothing written since is lost).
            if standing == self.claim_id and not _candidate(db, standing):
                fields = self._moved(db, self.fields)
                return UpdateClaim(self.article_id, standing, fields, text=self.text).apply(db, annotator)
            state = self.whole.get("state", "accepted")
            if standing is not None:
                return UpdateClaim(self.article_id, standing, {**self.whole, "state": state},
                                   text=self.text).apply(db, annotator)
            if state != "accepted":  # a dismissal of words no longer proposed: nothing is left to dismiss
                raise RowGone("claim", self.claim_id)
            fields = {k: v for k, v in self.whole.items() if k not in ("start_char", "end_char", "text", "state")}
            start, end = self.whole.get("start_char", self.start), self.whole.get("end_char", self.end)
            if self.words is not None and words_at(db, self.article_id, start, end) != self.whole.get("text",
                                                                                                   self.words):
                raise RowGone("claim", self.claim_id, recleaned=True)  # other words there now: never a claim over them
            return AddClaim(self.article_id, start, end, fields, text=self.text).apply(db, annotator)

    def _moved(self, db, fields: dict) -> dict:
        """fields with a span the editor changed moved as far as the claim moved since (a re-cleaned body),
        refused (KeyError) when the moved span does not read the words the editor holds."""
        if "start_char" not in fields and "end_char" not in fields:
            return fields
        now = db.execute("SELECT start_char FROM claims WHERE id = ?", [self.claim_id]).fetchone()[0]
        if now == self.start:
            return fields
        start = fields.get("start_char", self.start) + now - self.start
        end = fields.get("end_char", self.end) + now - self.start
        expected = fields.get("text", self.words)
        if expected is not None and words_at(db, self.article_id, start, end) != expected:
            raise RowGone("claim", self.claim_id, recleaned=True)
        return {**fields, **({"start_char": start} if "start_char" in fields else {}),
                **({"end_char": end} if "end_char" in fields else {})}


def _candidate(db, claim_id: int) -> bool:
    return db.execute("SELECT state = 'candidate' FROM claims WHERE id = ?", [claim_id]).fetchone()[0] == 1


@dataclass(frozen=True)
class AddTopic(Edit):
    """A claim's new target topic joins the library's list (kept there when the claim is undone)."""

    kind: ClassVar[str] = "topics"
    name: str

    def apply(self, db, annotator=None) -> Edit:
        """Add the topic; the inverse leaves the list as it is, as the list is only for completion."""
        add_topic(db, self.name)
        return Group((), text=self.text)
