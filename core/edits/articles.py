"""Article edits: the reading status of one or more articles, the user's fixes to the cleaner and the date they give."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from core.published_date import PublishedDate
from core.edits.base import ArticleEdit, Edit
from core.store.articles import STATUSES, set_status
from core.store.transactions import atomic

STATUS_TEXT = {"new": "New", "in progress": "In Progress", "done": "Done"}
LINE_TEXT = {
    "body": "Mark Line {line} as Body",
    "drop": "Mark Line {line} as Boilerplate",
    None: "Let the Cleaner Decide Line {line}",
}


@dataclass(frozen=True)
class SetStatus(Edit):
    """Give each article its status: ((article id, status), …); all of them change, or none does."""

    kind: ClassVar[str] = "status"
    statuses: tuple[tuple[int, str], ...]

    def __post_init__(self) -> None:
        pairs = tuple((int(a), s or "new") for a, s in self.statuses)
        for _article, status in pairs:
            if status not in STATUSES:
                raise ValueError(f"status must be one of {STATUSES}")
        object.__setattr__(self, "statuses", pairs)

    @classmethod
    def marking(cls, article_ids: Iterable[int], status: str) -> "SetStatus":
        """Mark every article (each once) with one status, named as the menu names it."""
        ids = list(dict.fromkeys(article_ids))
        what = "Article" if len(ids) == 1 else f"{len(ids)} Articles"
        return cls(tuple((a, status) for a in ids), text=f"Mark {what} as {STATUS_TEXT.get(status, status)}")

    @property
    def ids(self) -> tuple:
        return tuple(a for a, _status in self.statuses)

    def apply(self, db, annotator=None) -> "SetStatus":
        """Set them in one transaction; the inverse gives each article its own previous status."""
        with atomic(db):
            previous = tuple((a, set_status(db, a, status, annotator)) for a, status in self.statuses)
        return SetStatus(previous, text=self.text)


@dataclass(frozen=True)
class SetLineLabel(ArticleEdit):
    """Force one raw line to body or boilerplate ('drop'), or back to the cleaner's choice (None)."""

    kind: ClassVar[str] = "cleaning"
    line: int
    label: str | None

    def __post_init__(self) -> None:
        if self.label not in LINE_TEXT:
            raise ValueError(f"label must be one of {sorted(k for k in LINE_TEXT if k)} or None")
        if not self.text:
            object.__setattr__(self, "text", LINE_TEXT[self.label].format(line=self.line))

    def apply(self, db, annotator=None) -> "SetLineLabel":
        """Clean the article again with the fix; the inverse restores the line's previous choice."""
        # Re-cleaning needs the whole analysis stack: it loads on the first fix, not with the window.
        from core.corrections import set_line_label

        previous = set_line_label(db, self.article_id, self.line, self.label, annotator)
        return SetLineLabel(self.article_id, self.line, previous, text=self.text)


@dataclass(frozen=True)
class SetPublished(ArticleEdit):
    """Give the article a publication date (the user's day, or back to what it had); its dates and meetings are
    read again against it."""

    kind: ClassVar[str] = "cleaning"
    published: PublishedDate

    def apply(self, db, annotator=None) -> "SetPublished":
        """Store the date; the inverse gives back the date it had, the cleaner's or the user's."""
        # Reading dates and meetings again needs the analysis stack: it loads on the first date set.
        from core.corrections import set_published

        previous = set_published(db, self.article_id, self.published, annotator)
        return SetPublished(self.article_id, previous, text=self.text)
